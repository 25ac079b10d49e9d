import type pg from 'pg';
import type { EventStore, LogPosition } from '../../eventstore/event-store.port.js';
import { codecOf } from '../../eventstore/event-codec.js';
import { keepsLogInEventsTable } from '../../eventstore/log-features.js';
import { PersonalDataCodec } from '../../personal-data/keys/personal-data-codec.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import type { OpenDebtCase } from './registration/debt-inputs.js';
import type { DebtCase, DebtCaseState } from './debt-state.js';
import { debtDecider } from './debt.decider.js';
import { readDebtEvent } from './debt.events.js';

/** The projection that keeps `debt_cases`, whose checkpoint says how far into the log that table reaches. */
export const DEBT_CASES_CHECKPOINT = 'debt-cases';

/** A citizen id as typed, Arabic digits only: how the lookup and the lock know a debtor. */
export const citizenDigitsOf = (typed: string | null | undefined) => toArabicDigits(typed ?? '').replace(/\D/g, '');

/** How far into the log the case list reaches. */
const CHECKPOINT = 'SELECT transaction_id::text AS xid, global_position::text AS gp FROM projection_checkpoints WHERE name = $1';

/** The events that name a debtor: a registration, and a correction (to them). */
const NAMING_TYPES = new Set(['DebtorRegistered', 'DebtRegistrationAmended']);
const LOG_BATCH = 1_000;

/** An event as the fold reads it. */
type EventRow = { streamId: string; version: number; eventId: string; type: string; schemaVersion: number; data: unknown };

/**
 * The cases the case list holds for the debtors, and those the log names them in past the checkpoint given
 * (registered since, or corrected to them since), then every event of those cases. The checkpoint is read
 * first, in a statement of its own: the list can only be further along by now, and the two parts together
 * still hold every case. Its values are parameters, so that the planner reads the log from there by index.
 */
export const CASES_OF_DEBTORS = `
WITH candidates AS (
  SELECT stream_id FROM debt_cases WHERE debtor_citizen_id = ANY($1::text[])
  UNION
  SELECT stream_id FROM personal_data_keys WHERE subject_index = ANY($4::bytea[]) AND role = 'PRINCIPAL' AND stream_id LIKE 'debt-%'
  UNION
  SELECT stream_id FROM events
  WHERE (transaction_id, global_position) > ($2::text::xid8, $3::bigint)
    AND type IN ('DebtorRegistered', 'DebtRegistrationAmended') AND data->'debtor'->>'citizenId' = ANY($1::text[])
)
SELECT stream_id AS "streamId", version, event_id AS "eventId", type, schema_version AS "schemaVersion", data FROM events
WHERE stream_id IN (SELECT stream_id FROM candidates)
ORDER BY stream_id, version`;

/**
 * The open cases of each debtor (by citizen id, Arabic digits), for the duplicate rule, as the log has them:
 * the case list only says which cases to look at, since it trails the log; each is folded from its stream.
 * Whoever decides on them must hold the debtors' locks (debtor-locks.ts), so that no registration of theirs
 * is committed meanwhile. The `events` table is read in one statement with the case list, past the horizon
 * readAll keeps (a registration committed behind another debtor's open append counts); any other log
 * (`store`) through the port, whose readAll holds nothing committed back.
 */
export async function openCasesOfDebtors(
  db: pg.ClientBase | pg.Pool, store: EventStore, citizenIds: readonly string[],
): Promise<Map<string, OpenDebtCase[]>> {
  const open = new Map<string, OpenDebtCase[]>();
  for (const state of await casesOfDebtors(db, store, citizenIds)) {
    if (!isOpen(state)) continue;
    const cases = open.get(state.debtorCitizenId) ?? [];
    cases.push({ caseId: state.caseId, creditorKeys: state.creditorKeys });
    open.set(state.debtorCitizenId, cases);
  }
  return open;
}

/**
 * Every case whose debtor is one of the citizen ids now, open or closed, folded from its stream as the log has it
 * (read as openCasesOfDebtors reads them): what the erasure of a data subject is decided on.
 */
export async function casesOfDebtors(db: pg.ClientBase | pg.Pool, store: EventStore, citizenIds: readonly string[]): Promise<DebtCase[]> {
  if (citizenIds.length === 0) return [];
  const { rows: [checkpoint] } = await db.query<{ xid: string; gp: string }>(CHECKPOINT, [DEBT_CASES_CHECKPOINT]);
  const from: LogPosition = { transactionId: BigInt(checkpoint?.xid ?? '0'), globalPosition: BigInt(checkpoint?.gp ?? '0') };
  const rows = keepsLogInEventsTable(store) ? await casesInTable(db, store, citizenIds, from) : await casesInLog(db, store, citizenIds, from);
  return casesIn(rows, citizenIds);
}

/**
 * The events of the debtors' cases from the `events` table, opened by the log's codec: the cases of the case list, those
 * whose keys name the debtors as principal subject by their blind index (sealed data names nobody in plain), and those
 * the log names them in in plain after `from` (events stored before their personal fields were sealed).
 */
async function casesInTable(db: pg.ClientBase | pg.Pool, store: EventStore, citizenIds: readonly string[], from: LogPosition): Promise<EventRow[]> {
  const codec = codecOf(store);
  const indexes = codec instanceof PersonalDataCodec ? citizenIds.map((id) => codec.subjectIndex(id)) : [];
  const { rows } = await db.query<EventRow>(CASES_OF_DEBTORS, [citizenIds, from.transactionId.toString(), from.globalPosition.toString(), indexes]);
  return codec ? codec.decode(rows) : rows;
}

/** The events of the debtors' cases: those of the case list, and those the log names them in after `from`, read through the port. */
async function casesInLog(db: pg.ClientBase | pg.Pool, store: EventStore, citizenIds: readonly string[], from: LogPosition): Promise<EventRow[]> {
  const listed = await db.query<{ stream_id: string }>('SELECT stream_id FROM debt_cases WHERE debtor_citizen_id = ANY($1::text[])', [citizenIds]);
  const streams = new Set(listed.rows.map((r) => r.stream_id));
  const wanted = new Set(citizenIds);
  for (let after = from; ;) {
    const batch = await store.readAll(after, LOG_BATCH);
    if (batch.length === 0) break;
    for (const e of batch) if (NAMING_TYPES.has(e.type) && wanted.has(citizenIdNamed(e.data) ?? '')) streams.add(e.streamId);
    after = batch[batch.length - 1].position;
  }
  return (await Promise.all([...streams].sort().map((streamId) => store.readStream(streamId)))).flat();
}

/** The citizen id an event's data names its debtor by, as stored (`data->'debtor'->>'citizenId'`). */
function citizenIdNamed(data: unknown): string | undefined {
  const id = (data as { debtor?: { citizenId?: unknown } } | null)?.debtor?.citizenId;
  return typeof id === 'string' ? id : undefined;
}

function casesIn(rows: readonly EventRow[], citizenIds: readonly string[]): DebtCase[] {
  const states = new Map<string, DebtCaseState>();
  for (const row of rows) {
    const event = readDebtEvent(row);
    if (event) states.set(row.streamId, debtDecider.evolve(states.get(row.streamId) ?? debtDecider.initialState(), event));
  }
  const wanted = new Set(citizenIds);
  return [...states.values()].filter((state): state is DebtCase => state.status !== null && wanted.has(state.debtorCitizenId));
}

/** A case not closed: what refuses a new case of its debtor, and their erasure. */
export const isOpen = (state: DebtCase): boolean => state.status !== 'CLOSED';
