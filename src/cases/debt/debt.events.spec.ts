import { describe, expect, it } from '@jest/globals';
import { assertSerialisable } from '../../eventstore/serialisable.js';
import { fold } from '../../shared/decider.js';
import { agree, close, contact, historyOf, LATER, registered, schedule } from './debt-fixtures.js';
import { debtDecider } from './debt.decider.js';
import { readDebtEvent } from './debt.events.js';

/** One case through every event type: registration, correction, contact, mediation, transfer, referral, closing. */
const lifetime = () => historyOf(
  { type: 'AmendDebtRegistration', at: LATER, reason: 'ลูกหนี้ขอเฉพาะการไกล่เกลี่ย', helpWanted: { kinds: ['MEDIATION'] }, openCasesOfDebtor: [] },
  contact,
  schedule,
  { ...agree, outcome: 'NOT_AGREED', debtAfter: null, instalmentPlan: null },
  { type: 'TransferDebtCase', at: '2024-01-22T10:00:00+07:00', toDistrictCode: '4902', reason: 'เจ้าหนี้อยู่อำเภอนิคมคำสร้อย' },
  { type: 'ReferDebtCase', at: '2024-01-23T10:00:00+07:00', agency: 'OTHER_AGENCY', agencyName: 'สำนักงานอัยการจังหวัด' },
  { ...close, at: '2024-01-24T10:00:00+07:00', reason: 'REFERRED' },
  { type: 'ReopenDebtCase', at: '2024-01-25T10:00:00+07:00', reason: 'อัยการส่งเรื่องคืน', openCasesOfDebtor: [] },
);

describe('debt events', () => {
  it('are plain JSON that survives storage unchanged, for every event type', () => {
    const events = lifetime();
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(Object.keys(debtDecider.schemaVersions)));
    for (const [i, event] of events.entries()) {
      expect(() => assertSerialisable({
        eventId: `e-${i}`, type: event.type, schemaVersion: debtDecider.schemaVersions[event.type], data: event.data,
        metadata: { actor: 'test', correlationId: 'c', causationId: 'c', commandId: 'c' },
      })).not.toThrow();
      expect(JSON.parse(JSON.stringify(event))).toEqual(event);
    }
  });

  it('fold into the state the last event left', () => {
    expect(fold(debtDecider, lifetime())).toMatchObject({
      status: 'REFERRED', closed: null, transferred: true, wishesMediation: 'YES', contactAttempts: 1,
      figures: { districtCode: '4902', provinceCode: '49' }, attributedDistrictCode: '4901',
      helpWanted: { kinds: ['MEDIATION'], note: null }, referral: { agency: 'OTHER_AGENCY', agencyName: 'สำนักงานอัยการจังหวัด' },
    });
    expect(fold(debtDecider, [registered()]).status).toBe('REGISTERED');
  });

  it('are read back from the log strictly: another stream is none of them, an unknown type or schema version stops the reader', () => {
    const [event] = lifetime();
    const stored = { streamId: 'debt-1', version: 1, type: event.type, schemaVersion: 1, data: event.data };
    expect(readDebtEvent(stored)).toEqual(event);
    expect(readDebtEvent({ ...stored, streamId: 'complaint-1', type: 'ComplaintReceived' })).toBeUndefined();
    expect(() => readDebtEvent({ ...stored, type: 'toString' })).toThrow('debt-1@1: cannot read toString version 1 (no such debt event)');
    expect(() => readDebtEvent({ ...stored, schemaVersion: 2 })).toThrow('debt-1@1: cannot read DebtorRegistered version 2 (later than version 1, the latest this code reads)');
  });
});
