import { describe, expect, it } from '@jest/globals';
import {
  accusedKey, DUPLICATE_WINDOW_DAYS, duplicateLockNames, findDuplicateMatches, normaliseThaiText, possibleDuplicateSeenBy, subjectSimilarity,
  subjectTrigrams, SUBJECT_SIMILARITY_THRESHOLD, type DuplicateCandidate,
} from './complaint-duplicates.js';
import type { Office } from '../complaint-office.js';

const RECEIVED_AT = '2024-06-03T02:15:00.000Z';
const daysBefore = (days: number) => new Date(Date.parse(RECEIVED_AT) - days * 86_400_000).toISOString();

/** A new complaint in Ratchaburi by citizen 1101700207030 against a lender. */
const complaint = {
  complaintId: 'c-new',
  complainantCitizenId: '1101700207030',
  accusedKey: accusedKey({ name: 'นายสมชาย เงินด่วน' }),
  subject: 'ถูกเจ้าหนี้นอกระบบทวงหนี้ข่มขู่',
  receivedAt: RECEIVED_AT,
};
const candidate = (patch: Partial<DuplicateCandidate>): DuplicateCandidate => ({
  complaintId: 'c-old', subject: 'เรื่องอื่น', receivedAt: daysBefore(10), status: 'IN_PROGRESS',
  heldBy: { level: 'DISTRICT', code: '5001' }, ...patch,
});
/** The matches as (candidate id, reason). */
const findPossibleDuplicates = (...args: Parameters<typeof findDuplicateMatches>) =>
  findDuplicateMatches(...args).map((m) => ({ complaintId: m.candidate.complaintId, reason: m.reason }));

describe('duplicate check at receipt', () => {
  it('finds the same complainant citizen id, lodged in another province', () => {
    // The read model searches the whole country; the candidate's own place does not matter.
    const found = findPossibleDuplicates(complaint, [candidate({ complainantCitizenId: '1-1017-00207-03-0' })]);
    expect(found).toEqual([{ complaintId: 'c-old', reason: 'SAME_COMPLAINANT' }]);
  });

  it('finds the same accused with a similar subject, but not the same accused with another subject', () => {
    const key = accusedKey({ name: 'สมชาย  เงินด่วน' });
    const found = findPossibleDuplicates(complaint, [
      candidate({ complaintId: 'c-a', accusedKey: key, subject: 'เจ้าหนี้นอกระบบข่มขู่ทวงหนี้' }),
      candidate({ complaintId: 'c-b', accusedKey: key, subject: 'ขอให้ตรวจสอบการบุกรุกที่ดินสาธารณะ' }),
      candidate({ complaintId: 'c-c', accusedKey: 'คนอื่น', subject: complaint.subject }),
    ]);
    expect(found).toEqual([{ complaintId: 'c-a', reason: 'SAME_ACCUSED_SIMILAR_SUBJECT' }]);
  });

  it(`matches within ${DUPLICATE_WINDOW_DAYS} days before receipt (or later), not older`, () => {
    const same = { complainantCitizenId: '1101700207030' };
    const found = findPossibleDuplicates(complaint, [
      candidate({ ...same, complaintId: 'c-90', receivedAt: daysBefore(90) }),
      candidate({ ...same, complaintId: 'c-90-and-a-second', receivedAt: daysBefore(90 + 1 / 86_400) }),
      candidate({ ...same, complaintId: 'c-later', receivedAt: daysBefore(-2) }),
    ]);
    expect(found.map((d) => d.complaintId)).toEqual(['c-90', 'c-later']);
  });

  it('leaves out closed and resolved complaints, the complaint itself and repeats, and keeps one reason per complaint', () => {
    const same = { complainantCitizenId: '1101700207030', accusedKey: complaint.accusedKey, subject: complaint.subject };
    const found = findPossibleDuplicates(complaint, [
      candidate({ ...same, complaintId: 'c-closed', status: 'CLOSED' }),
      candidate({ ...same, complaintId: 'c-resolved', status: 'RESOLVED' }),
      candidate({ ...same, complaintId: 'c-new' }),
      candidate({ ...same, complaintId: 'c-both', status: 'RESOLVED' }),
      candidate({ ...same, complaintId: 'c-both' }),
    ]);
    expect(found).toEqual([{ complaintId: 'c-both', reason: 'SAME_COMPLAINANT' }]);
  });

  it('matches nothing on absent ids and keys', () => {
    const anonymous = { ...complaint, complainantCitizenId: null, accusedKey: null };
    expect(findPossibleDuplicates(anonymous, [candidate({ complainantCitizenId: null, accusedKey: null, subject: complaint.subject })]))
      .toEqual([]);
  });
});

describe('the locks a receipt holds', () => {
  it('are one per key the rule compares, shared by receipts that could match each other', () => {
    expect(duplicateLockNames({ complainantCitizenId: '๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐', accusedKey: complaint.accusedKey })).toEqual([
      'complaint-complainant:1101700207030', `complaint-accused:${complaint.accusedKey}`,
    ]);
    expect(duplicateLockNames({ complainantCitizenId: null, accusedKey: accusedKey({ name: 'สมชาย  เงินด่วน' }) }))
      .toEqual([`complaint-accused:${complaint.accusedKey}`]);
    expect(duplicateLockNames({ complainantCitizenId: null, accusedKey: null })).toEqual([]);
  });
});

describe('what the receiving office learns of a match', () => {
  const district = (code: string): Office => ({ level: 'DISTRICT', code });
  const match = (heldBy: Office) => ({
    candidate: candidate({ complaintId: 'c-4901', heldBy, receivedAt: '2024-05-31T18:30:00.000Z', complainantCitizenId: '1101700207030' }),
    reason: 'SAME_COMPLAINANT' as const,
  });

  it('is the id of a complaint its own area holds: its district, or its province and the province\'s districts', () => {
    expect(possibleDuplicateSeenBy(district('4901'), match(district('4901')))).toEqual({ complaintId: 'c-4901', reason: 'SAME_COMPLAINANT' });
    expect(possibleDuplicateSeenBy({ level: 'PROVINCE', code: '49' }, match(district('4901'))))
      .toEqual({ complaintId: 'c-4901', reason: 'SAME_COMPLAINANT' });
    expect(possibleDuplicateSeenBy({ level: 'CENTRAL', code: 'CENTRAL' }, match({ level: 'PROVINCE', code: '49' })))
      .toEqual({ complaintId: 'c-4901', reason: 'SAME_COMPLAINANT' });
  });

  it('is only the holding office, the Bangkok day of receipt and the reason for a complaint held elsewhere', () => {
    const elsewhere = { heldBy: district('4901'), since: '2024-06-01', reason: 'SAME_COMPLAINANT' };
    expect(possibleDuplicateSeenBy(district('4902'), match(district('4901')))).toEqual(elsewhere);
    expect(possibleDuplicateSeenBy({ level: 'PROVINCE', code: '50' }, match(district('4901')))).toEqual(elsewhere);
    expect(possibleDuplicateSeenBy(district('4901'), match({ level: 'PROVINCE', code: '49' })))
      .toEqual({ ...elsewhere, heldBy: { level: 'PROVINCE', code: '49' } });
  });
});

describe('accusedKey', () => {
  it('drops titles, legal forms, spacing and case, so offices that write a name differently agree', () => {
    expect(accusedKey({ name: 'นายสมชาย ใจดี' })).toBe(accusedKey({ name: ' สมชาย  ใจดี ' }));
    expect(accusedKey({ name: 'นางสาวสมหญิง รักดี' })).toBe('สมหญิงรักดี');
    expect(accusedKey({ name: 'บริษัท เงินด่วน จำกัด (มหาชน)' })).toBe('เงินด่วน');
    expect(accusedKey({ name: 'หจก. รุ่งเรืองการค้า' })).toBe('รุ่งเรืองการค้า');
    expect(accusedKey({ name: 'Mr. John Smith' })).toBe('johnsmith');
    expect(accusedKey({ name: 'Quick Cash Co., Ltd.' })).toBe('quickcash');
  });

  it('keeps positions that begin like a title, and names that begin like an English one', () => {
    expect(accusedKey({ name: 'นายกเทศมนตรีตำบลหน้าเมือง' })).toBe('นายกเทศมนตรีตำบลหน้าเมือง');
    expect(accusedKey({ name: 'Mrinal Das' })).toBe('mrinaldas');
  });

  it('is null when only a title is left', () => {
    expect(accusedKey({ name: 'นาย ' })).toBeNull();
  });
});

describe('subjectSimilarity', () => {
  it('scores reworded Thai subjects above the threshold and unrelated ones below it', () => {
    expect(subjectSimilarity('กลิ่นเหม็นจากฟาร์มสุกร', 'ฟาร์มสุกรส่งกลิ่นเหม็น')).toBeGreaterThanOrEqual(SUBJECT_SIMILARITY_THRESHOLD);
    expect(subjectSimilarity('เจ้าหน้าที่เรียกรับเงินในการออกโฉนด', 'เจ้าหน้าที่ที่ดินเรียกรับเงินออกโฉนดที่ดิน'))
      .toBeGreaterThanOrEqual(SUBJECT_SIMILARITY_THRESHOLD);
    expect(subjectSimilarity('ถนนในหมู่บ้านชำรุด', 'ไฟฟ้าส่องสว่างในหมู่บ้านดับ')).toBeLessThan(SUBJECT_SIMILARITY_THRESHOLD);
    expect(subjectSimilarity('ร้องเรียนเสียงดังจากโรงงาน', 'ทวงหนี้ไม่เป็นธรรม')).toBe(0);
  });

  it('is 1 for text that differs only in spacing, punctuation, digits script and sara am typing', () => {
    expect(subjectSimilarity('น้ำท่วม หมู่ ๕!', 'น\u0E49\u0E4D\u0E32ท่วมหมู่5')).toBe(1);
    expect(subjectSimilarity('', '')).toBe(0);
  });

  it('is a Dice coefficient over distinct code-point trigrams', () => {
    expect([...subjectTrigrams('abcd')]).toEqual(['abc', 'bcd']);
    expect([...subjectTrigrams('ab')]).toEqual(['ab']);
    expect(subjectSimilarity('abcd', 'abce')).toBeCloseTo((2 * 1) / (2 + 2));
    expect(normaliseThaiText(' A-b ๑ ')).toBe('ab1');
  });
});
