import type pg from 'pg';
import type { EventStore, LogPosition } from '../../eventstore/event-store.port.js';
import { keepsLogInEventsTable } from '../../eventstore/log-features.js';
import { accusedKey, digitsOnly, DUPLICATE_WINDOW_DAYS, type DuplicateCandidate, isOpenMatter } from './complaint-duplicates.js';
import { evolveComplaint, initialComplaintState, type ComplaintState } from './complaint-state.js';
import { COMPLAINT_STREAM_PREFIX, readComplaintEvent, type ComplaintReceivedData, type StoredComplaintEventLike } from './complaint.events.js';

/** The projection that keeps `complaint_list`, whose checkpoint says how far into the log that table reaches. */
export const COMPLAINT_LIST_CHECKPOINT = 'complaint-list';

/** Most open complaints read from the list per key; the newest come first. */
const PER_KEY = 200;
const LOG_BATCH = 1_000;

const CHECKPOINT = 'SELECT transaction_id::text AS xid, global_position::text AS gp FROM projection_checkpoints WHERE name = $1';

/**
 * The listed complaints of either key received since $3: the open ones (each arm walking its own index, citizen id or
 * accused key, then received time), and, whatever their status there, those the log has changed since ($4): the list
 * may say resolved or closed of a complaint reopened since.
 */
const LISTED = `
  (SELECT complaint_id FROM complaint_list
   WHERE complainant_citizen_id = $1 AND received_at >= $3 AND status NOT IN ('RESOLVED', 'CLOSED')
   ORDER BY received_at DESC LIMIT ${PER_KEY})
  UNION
  (SELECT complaint_id FROM complaint_list
   WHERE accused_key = $2 AND received_at >= $3 AND status NOT IN ('RESOLVED', 'CLOSED')
   ORDER BY received_at DESC LIMIT ${PER_KEY})
  UNION
  SELECT complaint_id FROM complaint_list
  WHERE complaint_id = ANY($4::text[]) AND (complainant_citizen_id = $1 OR accused_key = $2) AND received_at >= $3`;

/**
 * The complaint events past a position, straight from the events table: past the horizon readAll keeps, so a receipt
 * committed behind another stream's open append counts. A receipt's data only, as the keys are read from it.
 * The position is given as parameters, so that the planner reads the log from there by index.
 */
const PAST_CHECKPOINT = `
  SELECT stream_id AS "streamId", version, type, schema_version AS "schemaVersion",
         CASE WHEN type = 'ComplaintReceived' THEN data END AS data
  FROM events
  WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint) AND stream_id LIKE '${COMPLAINT_STREAM_PREFIX}%'`;

const STREAMS = `
  SELECT stream_id AS "streamId", version, type, schema_version AS "schemaVersion", data
  FROM events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, version`;

/** What the check compares of a new complaint. */
export interface CandidateKeys {
  citizenId: string | null;
  accusedKey: string | null;
  receivedAt: string;
}

/**
 * The duplicate check's candidates for a new complaint, across the whole country, as the log has them: the open
 * complaints received at most DUPLICATE_WINDOW_DAYS before it (or after it) with the same complainant citizen id or
 * the same accused key. The complaint list says which complaints to look at, and the log past the list's checkpoint
 * adds those received or changed since; each is then folded from its stream, so a complaint stored a moment ago
 * counts, and one resolved a moment ago does not. The checkpoint is read first, in a statement of its own: the list
 * can only be further along by then. On the PostgreSQL log (`events` of this database) the log is read in SQL, past
 * readAll's horizon; any other `store` through the port. A receipt deciding on them holds their locks
 * (duplicateLockNames), so that no receipt of the same keys is stored meanwhile. The decider scores the subjects.
 */
export async function loadDuplicateCandidates(
  db: pg.ClientBase | pg.Pool, store: EventStore, keys: CandidateKeys,
): Promise<DuplicateCandidate[]> {
  const wanted = { citizenId: digitsOnly(keys.citizenId), accusedKey: keys.accusedKey };
  if (wanted.citizenId === '' && wanted.accusedKey === null) return [];
  const since = new Date(Date.parse(keys.receivedAt) - DUPLICATE_WINDOW_DAYS * 86_400_000);
  const { rows: [checkpoint] } = await db.query<{ xid: string; gp: string }>(CHECKPOINT, [COMPLAINT_LIST_CHECKPOINT]);
  const from: LogPosition = { transactionId: BigInt(checkpoint?.xid ?? '0'), globalPosition: BigInt(checkpoint?.gp ?? '0') };
  const onPostgres = keepsLogInEventsTable(store);
  const recent = onPostgres
    ? (await db.query<StoredComplaintEventLike>(PAST_CHECKPOINT, [from.transactionId.toString(), from.globalPosition.toString()])).rows
    : await complaintEventsAfter(store, from);
  const changed = [...new Set(recent.map((e) => e.streamId.slice(COMPLAINT_STREAM_PREFIX.length)))];
  const listed = await db.query<{ complaint_id: string }>(LISTED, [wanted.citizenId || null, wanted.accusedKey, since, changed]);
  const streams = new Set(listed.rows.map((r) => `${COMPLAINT_STREAM_PREFIX}${r.complaint_id}`));
  for (const stored of recent) {
    const receipt = receiptOf(stored);
    if (receipt && matchesKeys(receipt, wanted)) streams.add(stored.streamId);
  }
  const events = onPostgres
    ? (await db.query<StoredComplaintEventLike>(STREAMS, [[...streams]])).rows
    : (await Promise.all([...streams].sort().map((streamId) => store.readStream(streamId)))).flat();
  return candidatesIn(events)
    .filter((c) => isOpenMatter(c.status) && Date.parse(c.receivedAt) >= since.getTime() && matchesKeys(c, wanted))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || a.complaintId.localeCompare(b.complaintId));
}

/** The complaint events after `from`, read through the port. */
async function complaintEventsAfter(store: EventStore, from: LogPosition): Promise<StoredComplaintEventLike[]> {
  const events: StoredComplaintEventLike[] = [];
  for (let after = from; ;) {
    const batch = await store.readAll(after, LOG_BATCH);
    if (batch.length === 0) return events;
    events.push(...batch.filter((e) => e.streamId.startsWith(COMPLAINT_STREAM_PREFIX)));
    after = batch[batch.length - 1].position;
  }
}

/** The receipt's keys, when the event is a complaint's receipt. */
function receiptOf(stored: StoredComplaintEventLike): Pick<DuplicateCandidate, 'complainantCitizenId' | 'accusedKey'> | undefined {
  if (stored.type !== 'ComplaintReceived') return undefined;
  const event = readComplaintEvent(stored);
  return event?.type === 'ComplaintReceived' ? keysOf(event.data) : undefined;
}

const keysOf = (data: ComplaintReceivedData) => ({
  complainantCitizenId: data.complainant.anonymous ? null : data.complainant.citizenId,
  accusedKey: data.accused ? accusedKey(data.accused) : null,
});

function matchesKeys(candidate: Pick<DuplicateCandidate, 'complainantCitizenId' | 'accusedKey'>, wanted: { citizenId: string; accusedKey: string | null }) {
  return (wanted.citizenId !== '' && digitsOnly(candidate.complainantCitizenId) === wanted.citizenId)
    || (wanted.accusedKey !== null && candidate.accusedKey === wanted.accusedKey);
}

/** Each complaint of the events (grouped by stream, in version order) as a candidate, folded as the decider does. */
function candidatesIn(events: readonly StoredComplaintEventLike[]): DuplicateCandidate[] {
  const folded = new Map<string, { state: ComplaintState; received?: ComplaintReceivedData }>();
  for (const stored of events) {
    const event = readComplaintEvent(stored);
    if (!event) continue;
    const current = folded.get(stored.streamId) ?? { state: initialComplaintState() };
    folded.set(stored.streamId, {
      state: evolveComplaint(current.state, event),
      received: event.type === 'ComplaintReceived' ? event.data : current.received,
    });
  }
  return [...folded.values()].flatMap(({ state, received }) => (state.status === null || !received ? [] : [{
    complaintId: state.complaintId,
    ...keysOf(received),
    subject: received.subject,
    receivedAt: new Date(received.receivedAt).toISOString(),
    status: state.status,
    heldBy: state.owningOffice,
  }]));
}
