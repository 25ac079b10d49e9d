import type pg from 'pg';
import type { LogPosition } from '../event-store.port.js';

/** How a link of a stream's hash chain broke. */
export type BrokenLinkKind = 'HASH_MISMATCH' | 'VERSION_GAP';
export const BROKEN_LINK_KINDS: readonly BrokenLinkKind[] = ['HASH_MISMATCH', 'VERSION_GAP'];

/**
 * The first event of a stream whose stored hash is not SHA-256(the stored hash before it ‖ its canonical bytes)
 * (an event changed, or moved to another version), or whose version does not follow the one before it (an event
 * deleted, or versions swapped or forged out of order).
 */
export interface BrokenLink {
  streamId: string;
  version: number;
  eventId: string;
  kind: BrokenLinkKind;
  globalPosition: bigint;
}

export interface HashChainVerification {
  /** Events whose link was re-hashed. */
  checked: number;
  /** The first broken link of each stream that has one, by stream id. */
  broken: BrokenLink[];
}

/**
 * Re-hashes every link of every stream (migration 600 defines the bytes) in one statement over the log, each against
 * the stored hash before it; an event rewritten once when its personal fields were sealed (migration 1071) against
 * its receipt instead: its stored hash the receipt's, its bytes now the receipt's digest; with `fromPosition`, only the events at or after that global position (their
 * predecessors' stored hashes still anchor them); with `upto`, only the events at or below that log position (a seal's).
 * `db` must see the whole log: the owner's pool, outside a request.
 */
export async function verifyHashChains(
  db: pg.Pool | pg.ClientBase, options: { fromPosition?: bigint; upto?: LogPosition } = {},
): Promise<HashChainVerification> {
  const upto = options.upto ?? null;
  const { rows } = await db.query<{ stream_id: string; version: number; event_id: string; kind: BrokenLinkKind; global_position: string; checked: string }>(
    `WITH links AS (
       SELECT e.global_position, e.stream_id, e.version, e.event_id,
              coalesce(lag(e.version) OVER w, 0) + 1 <> e.version AS gap,
              e.global_position >= $1::bigint AND CASE
                WHEN r.event_id IS NULL THEN e.hash IS DISTINCT FROM damrong_event_link(lag(e.hash) OVER w,
                  damrong_event_bytes(e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.recorded_at, e.data, e.metadata))
                ELSE e.hash IS DISTINCT FROM r.original_hash OR r.sealed_digest IS DISTINCT FROM
                  sha256(damrong_event_bytes(e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.recorded_at, e.data, e.metadata))
              END AS mismatch
       FROM events e LEFT JOIN event_seal_receipts r ON r.event_id = e.event_id
       WHERE $2::text IS NULL OR (e.transaction_id, e.global_position) <= ($2::text::xid8, $3::bigint)
       WINDOW w AS (PARTITION BY e.stream_id ORDER BY e.version)
     ),
     checked AS (SELECT count(*) AS n FROM links WHERE global_position >= $1::bigint)
     SELECT broken.*, checked.n AS checked FROM checked LEFT JOIN LATERAL (
       SELECT DISTINCT ON (stream_id) stream_id, version, event_id, global_position::text,
              CASE WHEN gap THEN 'VERSION_GAP' ELSE 'HASH_MISMATCH' END AS kind
       FROM links WHERE global_position >= $1::bigint AND (gap OR mismatch)
       ORDER BY stream_id, version
     ) broken ON true`,
    [(options.fromPosition ?? 0n).toString(), upto?.transactionId.toString() ?? null, upto?.globalPosition.toString() ?? null],
  );
  return {
    checked: Number(rows[0]?.checked ?? 0),
    broken: rows.filter((r) => r.stream_id !== null).map((r) => ({
      streamId: r.stream_id, version: r.version, eventId: r.event_id, kind: r.kind, globalPosition: BigInt(r.global_position),
    })),
  };
}
