import { describe, expect, it } from '@jest/globals';
import { foldRecorded, type RecordedFact } from '../../shared/decider.js';
import { readRecordedDebtEvent } from './debt-event-shapes.js';
import { agree, close, contact, historyOf, schedule } from './debt-fixtures.js';
import { debtDecider } from './debt.decider.js';
import { DEBT_EVENT_SCHEMA_VERSIONS, type DebtEvent } from './debt.events.js';

const recorded = (e: DebtEvent) => ({ type: e.type, schemaVersion: DEBT_EVENT_SCHEMA_VERSIONS[e.type], data: JSON.parse(JSON.stringify(e.data)) });
const isReadableDebtEvent = (e: RecordedFact) => readRecordedDebtEvent(e) !== undefined;
const life = historyOf(contact, schedule, agree, close, { type: 'ReopenDebtCase', at: agree.at, reason: 'ผิดนัด', openCasesOfDebtor: [] });

describe('reading stored debt events', () => {
  it('reads every event the decider writes, as JSON gives it back', () => {
    expect(new Set(life.map((e) => e.type)).size).toBe(6);
    expect(life.map(recorded).filter((e) => !isReadableDebtEvent(e))).toEqual([]);
  });

  it.each([
    ['an unknown type', (e: ReturnType<typeof recorded>) => ({ ...e, type: 'DebtCaseTeleported' })],
    ['a schema version later than this code writes', (e: ReturnType<typeof recorded>) => ({ ...e, schemaVersion: e.schemaVersion + 1 })],
    ['a schema version below 1', (e: ReturnType<typeof recorded>) => ({ ...e, schemaVersion: 0 })],
    ['data that is not an object', (e: ReturnType<typeof recorded>) => ({ ...e, data: [] })],
    ['a missing key', (e: ReturnType<typeof recorded>) => ({ ...e, data: { ...e.data, status: undefined } })],
    ['null where a value is required', (e: ReturnType<typeof recorded>) => ({ ...e, data: { ...e.data, caseId: null } })],
    ['a code outside its list', (e: ReturnType<typeof recorded>) => ({ ...e, data: { ...e.data, status: 'LOST' } })],
  ])('refuses %s, on every event type', (_, spoil) => {
    expect(life.map(recorded).map(spoil).filter(isReadableDebtEvent)).toEqual([]);
  });

  it('refuses a part of the wrong shape deep inside: a debt without its principal', () => {
    const [registration] = life.map(recorded);
    const debts = registration.data.debts.map(({ principal: _, ...rest }: Record<string, unknown>) => rest);
    expect(isReadableDebtEvent({ ...registration, data: { ...registration.data, debts } })).toBe(false);
  });

  it('reads an outcome of version 1 as version 2, and refuses one of version 1 that is not of its shape once upcast', () => {
    const stored = life.map(recorded);
    const agreed = stored.find((e) => e.type === 'DebtMediationOutcomeRecorded')!;
    const { agreement, ...rest } = agreed.data;
    const v1 = { ...agreed, schemaVersion: 1, data: { ...rest, ...agreement } };
    expect(readRecordedDebtEvent(v1)).toEqual({ type: agreed.type, data: agreed.data });
    expect(readRecordedDebtEvent({ ...v1, data: { ...v1.data, outcome: 'LOST' } })).toBeUndefined();
    expect(foldRecorded(debtDecider, stored.with(stored.indexOf(agreed), v1))).toEqual(foldRecorded(debtDecider, stored));
  });

  it('folds a stream up to its first unreadable event and names its version', () => {
    const stored = life.map(recorded);
    stored.splice(2, 0, { type: 'DebtContactAttemptRecorded', schemaVersion: 1, data: { note: 'ไม่มีสถานะ' } });
    const folded = foldRecorded(debtDecider, stored);
    expect(folded.unreadableAt).toBe(3);
    expect(folded.state).toMatchObject({ status: 'CONTACTED', contactAttempts: 1 });
  });
});
