import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StreamDescriptions } from '../../src/audit/stream-descriptions.js';
import type { DebtCommand } from '../../src/cases/debt/debt.commands.js';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import type { DebtEvent } from '../../src/cases/debt/debt.events.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { ComplaintListProjection } from '../../src/projections/complaint-list/complaint-list.projection.js';
import { ComplaintStatisticsProjection } from '../../src/projections/complaint-statistics/complaint-statistics.projection.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { findDebtCase } from '../../src/projections/debt-cases/debt-cases.query.js';
import { fold } from '../../src/shared/decider.js';
import { ComplaintLog } from '../support/complaint-log.js';
import { registration, step } from '../support/debt-generator.js';
import { project } from '../support/project.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The log as an older service wrote it: DebtMediationOutcomeRecorded of schema version 1 (the agreement's figures
 * loose), inserted as such. Every reader takes it as version 2 (the agreement as one part): a rebuild of the read
 * models, a further command on the case, and the case's history give what the same facts written as version 2 give.
 */

interface Log {
  db: TestDatabase;
  store: PostgresEventStore;
}
let old: Log;
let now: Log;
const open = async (): Promise<Log> => {
  const db = await createTestDatabase();
  return { db, store: new PostgresEventStore(db.pool) };
};
beforeAll(async () => {
  [old, now] = await Promise.all([open(), open()]);
});
afterAll(() => Promise.all([old.db.drop(), now.db.drop()]));

/** The decider's events for each case, with the ids and metadata both logs store them under. */
const CASES: [caseId: string, commands: DebtCommand[]][] = [
  ['U-1', [registration(1, 'U-1', { districtCode: '4901' }), step.contact('YES'), step.schedule(), step.agree('50,000')]],
  ['U-2', [registration(2, 'U-2', { districtCode: '4901' }), step.contact('YES'), step.schedule(), step.fail('NOT_AGREED')]],
];
const written = CASES.map(([caseId, commands]) => {
  const events: DebtEvent[] = [];
  for (const command of commands) events.push(...debtDecider.decide(command, fold(debtDecider, events)));
  return {
    streamId: `debt-${caseId}`,
    events: events.map((event) => ({ event, eventId: randomUUID(), commandId: randomUUID() })),
  };
});

/** Version 1 of an outcome: what the service wrote before the agreement became one part. */
function asVersion1(event: DebtEvent): { schemaVersion: number; data: object } {
  if (event.type !== 'DebtMediationOutcomeRecorded') return { schemaVersion: debtDecider.schemaVersions[event.type], data: event.data };
  const { agreement, ...rest } = event.data;
  return {
    schemaVersion: 1,
    data: { ...rest, debtBefore: agreement?.debtBefore ?? null, debtAfter: agreement?.debtAfter ?? null, reduction: agreement?.reduction ?? null },
  };
}

async function insert(log: Log, shape: (event: DebtEvent) => { schemaVersion: number; data: object }) {
  for (const { streamId, events } of written) {
    for (const [i, { event, eventId, commandId }] of events.entries()) {
      const { schemaVersion, data } = shape(event);
      await log.db.pool.query(
        `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [streamId, i + 1, eventId, event.type, schemaVersion, JSON.stringify(data),
          JSON.stringify({ actor: 'officer:test', commandId, correlationId: commandId, causationId: commandId })],
      );
    }
  }
}

/** The read models the debt events feed (the case list, the district counts and moves, the report ledger, the hand-overs, the catalogue). */
const READ_MODELS = [
  'debt_cases', 'district_counts', 'district_count_cases', 'district_transfers', 'mediation_report_ledger', 'mediation_report_cases',
  'case_handovers', 'stream_catalogue',
];
/** Columns that differ between two logs of the same facts: where and when each database stored them. */
const WHERE_AND_WHEN = /(^|_)(transaction_id|global_position|position|recorded_at|updated_at)$/;

/** Each read model's rows as JSON without the columns of WHERE_AND_WHEN, sorted. */
async function readModels(log: Log): Promise<Record<string, string[]>> {
  const models: Record<string, string[]> = {};
  for (const name of READ_MODELS) {
    const { rows } = await log.db.pool.query<{ row: Record<string, unknown> }>(`SELECT to_jsonb(t) AS row FROM ${name} t`);
    models[name] = rows.map(({ row }) => JSON.stringify(Object.fromEntries(Object.entries(row).filter(([column]) => !WHERE_AND_WHEN.test(column))))).sort();
  }
  return models;
}

const rebuild = (log: Log) => project(log.db.pool, log.store, allProjections(), 50);
const AGREEMENT = { debtBefore: '62500.50', debtAfter: '50000.00', reduction: '12500.50' };

describe('a log holding events of an older schema version', () => {
  it('is stored as the older service wrote it', async () => {
    await Promise.all([insert(old, asVersion1), insert(now, (event) => ({ schemaVersion: debtDecider.schemaVersions[event.type], data: event.data }))]);
    const { rows } = await old.db.pool.query(
      `SELECT stream_id, schema_version, data ? 'debtBefore' AS loose FROM events WHERE type = 'DebtMediationOutcomeRecorded' ORDER BY 1`);
    expect(rows).toEqual([
      { stream_id: 'debt-U-1', schema_version: 1, loose: true },
      { stream_id: 'debt-U-2', schema_version: 1, loose: true },
    ]);
  });

  it('rebuilds every read model from scratch as the same facts written in the current shape do', async () => {
    await Promise.all([rebuild(old), rebuild(now)]);
    const [fromOld, fromNow] = await Promise.all([readModels(old), readModels(now)]);
    expect(fromOld).toEqual(fromNow);
    expect(fromOld.debt_cases.length).toBe(2);
    expect(await findDebtCase(old.db.pool, 'U-1')).toMatchObject({ status: 'AGREED', debtBefore: '62500.50', debtAfter: '50000.00', debtReduction: '12500.50' });
    expect(await findDebtCase(old.db.pool, 'U-2')).toMatchObject({ status: 'NOT_AGREED', debtBefore: null });
    const { rows: [ledger] } = await old.db.pool.query(
      `SELECT sum(agreed)::int AS agreed, sum(not_agreed)::int AS "notAgreed", sum(debt_before)::text AS before, sum(reduction)::text AS reduction
       FROM mediation_report_ledger`);
    expect(ledger).toEqual({ agreed: 1, notAgreed: 1, before: '6250050', reduction: '1250050' });
  });

  it('takes a further command on the case, which knows the agreement the old event recorded', async () => {
    const transfer = async (log: Log) =>
      handleCommand(log.store, 'debt-U-1', debtDecider, step.transfer('4902'), { commandId: 'transfer-U-1', actor: 'officer:test' });
    const [fromOld, fromNow] = await Promise.all([transfer(old), transfer(now)]);
    expect(fromOld.events).toEqual(fromNow.events);
    expect(fromOld.events[0].data).toMatchObject({ agreement: AGREEMENT, toDistrictCode: '4902' });
    expect(fromOld.state).toEqual(fromNow.state);
    expect(fromOld.state).toMatchObject({ status: 'AGREED', agreement: AGREEMENT });

    const outcome = written[0].events[3];
    const retried = await handleCommand(old.store, 'debt-U-1', debtDecider, step.agree('50,000'), { commandId: outcome.commandId, actor: 'officer:test' });
    expect(retried).toMatchObject({ alreadyHandled: true, version: 5, events: [outcome.event] });

    await Promise.all([rebuild(old), rebuild(now)]);
    expect(await readModels(old)).toEqual(await readModels(now));
    expect(await findDebtCase(old.db.pool, 'U-1')).toMatchObject({ districtCode: '4902', debtReduction: '12500.50' });
  });

  it('shows the case\'s history with the agreement the old event recorded', async () => {
    const [fromOld, fromNow] = await Promise.all([old, now].map((log) => new StreamDescriptions(log.store).of('debt-U-1', 4)));
    expect(fromOld).toEqual(fromNow);
    expect(fromOld?.changes.filter((c) => c.field.startsWith('agreement.'))).toEqual([
      expect.objectContaining({ field: 'agreement.debtBefore', before: null, after: '62500.50' }),
      expect.objectContaining({ field: 'agreement.debtAfter', before: null, after: '50000.00' }),
      expect.objectContaining({ field: 'agreement.reduction', before: null, after: '12500.50' }),
    ]);
  });

  it('stops a projection at an event of a version later than this code reads, saying so', async () => {
    await old.db.pool.query(
      `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
       SELECT stream_id, 5, $1, type, 3, data, metadata FROM events WHERE stream_id = 'debt-U-2' AND version = 4`, [randomUUID()]);
    await expect(project(old.db.pool, old.store, allProjections().filter((p) => p.name === 'debt-cases'), 50))
      .rejects.toThrow('debt-cases: DebtMediationOutcomeRecorded debt-U-2@5: UnreadableEventError debt-U-2@5: '
        + 'cannot read DebtMediationOutcomeRecorded version 3 (later than version 2, the latest this code reads)');
  });

  it('reads a complaint receipt of version 1 through its step, and stops the complaint projections at a version later than they read', async () => {
    const complaints = new ComplaintLog(now.store);
    await complaints.receive('u-3');
    await now.db.pool.query(`UPDATE events SET schema_version = 1 WHERE stream_id = 'complaint-u-3'`);
    const complaintProjections = () => [new ComplaintListProjection(), new ComplaintStatisticsProjection()];
    await project(now.db.pool, now.store, complaintProjections(), 50);
    const { rows } = await now.db.pool.query(`SELECT complaint_id, status, version FROM complaint_list`);
    expect(rows).toEqual([{ complaint_id: 'u-3', status: 'RECEIVED', version: 1 }]);

    await now.db.pool.query(`UPDATE events SET schema_version = 3 WHERE stream_id = 'complaint-u-3'`);
    await now.db.pool.query(`TRUNCATE complaint_list, complaint_statistics_cases; DELETE FROM projection_checkpoints WHERE name LIKE 'complaint-%'`);
    await expect(project(now.db.pool, now.store, complaintProjections(), 50))
      .rejects.toThrow('cannot read ComplaintReceived version 3 (later than version 2, the latest this code reads)');
  });
});
