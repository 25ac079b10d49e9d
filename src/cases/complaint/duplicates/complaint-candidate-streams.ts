import type pg from 'pg';
import type { EventStore, LogPosition } from '../../../eventstore/event-store.port.js';
import { codecOf } from '../../../eventstore/event-codec.js';
import { keepsLogInEventsTable } from '../../../eventstore/log-features.js';
import { PersonalDataCodec } from '../../../personal-data/keys/personal-data-codec.js';
import { COMPLAINT_STREAM_PREFIX, type StoredComplaintEventLike } from '../complaint.events.js';

/** The projection that keeps `complaint_list`, whose checkpoint says how far into the log that table reaches. */
export const COMPLAINT_LIST_CHECKPOINT = 'complaint-list';

/** What the list is asked for: either key (the citizen id in digits, '' for none), received since. */
export interface ListedKeys {
  citizenId: string;
  accusedKey: string | null;
  since: Date;
}

/** Most open complaints read from the list per key; the newest come first. */
const PER_KEY = 200;
const LOG_BATCH = 1_000;

/**
 * The listed complaints of either key ($1, $2) received since $3: the open ones (each arm walking its own index,
 * citizen id or accused key, then received time), and, whatever their status there, those of $4 (the ids the log has
 * changed since the list's checkpoint): the list may say resolved or closed of a complaint reopened since. As
 * complaint_candidate_streams reads them on the PostgreSQL log.
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
 * On the PostgreSQL log, in one statement and so one snapshot (migrations 890, 1095): the list's checkpoint, the
 * complaint events past it, the listed complaints, those whose keys name the complainant by the blind index of their
 * citizen id ($5), and the whole streams of these and of every complaint received past the checkpoint.
 */
const CANDIDATE_STREAMS = `SELECT stream_id AS "streamId", version, event_id AS "eventId", type, schema_version AS "schemaVersion", data
  FROM complaint_candidate_streams($1, $2, $3, $4, $5)`;

const CHECKPOINT = 'SELECT transaction_id::text AS xid, global_position::text AS gp FROM projection_checkpoints WHERE name = $1';

/**
 * The streams, in version order, of the complaints that may be candidates for a new complaint with these keys: those
 * the complaint list names, and those the log past the list's checkpoint has received or changed (the caller matches
 * their keys). On the PostgreSQL log (`events` of this database) in one statement, with every complaint received past
 * the checkpoint; any other `store` through the port, with those received past it that `matching` keeps, the
 * checkpoint read first in a statement of its own (the list can only be further along by then).
 */
export async function candidateStreams(
  db: pg.ClientBase | pg.Pool, store: EventStore, keys: ListedKeys, matching: (receipt: StoredComplaintEventLike) => boolean,
): Promise<StoredComplaintEventLike[]> {
  const listedBy = [keys.citizenId || null, keys.accusedKey, keys.since];
  if (keepsLogInEventsTable(store)) return streamsInTable(db, store, keys, listedBy);
  const { rows: [checkpoint] } = await db.query<{ xid: string; gp: string }>(CHECKPOINT, [COMPLAINT_LIST_CHECKPOINT]);
  const from: LogPosition = { transactionId: BigInt(checkpoint?.xid ?? '0'), globalPosition: BigInt(checkpoint?.gp ?? '0') };
  const recent = await complaintEventsAfter(store, from);
  const changed = [...new Set(recent.map((e) => e.streamId.slice(COMPLAINT_STREAM_PREFIX.length)))];
  const listed = await db.query<{ complaint_id: string }>(LISTED, [...listedBy, changed]);
  const streams = new Set([
    ...listed.rows.map((r) => `${COMPLAINT_STREAM_PREFIX}${r.complaint_id}`),
    ...recent.filter((e) => e.type === 'ComplaintReceived' && matching(e)).map((e) => e.streamId),
  ]);
  return (await Promise.all([...streams].sort().map((streamId) => store.readStream(streamId)))).flat();
}

/**
 * The candidate streams from the `events` table, opened by the log's codec (a sealed part names nobody in plain): the
 * complainant is found by the blind index of their citizen id too (a whole one: 13 digits), when the log seals personal
 * data.
 */
async function streamsInTable(
  db: pg.ClientBase | pg.Pool, store: EventStore, keys: ListedKeys, listedBy: unknown[],
): Promise<StoredComplaintEventLike[]> {
  const codec = codecOf(store);
  const subject = codec instanceof PersonalDataCodec && /^\d{13}$/.test(keys.citizenId) ? codec.subjectIndex(keys.citizenId) : null;
  const { rows } = await db.query<StoredComplaintEventLike & { eventId: string }>(CANDIDATE_STREAMS, [...listedBy, COMPLAINT_LIST_CHECKPOINT, subject]);
  return codec ? codec.decode(rows) : rows;
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
