import { describe, expect, it } from '@jest/globals';
import { COMPLAINT_CATEGORIES, findMainCategory, findSubCategory, OTHER_CATEGORY } from './complaint-categories.enums.js';

describe('complaint categories', () => {
  it('has the six main types and OTHER (เรื่องอื่นๆ), which alone has no listed sub categories', () => {
    expect(COMPLAINT_CATEGORIES.map((c) => c.code)).toEqual([
      'REQUEST_HELP', 'REQUEST_FAIRNESS', 'STATE_OFFICIAL', 'TIP_OFF', 'LEGAL_ADVICE', 'INFORMATION', OTHER_CATEGORY,
    ]);
    expect(findMainCategory(OTHER_CATEGORY)).toMatchObject({ nameTh: 'เรื่องอื่นๆ', subs: [] });
    expect(COMPLAINT_CATEGORIES.filter((c) => c.subs.length === 0).map((c) => c.code)).toEqual([OTHER_CATEGORY]);
  });

  it('has stable UPPER_SNAKE codes, sub codes unique across the table, and Thai and English names', () => {
    const subs = COMPLAINT_CATEGORIES.flatMap((c) => c.subs);
    const codes = [...COMPLAINT_CATEGORIES, ...subs].map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of [...COMPLAINT_CATEGORIES, ...subs]) {
      expect(entry.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(entry.nameTh).toMatch(/^[\u0E00-\u0E7F]/);
      expect(entry.nameEn).toMatch(/^[A-Z]/);
    }
  });

  it('lists informal debt and debt collection', () => {
    expect(findSubCategory('REQUEST_HELP', 'INFORMAL_DEBT')?.nameTh).toBe('หนี้นอกระบบ');
    expect(findSubCategory('REQUEST_FAIRNESS', 'DEBT_COLLECTION')?.nameTh).toBe('การทวงถามหนี้ไม่เป็นธรรม');
    expect(findSubCategory('REQUEST_HELP', 'DEBT_COLLECTION')).toBeUndefined();
    expect(findMainCategory('NOPE')).toBeUndefined();
  });
});
