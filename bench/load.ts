import type pg from 'pg';
import { log, now } from './measure.js';

export const LOAD_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
export const LOAD_STREAMS = Math.max(1, Math.floor(LOAD_EVENTS / 10));
const CHUNK = 50_000;

/**
 * Fills the log with bulk SQL instead of the API: event i goes to stream i mod S as version i div S + 1,
 * so every stream has contiguous versions and the streams interleave in the global order as cases do.
 * One transaction per chunk, with the columns' defaults for transaction_id and recorded_at.
 */
const LOAD_SQL = `
INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
SELECT (ARRAY['debt','land','complaint','welfare'])[1 + s % 4] || '-' || s,
       v,
       gen_random_uuid(),
       CASE WHEN v = 1 THEN 'CaseOpened' WHEN v % 3 = 0 THEN 'NoteAdded' ELSE 'StepCompleted' END,
       1,
       jsonb_build_object('step', v, 'amount', (i * 37) % 100000, 'office', 'office-' || s % 878,
                          'note', 'เรื่องร้องเรียนลำดับที่ ' || s),
       jsonb_build_object('actor', 'officer:' || i % 500 || '@office-' || s % 878,
                          'commandId', c, 'correlationId', c, 'causationId', c)
FROM (SELECT i, i % $3::bigint AS s, (i / $3::bigint + 1)::int AS v, gen_random_uuid()::text AS c
      FROM generate_series($1::bigint, $2::bigint) AS i) AS g
ORDER BY i`;

/** Empties the log (the append runs' events) and loads LOAD_EVENTS events, then vacuums and analyses. */
export async function bulkLoad(pool: pg.Pool): Promise<void> {
  const startedAt = now();
  await pool.query('TRUNCATE events, stream_catalogue, projection_checkpoints');
  for (let from = 0; from < LOAD_EVENTS; from += CHUNK) {
    await pool.query(LOAD_SQL, [from, Math.min(from + CHUNK, LOAD_EVENTS) - 1, LOAD_STREAMS]);
  }
  await pool.query('VACUUM (ANALYZE) events');
  await pool.query('CHECKPOINT').catch(() => undefined); // needs superuser on an external server
  log(`loaded ${LOAD_EVENTS.toLocaleString('en-US')} events in ${LOAD_STREAMS.toLocaleString('en-US')} streams `
    + `in ${((now() - startedAt) / 1000).toFixed(1)} s`);
}
