import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inTransaction } from '../../../database/transaction.js';
import { LOG_RESEAL_STREAM_PREFIX, LOG_RESEALED } from '../../../eventstore/integrity/reseal.verify.js';
import { PostgresEventStore } from '../../../eventstore/postgres/postgres-event-store.js';
import { DomainError } from '../../../shared/domain-error.js';
import type { PersonalDataCodec } from '../personal-data-codec.js';
import { SEALED } from '../personal-fields.js';

/** A run of the in-place sealing, as it ended. */
export interface SealRun {
  runId: string;
  /** Events of the log read past the run's start (those of the catalogue's types). */
  eventsRead: number;
  /** Events rewritten sealed, each with its receipt. */
  eventsSealed: number;
  /** The sum of the run's receipts (hex), as LogResealed records it in the log. */
  receiptsDigest: string;
}

export interface SealOptions {
  batchSize?: number;
  /** After each batch: the run so far. */
  onBatch?(run: { runId: string; eventsRead: number; eventsSealed: number }): void;
}

/**
 * The catalogue's events after the run's position, in log order, each with whether its link holds as verifyLog checks
 * it (the stored hash from its bytes and the hash before it, or an earlier run's receipt): the chain must hold before
 * an event is rewritten, so that a changed event is never laundered into a receipt.
 */
const BATCH = `
SELECT e.event_id::text, e.stream_id, e.type, e.data, e.transaction_id::text AS xid, e.global_position::text AS gp,
       CASE WHEN r.event_id IS NULL
         THEN e.hash = damrong_event_link(p.hash, damrong_event_bytes(e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.recorded_at, e.data, e.metadata))
         ELSE e.hash = r.original_hash AND r.sealed_digest = sha256(damrong_event_bytes(e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.recorded_at, e.data, e.metadata))
       END AS holds,
       e.version
FROM events e
LEFT JOIN events p ON p.stream_id = e.stream_id AND p.version = e.version - 1
LEFT JOIN event_seal_receipts r ON r.event_id = e.event_id
WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint) AND e.type = ANY($3::text[])
ORDER BY e.transaction_id, e.global_position
LIMIT $4`;

const REWRITE = `
UPDATE events SET data = u.data FROM unnest($1::uuid[], $2::jsonb[]) AS u(event_id, data) WHERE events.event_id = u.event_id
RETURNING events.event_id::text, events.hash,
  sha256(damrong_event_bytes(events.stream_id, events.version, events.event_id, events.type, events.schema_version, events.recorded_at, events.data, events.metadata)) AS digest`;

type Row = { event_id: string; stream_id: string; type: string; data: unknown; xid: string; gp: string; holds: boolean; version: number };

export const brokenBeforeSealing = (row: Row) => new DomainError('LOG_BROKEN_BEFORE_SEALING',
  `ห่วงโซ่ค่าแฮชของ ${row.stream_id} ขาดที่ลำดับ ${row.version}: ตรวจสอบบันทึก (verify log) ก่อนปิดผนึกข้อมูลส่วนบุคคล`,
  `The hash chain of ${row.stream_id} is broken at version ${row.version}: verify the log before sealing personal data`);

const isSealed = (data: unknown) => typeof data === 'object' && data !== null && JSON.stringify(data).includes(`"${SEALED}"`);

/**
 * Seals the personal fields of the events stored before sealing existed, in place, in log order, a batch a
 * transaction (README, "Personal data: sealed fields and erasure"): each event's id, stream, version, position and
 * stored hash stay; its receipt (migration 1071) keeps the hash and the digest of its bytes as rewritten; the run's
 * position moves with the batch, so a run stopped anywhere resumes where it stopped. At the end the receipts' sum is
 * appended to the log (LogResealed on log-reseal-<run id>). Events already sealed, and those with nothing personal,
 * are passed over. The service may run meanwhile: what it appends is sealed already.
 */
export async function sealStoredEvents(pool: pg.Pool, codec: PersonalDataCodec, types: readonly string[], options: SealOptions = {}): Promise<SealRun> {
  const batchSize = options.batchSize ?? 2_000;
  const run = await openRun(pool);
  let { eventsRead, eventsSealed } = run;
  for (;;) {
    const read = await inTransaction(pool, async (tx) => {
      const { rows } = await tx.query<Row>(BATCH, [run.afterXid, run.afterGp, types, batchSize]);
      if (rows.length === 0) return 0;
      const broken = rows.find((row) => !row.holds);
      if (broken) throw brokenBeforeSealing(broken);
      const plain = rows.filter((row) => !isSealed(row.data));
      const byStream = new Map<string, Row[]>();
      for (const row of plain) byStream.set(row.stream_id, [...(byStream.get(row.stream_id) ?? []), row]);
      const encoded = await codec.encode([...byStream].map(([streamId, events]) => ({
        streamId, events: events.map((e) => ({ eventId: e.event_id, type: e.type, schemaVersion: 1, data: e.data, metadata: { actor: '', correlationId: '', causationId: '', commandId: '' } })),
      })));
      const rewritten = encoded.flatMap((stream) => stream.events)
        .filter((event) => isSealed(event.data))
        .map((event) => ({ eventId: event.eventId, data: event.data }));
      if (rewritten.length > 0) {
        const { rows: receipts } = await tx.query<{ event_id: string; hash: Buffer; digest: Buffer }>(REWRITE,
          [rewritten.map((e) => e.eventId), rewritten.map((e) => JSON.stringify(e.data))]);
        const byId = new Map(receipts.map((r) => [r.event_id, r]));
        const ordered = plain.map((row) => byId.get(row.event_id)).filter((r) => r !== undefined);
        await tx.query(
          `INSERT INTO event_seal_receipts (run_id, event_id, original_hash, sealed_digest)
           SELECT $1, u.event_id, u.hash, u.digest FROM unnest($2::uuid[], $3::bytea[], $4::bytea[]) WITH ORDINALITY AS u(event_id, hash, digest, n) ORDER BY u.n`,
          [run.runId, ordered.map((r) => r.event_id), ordered.map((r) => r.hash), ordered.map((r) => r.digest)]);
      }
      const last = rows[rows.length - 1];
      await tx.query('UPDATE log_reseal_runs SET after_xid = $2::xid8, after_gp = $3, events_sealed = events_sealed + $4 WHERE run_id = $1',
        [run.runId, last.xid, last.gp, rewritten.length]);
      run.afterXid = last.xid;
      run.afterGp = last.gp;
      eventsSealed += rewritten.length;
      return rows.length;
    });
    if (read === 0) break;
    eventsRead += read;
    options.onBatch?.({ runId: run.runId, eventsRead, eventsSealed });
  }
  return finishRun(pool, run.runId, eventsRead, eventsSealed);
}

/** The run left unfinished, to resume, or a new one. */
async function openRun(pool: pg.Pool) {
  const { rows: [open] } = await pool.query<{ run_id: string; after_xid: string; after_gp: string; events_sealed: string }>(
    'SELECT run_id::text, after_xid::text, after_gp::text, events_sealed::text FROM log_reseal_runs WHERE finished_at IS NULL ORDER BY started_at LIMIT 1');
  if (open) return { runId: open.run_id, afterXid: open.after_xid, afterGp: open.after_gp, eventsRead: 0, eventsSealed: Number(open.events_sealed) };
  const runId = randomUUID();
  await pool.query('INSERT INTO log_reseal_runs (run_id) VALUES ($1)', [runId]);
  return { runId, afterXid: '0', afterGp: '0', eventsRead: 0, eventsSealed: 0 };
}

/** Appends the sum of the run's receipts to the log and marks the run finished, in one transaction. */
async function finishRun(pool: pg.Pool, runId: string, eventsRead: number, eventsSealed: number): Promise<SealRun> {
  return inTransaction(pool, async (tx) => {
    const { rows: [{ digest, started }] } = await tx.query<{ digest: string; started: Date }>(
      `SELECT encode(damrong_reseal_digest($1), 'hex') AS digest, started_at AS started FROM log_reseal_runs WHERE run_id = $1`, [runId]);
    const log = await PostgresEventStore.within(tx);
    await log.appendToStream(`${LOG_RESEAL_STREAM_PREFIX}${runId}`, [{
      eventId: randomUUID(), type: LOG_RESEALED, schemaVersion: 1,
      data: { runId, eventsSealed, receiptsDigest: digest, startedAt: started.toISOString() },
      metadata: { actor: 'system:seal-log', correlationId: runId, causationId: runId, commandId: runId },
    }], 'no-stream');
    await tx.query('UPDATE log_reseal_runs SET finished_at = now() WHERE run_id = $1', [runId]);
    return { runId, eventsRead, eventsSealed, receiptsDigest: digest };
  });
}
