import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import { errorOf } from '../../../test/support/domain-errors.js';
import { copyBlocks, leafLines } from './subject-copy-lines.js';
import { checkSubjectCopyRequest } from './subject-copy-request.js';
import { subjectCopyOf } from './subject-copy.js';

const ID = '1101700207030';

describe('checkSubjectCopyRequest', () => {
  it('takes the citizen id as staff type it, Thai digits, dashes and spaces, and trims the reference', () => {
    expect(checkSubjectCopyRequest({ citizenId: '๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐', requestReference: '  มท 0309/123 ' }))
      .toEqual({ citizenId: ID, requestReference: 'มท 0309/123' });
    expect(checkSubjectCopyRequest({ citizenId: '1 1017 00207 03 0', requestReference: 'x' }).citizenId).toBe(ID);
  });

  it('refuses a bad citizen id and a missing, long or multi-line reference with typed errors naming the field', () => {
    expect(errorOf(() => checkSubjectCopyRequest({ citizenId: '1101700207031', requestReference: 'x' })))
      .toMatchObject({ code: 'CITIZEN_ID_CHECK_DIGIT', field: 'citizenId' });
    expect(errorOf(() => checkSubjectCopyRequest({ citizenId: '12345', requestReference: 'x' })))
      .toMatchObject({ code: 'CITIZEN_ID_FORMAT', field: 'citizenId' });
    const refused = (requestReference: string) => errorOf(() => checkSubjectCopyRequest({ citizenId: ID, requestReference }));
    expect(refused('   ')).toMatchObject({ code: 'SUBJECT_COPY_REFERENCE_REQUIRED', field: 'requestReference' });
    expect(refused('ก'.repeat(101))).toMatchObject({ code: 'SUBJECT_COPY_REFERENCE_TOO_LONG', field: 'requestReference' });
    expect(checkSubjectCopyRequest({ citizenId: ID, requestReference: 'ก'.repeat(100) }).requestReference).toHaveLength(100);
    expect(refused('a\nb')).toMatchObject({ code: 'SUBJECT_COPY_REFERENCE_CHARACTERS', messageTh: expect.any(String), messageEn: expect.any(String) });
  });
});

const event = (version: number, type: string, data: unknown, at: string): StoredEvent => ({
  streamId: 'debt-D1', version, eventId: `e${version}`, type, schemaVersion: 1, data, recordedAt: new Date(at),
  metadata: { actor: 'account:a1', actorOffice: 'DISTRICT:4901', correlationId: 'c', causationId: 'c', commandId: 'k' },
  position: { globalPosition: BigInt(version) },
} as unknown as StoredEvent);

describe('subjectCopyOf', () => {
  const copy = subjectCopyOf({
    requestId: 'r1', requestedAt: new Date('2026-12-07T03:00:00Z'), requestedBy: { accountId: 'admin', office: 'CENTRAL' },
    citizenId: ID, requestReference: 'มท 1/2569',
    streams: [
      { stream: { streamId: 'debt-D1', recordType: 'debt_case', recordId: 'D1', roles: ['DEBTOR'] },
        events: [event(2, 'DebtCaseTransferred', { to: '4902' }, '2026-12-06T10:00:00Z'), event(1, 'DebtorRegistered', { debtor: { citizenId: ID } }, '2026-12-06T09:00:00Z')] },
      { stream: { streamId: 'debt-GONE', recordType: 'debt_case', recordId: 'GONE', roles: ['CREDITOR'] }, events: [] },
    ],
    businesses: [],
    nameOf: (actor, office) => `${actor === 'account:o1' ? 'นายหนึ่ง' : actor} ${office}`,
    reads: [
      { readId: '9', readAt: new Date('2026-12-06T11:00:00Z'), accountId: 'o2', office: 'DISTRICT:4902', recordType: 'debt_case', recordId: 'D1', fields: ['debtor'] },
      { readId: '3', readAt: new Date('2026-12-06T10:30:00Z'), accountId: 'o1', office: 'DISTRICT:4901', recordType: 'debt_case', recordId: 'D1', fields: ['data'] },
    ],
  });

  it('masks the id for the record of the request, orders events and reads oldest first, dates in Bangkok B.E.', () => {
    expect(copy.subjectMasked).toBe('xxxxxxxxx7030');
    expect(copy.requestedAtTh).toBe('7 ธันวาคม 2569 10:00 น.');
    expect(copy.records.map((r) => r.recordId)).toEqual(['D1']);
    expect(copy.records[0].events.map((e) => [e.version, e.type, e.recordedAtTh])).toEqual([
      [1, 'DebtorRegistered', '6 ธันวาคม 2569 16:00 น.'], [2, 'DebtCaseTransferred', '6 ธันวาคม 2569 17:00 น.']]);
    expect(copy.reads.map((r) => r.readId)).toEqual(['3', '9']);
  });

  it("names each event's type in Thai as the case histories do, keeping the type as stored", () => {
    expect(copy.records[0].events.map((e) => [e.type, e.typeLabelTh])).toEqual([
      ['DebtorRegistered', 'ลงทะเบียนลูกหนี้นอกระบบ'], ['DebtCaseTransferred', 'ส่งต่อข้อมูลไปยังอำเภอ/เขตอื่น']]);
    const text = copyBlocks(copy).flatMap((b) => b.lines).join('\n');
    expect(text).toContain('ฉบับที่ 1  ลงทะเบียนลูกหนี้นอกระบบ  6 ธันวาคม 2569 16:00 น.');
    expect(text).not.toContain('DebtorRegistered');
  });

  it('prints every record, every field of every event and every read', () => {
    const text = copyBlocks(copy).flatMap((b) => [b.heading, ...b.lines]).join('\n');
    expect(text).toContain('เรื่องหนี้นอกระบบ D1 (ลูกหนี้)');
    expect(text).toContain('debtor.citizenId: 1101700207030');
    expect(text).toContain('นายหนึ่ง DISTRICT:4901  เรื่องหนี้นอกระบบ D1: data');
    expect(text).toContain('ผู้ดำเนินการ account:a1 DISTRICT:4901');
    expect(leafLines({ a: [{ b: null }, 2], c: [] })).toEqual(['a[0].b: (ไม่มี)', 'a[1]: 2', 'c: []']);
  });
});
