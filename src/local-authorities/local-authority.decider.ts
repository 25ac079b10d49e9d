import { requireDistrict, requireProvince } from '../geography/geography.js';
import { requireChoice } from '../shared/choice.js';
import { FieldErrors } from '../shared/field-errors.js';
import { requireText } from '../shared/text-input.js';
import { toArabicDigits } from '../shared/thai-digits.js';
import {
  authorityCodeMalformed, billerCodeMalformed, districtNotForPao, districtOutsideProvince, districtRequired,
  kindFixedByTerms, municipalityClassNotApplicable, municipalityClassRequired,
} from './local-authority-errors.js';

/** อบจ. (PAO), เทศบาล (municipality), อบต. (SAO) or เมืองพัทยา (Pattaya City). */
export const AUTHORITY_KINDS = ['PAO', 'MUNICIPALITY', 'SAO', 'PATTAYA'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

/** เทศบาลนคร (city), เทศบาลเมือง (town), เทศบาลตำบล (subdistrict). */
export const MUNICIPALITY_CLASSES = ['CITY', 'TOWN', 'SUBDISTRICT'] as const;
export type MunicipalityClass = (typeof MUNICIPALITY_CLASSES)[number];

/** A local administrative organisation (อปท.) as the reference table keeps it. */
export interface LocalAuthority {
  /** The DLA's 7-digit code of the authority. */
  readonly code: string;
  readonly nameTh: string;
  readonly kind: AuthorityKind;
  /** A municipality's class; null for every other kind. */
  readonly municipalityClass: MunicipalityClass | null;
  readonly provinceCode: string;
  /** Null for a PAO, which covers its whole province. */
  readonly districtCode: string | null;
  /** Krungthai Bank's bill-payment company code (KTB Corporate Online): 4 to 6 digits. */
  readonly billerCode: string;
}

/** What a central administrator types to register or edit an authority. */
export interface AuthorityForm {
  code: string;
  nameTh: string;
  kind: string;
  municipalityClass?: string | null;
  provinceCode: string;
  districtCode?: string | null;
  billerCode: string;
}

const AUTHORITY_CODE = /^\d{7}$/;
const BILLER_CODE = /^\d{4,6}$/;

/** The authority code as typed (Thai digits accepted), or AUTHORITY_CODE_MALFORMED. */
export function parseAuthorityCode(input: string, field = 'code'): string {
  const code = toArabicDigits(String(input ?? '')).trim();
  if (!AUTHORITY_CODE.test(code)) throw authorityCodeMalformed(input, field);
  return code;
}

/**
 * The authority a form describes, every field checked at once: the kind and its class, the province and
 * (except for a PAO) a district of it, by the geography module's codes, and the company code's shape. Pure:
 * uniqueness (code, company code, one PAO per province) is the table's to hold.
 */
export function decideAuthority(form: AuthorityForm): LocalAuthority {
  const fields = new FieldErrors();
  const code = fields.take(() => parseAuthorityCode(form.code, 'code'));
  const nameTh = fields.take(() => requireText(form.nameTh, 'nameTh', 200));
  const kind = fields.take(() => requireChoice(form.kind, AUTHORITY_KINDS, 'kind'));
  const province = fields.take(() => requireProvince(form.provinceCode, 'provinceCode'));
  const billerCode = fields.take(() => parseBillerCode(form.billerCode, 'billerCode'));
  const municipalityClass = fields.after([kind], (k) => classOf(k, form.municipalityClass));
  const districtCode = fields.after([kind, province], (k, p) => districtOf(k, p.code, form.districtCode));
  const done = fields.done({ code, nameTh, kind, province, billerCode });
  return {
    code: done.code, nameTh: done.nameTh, kind: done.kind, municipalityClass: municipalityClass ?? null,
    provinceCode: done.province.code, districtCode: districtCode ?? null, billerCode: done.billerCode,
  };
}

function parseBillerCode(input: string, field: string): string {
  const code = toArabicDigits(String(input ?? '')).trim();
  if (!BILLER_CODE.test(code)) throw billerCodeMalformed(input, field);
  return code;
}

function classOf(kind: AuthorityKind, input: string | null | undefined): MunicipalityClass | null {
  const given = input !== null && input !== undefined && input !== '';
  if (kind !== 'MUNICIPALITY') {
    if (given) throw municipalityClassNotApplicable('municipalityClass');
    return null;
  }
  if (!given) throw municipalityClassRequired('municipalityClass');
  return requireChoice(input, MUNICIPALITY_CLASSES, 'municipalityClass');
}

function districtOf(kind: AuthorityKind, provinceCode: string, input: string | null | undefined): string | null {
  const given = typeof input === 'string' && input.trim() !== '';
  if (kind === 'PAO') {
    if (given) throw districtNotForPao('districtCode');
    return null;
  }
  if (!given) throw districtRequired('districtCode');
  const district = requireDistrict(input, 'districtCode');
  if (district.provinceCode !== provinceCode) throw districtOutsideProvince(district.code, provinceCode, 'districtCode');
  return district.code;
}

/**
 * A correction (decided by decideAuthority) of a registered authority: refused (AUTHORITY_KIND_FIXED_BY_TERMS) when it would make a PAO of
 * another kind or the reverse once terms are enacted, since a PAO's terms and the others' have different levies.
 */
export function decideEdit(before: LocalAuthority, after: LocalAuthority, hasTerms: boolean): LocalAuthority {
  if (hasTerms && (before.kind === 'PAO') !== (after.kind === 'PAO')) throw kindFixedByTerms(after.code, 'kind');
  return after;
}
