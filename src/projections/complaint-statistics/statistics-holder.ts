import type { ComplaintReceivedData } from '../../cases/complaint/complaint.events.js';
import { holderArea } from '../complaint-holder.js';

/** The province code the statistics keep the central centre's complaints under. */
const CENTRE = 'CENTRAL';

export interface StoredHolder {
  districtCode: string;
  provinceCode: string;
}

/**
 * How the statistics store the office holding a complaint: a district office as its district and province, a
 * province office as district '' and its province, the central centre as district '' and province CENTRAL. So
 * '' keeps meaning "every province" in the roll-ups, and row-level security (damrong_in_scope(district,
 * province)) shows a province office's rows to its province and the centre's to the centre and auditors only.
 */
export function storedHolder(office: ComplaintReceivedData['owningOffice']): StoredHolder {
  const { district, province } = holderArea(office);
  return { districtCode: district ?? '', provinceCode: province ?? CENTRE };
}

/** The stored codes as clients see them: no district for a province office or the centre, no province for the centre. */
export function shownHolder(stored: StoredHolder): { districtCode: string | null; provinceCode: string | null } {
  return { districtCode: stored.districtCode || null, provinceCode: stored.provinceCode === CENTRE ? null : stored.provinceCode };
}

/** shownHolder in SQL, of the stored columns. */
export const SHOWN_DISTRICT = (column: string) => `nullif(${column}, '')`;
export const SHOWN_PROVINCE = (column: string) => `nullif(${column}, '${CENTRE}')`;
