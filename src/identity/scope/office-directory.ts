import { toArabicDigits } from '../../shared/thai-digits.js';
import { officeNameTh, type StaffLevel, type StaffOffice } from './staff-office.js';

/**
 * The register of local administrative organisations (อปท.), kept outside identity (src/local-authorities answers
 * it, as AUTHORITY_REGISTER): identity asks it whether an authority exists and what it is called, and never
 * imports that slice.
 */
export interface AuthorityRegister {
  /** The authority's Thai name; undefined when none has this 7-digit code. */
  nameOf(code: string): Promise<string | undefined>;
}

export const AUTHORITY_REGISTER = Symbol('AuthorityRegister');

/** A register that holds no authority: for the bootstrap, which creates the first central administrator only. */
export const NO_AUTHORITIES: AuthorityRegister = { nameOf: async () => undefined };

/** Offices as staff accounts name them: the geography's from its tables, the authorities' from their register. */
export class OfficeDirectory {
  constructor(private readonly authorities: AuthorityRegister) {}

  /** Whether a post as typed (level and office code) is a LOCAL post at an authority the register holds. */
  async holdsAuthority(level: StaffLevel, officeCode: string | null | undefined): Promise<boolean> {
    if (level !== 'LOCAL') return false;
    const code = toArabicDigits(String(officeCode ?? '')).trim();
    return /^\d{7}$/.test(code) && (await this.authorities.nameOf(code)) !== undefined;
  }

  /** The office's Thai name: an authority's as registered now (its code when it is not). */
  async nameTh(office: StaffOffice): Promise<string> {
    if (office.kind !== 'AUTHORITY') return officeNameTh(office);
    return (await this.authorities.nameOf(office.code)) ?? officeNameTh(office);
  }
}
