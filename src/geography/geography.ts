import { DomainError } from '../shared/domain-error.js';
import { toArabicDigits } from '../shared/thai-digits.js';
import { buildGeography } from './geography-data.js';

/** จังหวัด: one of the 77 provinces (Bangkok included), by its 2-digit DOPA code. */
export interface Province {
  readonly code: string;
  readonly nameTh: string;
  readonly nameEn: string;
}

/** อำเภอ, or เขต in Bangkok, by its 4-digit DOPA code (which starts with the province code). */
export interface District {
  readonly code: string;
  readonly provinceCode: string;
  readonly nameTh: string;
  /** No maintained source of English district names is available yet. */
  readonly nameEn: string | null;
  readonly isBangkokKhet: boolean;
}

/** ตำบล, or แขวง in Bangkok, by its 6-digit DOPA code (which starts with the district code). */
export interface Subdistrict {
  readonly code: string;
  readonly districtCode: string;
  readonly provinceCode: string;
  readonly nameTh: string;
  readonly nameEn: string | null;
  readonly postalCode: string;
}

type Level = 'province' | 'district' | 'subdistrict';

const LEVELS: Record<Level, { digits: number; th: string; field: string }> = {
  province: { digits: 2, th: 'จังหวัด', field: 'provinceCode' },
  district: { digits: 4, th: 'อำเภอ/เขต', field: 'districtCode' },
  subdistrict: { digits: 6, th: 'ตำบล/แขวง', field: 'subdistrictCode' },
};

const tables = buildGeography();

/** Accepts Thai or Arabic digits and surrounding whitespace; refuses anything but the level's digit count. */
function normalise(level: Level, code: string, field: string): string {
  const { digits, th } = LEVELS[level];
  const normalised = toArabicDigits(String(code)).trim();
  if (!new RegExp(`^\\d{${digits}}$`).test(normalised)) {
    throw new DomainError(
      'GEOGRAPHY_MALFORMED_CODE',
      `รหัส${th}ต้องเป็นตัวเลข ${digits} หลัก ได้รับ "${code}"`,
      `A ${level} code must be ${digits} digits, got "${code}"`,
      field,
    );
  }
  return normalised;
}

function unknown(level: Level, code: string, field: string): DomainError {
  return new DomainError(
    `GEOGRAPHY_UNKNOWN_${level.toUpperCase()}`,
    `ไม่พบรหัส${LEVELS[level].th} ${code}`,
    `There is no ${level} with code ${code}`,
    field,
  );
}

/** All 77 provinces, by code. */
export function provinces(): Province[] {
  return [...tables.provinces];
}

/** The province, or undefined when no province has this code; a malformed code throws. */
export function findProvince(code: string, field = LEVELS.province.field): Province | undefined {
  return tables.provinceByCode.get(normalise('province', code, field));
}

/** The district, or undefined when unknown; a malformed code throws. */
export function findDistrict(code: string, field = LEVELS.district.field): District | undefined {
  return tables.districtByCode.get(normalise('district', code, field));
}

/** The subdistrict, or undefined when unknown; a malformed code throws. */
export function findSubdistrict(code: string, field = LEVELS.subdistrict.field): Subdistrict | undefined {
  return tables.subdistrictByCode.get(normalise('subdistrict', code, field));
}

/** The province; throws GEOGRAPHY_UNKNOWN_PROVINCE (or GEOGRAPHY_MALFORMED_CODE) naming `field`. */
export function requireProvince(code: string, field = LEVELS.province.field): Province {
  const normalised = normalise('province', code, field);
  return tables.provinceByCode.get(normalised) ?? fail(unknown('province', normalised, field));
}

/** The district; throws GEOGRAPHY_UNKNOWN_DISTRICT (or GEOGRAPHY_MALFORMED_CODE) naming `field`. */
export function requireDistrict(code: string, field = LEVELS.district.field): District {
  const normalised = normalise('district', code, field);
  return tables.districtByCode.get(normalised) ?? fail(unknown('district', normalised, field));
}

/** The subdistrict; throws GEOGRAPHY_UNKNOWN_SUBDISTRICT (or GEOGRAPHY_MALFORMED_CODE) naming `field`. */
export function requireSubdistrict(code: string, field = LEVELS.subdistrict.field): Subdistrict {
  const normalised = normalise('subdistrict', code, field);
  return tables.subdistrictByCode.get(normalised) ?? fail(unknown('subdistrict', normalised, field));
}

/** The districts (khet in Bangkok) of a province, by code; an unknown province throws. */
export function districtsOf(provinceCode: string, field = LEVELS.province.field): District[] {
  return [...(tables.districtsByProvince.get(requireProvince(provinceCode, field).code) ?? [])];
}

/** The subdistricts (khwaeng in Bangkok) of a district, by code; an unknown district throws. */
export function subdistrictsOf(districtCode: string, field = LEVELS.district.field): Subdistrict[] {
  return [...(tables.subdistrictsByDistrict.get(requireDistrict(districtCode, field).code) ?? [])];
}

function fail(error: DomainError): never {
  throw error;
}
