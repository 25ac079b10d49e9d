import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { debtorInput, register } from '../../src/cases/debt/debt-fixtures.js';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import type { DebtCommand } from '../../src/cases/debt/debt.commands.js';
import { debtStreamId } from '../../src/cases/debt/registration/debt-case-id.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { citizenId } from '../support/debt-api.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * Retention over GraphQL on PostgreSQL, the service's clock at 1 June 2037 (CLOCK_START): debt cases written to the
 * log with the instants they happened at (the decider itself, as the service would have then): one closed eleven
 * years before (due), one closed last year (kept), one closed eleven years before and reopened (not closed), one
 * that expires within 30 days. Only central administrators see or run it.
 */
const NOW = new Date('2037-06-01T10:00:00+07:00');
const SETTINGS = `{ retentionSettings { runsAt batchSize rules { rule years dueNow heldNow expiringIn30Days } } }`;
const RUNS = `{ retentionRuns(first: 5) { totalCount edges { node { runId startedBy startedAt finishedAt durationMs state errorCode counts { rule erased held } } } } }`;
const RUN = `mutation { runRetentionNow { runId startedBy state durationMs counts { rule erased held } } }`;

let t: TestApp;
let officer: SignedIn;
let serial = 0;

/** A case registered at `registeredAt`, then taken through `steps` (each with its instant) by the decider. */
async function caseOf(registeredAt: string, steps: DebtCommand[]): Promise<string> {
  const caseId = `DEBT-RTN0-0000-00${++serial}`;
  const store = t.app.get<EventStore>(EVENT_STORE);
  const debtor = debtorInput({ citizenId: citizenId(`31005009${String(serial).padStart(4, '0')}`) });
  const commands: DebtCommand[] = [register({ caseId, at: registeredAt, debtor }), ...steps];
  for (const [i, command] of commands.entries()) {
    await handleCommand(store, debtStreamId(caseId), debtDecider, command, { commandId: `retention-${serial}-${i}`, actor: 'system:test' });
  }
  return debtStreamId(caseId);
}
const close = (at: string): DebtCommand => ({ type: 'CloseDebtCase', at, reason: 'WITHDRAWN' });
const reopen = (at: string): DebtCommand => ({ type: 'ReopenDebtCase', at, reason: 'ลูกหนี้ขอไกล่เกลี่ยอีกครั้ง', openCasesOfDebtor: [] });

beforeAll(async () => {
  t = await startTestApp({ clockStart: NOW });
  officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  await caseOf('2026-03-01T09:00:00+07:00', [close('2026-05-01T10:00:00+07:00')]);
  await caseOf('2036-03-01T09:00:00+07:00', [close('2036-05-01T10:00:00+07:00')]);
  await caseOf('2026-03-01T09:00:00+07:00', [close('2026-05-01T10:00:00+07:00'), reopen('2026-06-01T10:00:00+07:00')]);
  await caseOf('2027-05-01T09:00:00+07:00', [close('2027-06-10T10:00:00+07:00')]);
  await caseOf('2026-03-01T09:00:00+07:00', []);
  await t.caughtUp();
}, 120_000);
afterAll(() => t.close());

describe('retention of personal data', () => {
  it('shows the rules in force and finds the case closed eleven years ago, not the one closed last year, the reopened or the open one', async () => {
    const answer = await t.admin.graphql(SETTINGS);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.retentionSettings).toEqual({
      runsAt: null, batchSize: 200,
      rules: [
        { rule: 'DEBT_CASE_CLOSED', years: 10, dueNow: 1, heldNow: 0, expiringIn30Days: 1 },
        { rule: 'COMPLAINT_CLOSED', years: 10, dueNow: 0, heldNow: 0, expiringIn30Days: 0 },
      ],
    });
  });

  it('refuses a district officer: no rules, no runs, no run', async () => {
    for (const query of [SETTINGS, RUNS, RUN]) {
      const refused = await officer.graphql(query);
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM retention_runs')).rows[0].n).toBe(0);
  });
});
