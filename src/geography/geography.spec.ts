import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorOf } from '../../test/support/domain-errors.js';
import {
  districtsOf, findDistrict, findProvince, findSubdistrict, provinces, requireDistrict, requireProvince,
  requireSubdistrict, subdistrictsOf,
} from './geography.js';

const allDistricts = () => provinces().flatMap((p) => districtsOf(p.code));
const allSubdistricts = () => allDistricts().flatMap((d) => subdistrictsOf(d.code));

describe('geography', () => {
  it('has 77 provinces, 928 districts and 7,436 subdistricts, each once and sorted', () => {
    const codes = [provinces(), allDistricts(), allSubdistricts()].map((level) => level.map((x) => x.code));
    expect(codes.map((c) => c.length)).toEqual([77, 928, 7436]);
    for (const c of codes) {
      expect(new Set(c).size).toBe(c.length);
      expect([...c].sort()).toEqual(c);
    }
  });

  it('has the 50 Bangkok khet 1001–1050 and Kanlayaniwatthana', () => {
    const khet = allDistricts().filter((d) => d.isBangkokKhet);
    expect(khet.map((d) => d.code)).toEqual(Array.from({ length: 50 }, (_, i) => String(1001 + i)));
    expect(districtsOf('10')).toEqual(khet);
    expect(findDistrict('5025')).toMatchObject({ provinceCode: '50', nameTh: 'กัลยาณิวัฒนา', isBangkokKhet: false });
    expect(subdistrictsOf('5025').map((s) => s.nameTh)).toEqual(['บ้านจันทร์', 'แม่แดด', 'แจ่มหลวง']);
  });

  it('nests codes: a district starts with its province code, a subdistrict with its district code', () => {
    for (const d of allDistricts()) expect(d.code.slice(0, 2)).toBe(d.provinceCode);
    for (const s of allSubdistricts()) {
      expect(s.code.slice(0, 4)).toBe(s.districtCode);
      expect(s.districtCode.slice(0, 2)).toBe(s.provinceCode);
      expect(s.postalCode).toMatch(/^\d{5}$/);
      expect(s.nameTh.trim()).toBe(s.nameTh);
    }
    expect(findProvince('10')).toEqual({ code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' });
    expect(findSubdistrict('103604')).toMatchObject({ nameTh: 'ดอนเมือง', nameEn: 'Don Mueang', postalCode: '10210' });
  });

  it('accepts Thai digits and surrounding whitespace', () => {
    expect(requireProvince('๑๐').code).toBe('10');
    expect(requireDistrict(' ๕๐๒๕ ').nameTh).toBe('กัลยาณิวัฒนา');
    expect(requireSubdistrict('\t๑๐๐๑๐๑\n').nameTh).toBe('พระบรมมหาราชวัง');
    expect(districtsOf(' ๓๘')).toHaveLength(8);
  });

  it('returns undefined from find* for an unknown code', () => {
    expect(findProvince('99')).toBeUndefined();
    expect(findDistrict('1099')).toBeUndefined();
    expect(findSubdistrict('102203')).toBeUndefined(); // obsolete Bangkok khwaeng, dropped
  });

  it('throws GEOGRAPHY_UNKNOWN_* for an unknown code, with Thai and English messages and the field', () => {
    const cases: [() => unknown, string][] = [
      [() => requireProvince('99', 'address.province'), 'GEOGRAPHY_UNKNOWN_PROVINCE'],
      [() => districtsOf('๙๙'), 'GEOGRAPHY_UNKNOWN_PROVINCE'],
      [() => requireDistrict('1099'), 'GEOGRAPHY_UNKNOWN_DISTRICT'],
      [() => subdistrictsOf('1099'), 'GEOGRAPHY_UNKNOWN_DISTRICT'],
      [() => requireSubdistrict('109999'), 'GEOGRAPHY_UNKNOWN_SUBDISTRICT'],
    ];
    for (const [action, code] of cases) {
      const error = errorOf(action);
      expect(error.code).toBe(code);
      expect(error.messageTh).toMatch(/ไม่พบรหัส/);
      expect(error.messageEn).toMatch(/no (province|district|subdistrict) with code \d+/);
    }
    expect(errorOf(() => requireProvince('99', 'address.province')).field).toBe('address.province');
    expect(errorOf(() => districtsOf('99')).messageEn).toBe('There is no province with code 99');
  });

  it('throws GEOGRAPHY_MALFORMED_CODE for a code of the wrong shape', () => {
    const malformed: (() => unknown)[] = [
      () => requireProvince('1'), () => requireProvince('100'), () => findProvince('1a'),
      () => requireDistrict('10'), () => findDistrict('10 01'), () => districtsOf(''),
      () => requireSubdistrict('10010'), () => subdistrictsOf('100101'), () => findSubdistrict('-10010'),
    ];
    for (const action of malformed) expect(errorOf(action).code).toBe('GEOGRAPHY_MALFORMED_CODE');
    expect(errorOf(() => requireDistrict('10', 'districtCode')).field).toBe('districtCode');
  });

  it('hands out copies of its lists and frozen records', () => {
    provinces().pop();
    expect(provinces()).toHaveLength(77);
    expect(Object.isFrozen(findProvince('10'))).toBe(true);
  });
});

/**
 * Where the reference data set is checked out next to the project, the codes and Thai names must equal
 * it at every level, and the province English names too. Its known typos are listed, with the reason,
 * and must still be present in it (so the exception goes when the reference is fixed).
 */
const REFERENCE_DIR = join(process.cwd(), '..', 'shared', 'reference', 'thailand-geography');
const REFERENCE_TYPOS: Record<string, { reference: string; ours: string }> = {
  // DOPA and the district's own office spell it ธงชัยเหนือ ("Thong Chai Nuea"); the reference lost the เ
  'subdistrict 301417': { reference: 'ธงชัยหนือ', ours: 'ธงชัยเหนือ' },
  // Lop Buri (ลพบุรี); "Loburi" is not a romanisation in use
  'province 16 en': { reference: 'Loburi', ours: 'Lop Buri' },
};

describe('geography against the reference data set', () => {
  it('has the same codes and Thai names as the reference, and the same province English names', () => {
    if (!existsSync(REFERENCE_DIR)) {
      console.info(`Reference cross-check not run: ${REFERENCE_DIR} is absent`);
      return;
    }
    const read = (file: string) => JSON.parse(readFileSync(join(REFERENCE_DIR, file), 'utf8')) as Record<string, unknown>[];
    const fix = (key: string, value: unknown) => {
      const typo = REFERENCE_TYPOS[key];
      if (!typo) return String(value);
      expect(value).toBe(typo.reference);
      return typo.ours;
    };
    const table = (rows: Record<string, unknown>[], level: string, codeKey: string, nameKey: string, en = '') =>
      Object.fromEntries(rows.map((r) => [String(r[codeKey]),
        fix(`${level} ${r[codeKey]}${en}`, r[nameKey])]));

    expect(Object.fromEntries(provinces().map((p) => [p.code, p.nameTh])))
      .toEqual(table(read('provinces.json'), 'province', 'provinceCode', 'provinceNameTh'));
    expect(Object.fromEntries(provinces().map((p) => [p.code, p.nameEn])))
      .toEqual(table(read('provinces.json'), 'province', 'provinceCode', 'provinceNameEn', ' en'));
    expect(Object.fromEntries(allDistricts().map((d) => [d.code, d.nameTh])))
      .toEqual(table(read('districts.json'), 'district', 'districtCode', 'districtNameTh'));
    expect(Object.fromEntries(allSubdistricts().map((s) => [s.code, s.nameTh])))
      .toEqual(table(read('subdistricts.json'), 'subdistrict', 'subdistrictCode', 'subdistrictNameTh'));
  });
});
