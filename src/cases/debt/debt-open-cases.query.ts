import type pg from 'pg';
import { toArabicDigits } from '../../shared/thai-digits.js';
import type { OpenDebtCase } from './debt-inputs.js';
import type { DebtCase, DebtCaseState } from './debt-state.js';
import { debtDecider } from './debt.decider.js';
import { readDebtEvent } from './debt.events.js';

/** The projection that keeps `debt_cases`, whose checkpoint says how far into the log that table reaches. */
export const DEBT_CASES_CHECKPOINT = 'debt-cases';

/** A citizen id as typed, Arabic digits only: how the lookup and the lock know a debtor. */
export const citizenDigitsOf = (typed: string | null | undefined) => toArabicDigits(typed ?? '').replace(/\D/g, '');

/** How far into the log the case list reaches. */
const CHECKPOINT = 'SELECT transaction_id::text AS xid, global_position::text AS gp FROM projection_checkpoints WHERE name = $1';

/**
 * The cases the case list holds for the debtors, and those the log names them in past the checkpoint given
 * (registered since, or corrected to them since), then every event of those cases. The checkpoint is read
 * first, in a statement of its own: the list can only be further along by now, and the two parts together
 * still hold every case. Its values are parameters, so that the planner reads the log from there by index.
 */
const CASES_OF_DEBTORS = `
WITH candidates AS (
  SELECT stream_id FROM debt_cases WHERE debtor_citizen_id = ANY($1::text[])
  UNION
  SELECT stream_id FROM events
  WHERE (transaction_id, global_position) > ($2::text::xid8, $3::bigint)
    AND type IN ('DebtorRegistered', 'DebtRegistrationAmended') AND data->'debtor'->>'citizenId' = ANY($1::text[])
)
SELECT stream_id AS "streamId", version, type, schema_version AS "schemaVersion", data FROM events
WHERE stream_id IN (SELECT stream_id FROM candidates)
ORDER BY stream_id, version`;

/**
 * The open cases of each debtor (by citizen id, Arabic digits), for the duplicate rule, as the log has them:
 * the case list only says which cases to look at, since it trails the log; each is folded from its stream.
 * Whoever decides on them must hold the debtors' locks (debtor-locks.ts), so that no registration of theirs
 * is committed meanwhile.
 */
export async function openCasesOfDebtors(db: pg.ClientBase | pg.Pool, citizenIds: readonly string[]): Promise<Map<string, OpenDebtCase[]>> {
  const open = new Map<string, OpenDebtCase[]>();
  if (citizenIds.length === 0) return open;
  const { rows: [checkpoint] } = await db.query<{ xid: string; gp: string }>(CHECKPOINT, [DEBT_CASES_CHECKPOINT]);
  const { rows } = await db.query<{ streamId: string; version: number; type: string; schemaVersion: number; data: unknown }>(
    CASES_OF_DEBTORS, [citizenIds, checkpoint?.xid ?? '0', checkpoint?.gp ?? '0'],
  );
  const states = new Map<string, DebtCaseState>();
  for (const row of rows) {
    const event = readDebtEvent(row);
    if (event) states.set(row.streamId, debtDecider.evolve(states.get(row.streamId) ?? debtDecider.initialState(), event));
  }
  const wanted = new Set(citizenIds);
  for (const state of states.values()) {
    if (!isOpen(state) || !wanted.has(state.debtorCitizenId)) continue;
    const cases = open.get(state.debtorCitizenId) ?? [];
    cases.push({ caseId: state.caseId, creditorKeys: state.creditorKeys });
    open.set(state.debtorCitizenId, cases);
  }
  return open;
}

const isOpen = (state: DebtCaseState): state is DebtCase => state.status !== null && state.status !== 'CLOSED';
