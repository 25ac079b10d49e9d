import { describe, expect, it } from '@jest/globals';
import { accusedKey, normaliseThaiText, subjectTrigrams } from '../../src/cases/complaint/duplicates/complaint-duplicates.js';
import { accusedKeyOf, normaliseText, trigramsOf } from '../../src/projections/complaint-list/complaint-text-key.js';

/** The complaint list restates the slice's text keys (a projection imports no slice); they must agree. */
const SAMPLES = [
  'นายสมชาย  เงินด่วน', 'สมชาย เงินด่วน', 'นางสาว สมหญิง ใจดี', 'น.ส.สมหญิง ใจดี', 'นายกเทศมนตรีตำบลหน้าเมือง',
  'นายกองค์การบริหารส่วนตำบลดอนตะโก', 'บริษัท เงินทันใจ จำกัด (มหาชน)', 'บจก. ทวงเก่ง', 'หจก.รุ่งเรือง', 'Mr. John Smith',
  'ACME Co., Ltd.', 'ACME Company Limited', 'ห้างหุ้นส่วนจำกัด ร่ำรวย จำกัด', 'กํา', 'กำ', 'เลขที่ ๑๒/๓', 'ถนน ชำรุด!!', 'นาย', '', 'ab',
  'ＡＢＣ１２３', 'เด็กชายเอ ด.ช.บี',
];

describe('complaint list text keys', () => {
  it.each(SAMPLES)('agree with the complaint slice for %p', (sample) => {
    expect(accusedKeyOf(sample)).toBe(accusedKey({ name: sample }));
    expect(normaliseText(sample)).toBe(normaliseThaiText(sample));
    expect(new Set(trigramsOf(sample))).toEqual(subjectTrigrams(sample));
  });
});
