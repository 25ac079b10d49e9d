import type { FilerBusinessPlace } from './business-filer.events.js';

/** The business as the register holds it: the handler looks it up; the rules need its owner's kind. */
export interface FilerBusiness extends FilerBusinessPlace {
  ownerKind: 'CITIZEN' | 'JURISTIC';
}

/** Staff record that a citizen may file online for the juristic person owning the business; fields as typed. */
export interface AuthoriseBusinessFiler {
  type: 'AuthoriseBusinessFiler';
  at: string;
  business: FilerBusiness;
  citizenId: string;
  name: string;
  role: string;
  evidenceReference: string;
  evidenceDate: string;
}

/** Staff end an authorisation (the director left, the power of attorney ended), with why. */
export interface RevokeBusinessFiler {
  type: 'RevokeBusinessFiler';
  at: string;
  filerNo: number;
  reason: string;
}

export type BusinessFilerCommand = AuthoriseBusinessFiler | RevokeBusinessFiler;
