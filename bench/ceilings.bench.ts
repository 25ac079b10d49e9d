import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { median, now, sample, type Sample } from './measure.js';

/** readAll's columns (event-log.sql.ts), in its order: what a read of the log has to move at the least. */
const LOG_COLUMNS = `global_position, transaction_id, stream_id, version, event_id, type, schema_version, data, metadata,
  (extract(epoch FROM recorded_at) * 1000)::float8`;

/**
 * The read ceiling: the whole log in readAll's global order in one COPY to the client, its bytes received and
 * its rows counted (one line a row: COPY's text format escapes newlines in values), nothing parsed.
 */
export async function copyCeilingRun(pool: pg.Pool): Promise<Sample> {
  const client = await pool.connect();
  const startedAt = now();
  let rows = 0;
  try {
    const stream = client.query(copyTo(
      `COPY (SELECT ${LOG_COLUMNS} FROM events ORDER BY transaction_id, global_position) TO STDOUT`));
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) rows++;
    }
  } finally {
    client.release();
  }
  return sample(rows, startedAt);
}

export const CEILING_COMPLAINT_TABLE = 'CREATE TABLE ceiling_complaint_list (LIKE complaint_list INCLUDING ALL);';

/**
 * The set-based ceiling of the complaint list's catch-up: one INSERT … SELECT building every complaint's row
 * from the log in SQL (into a copy of complaint_list with all its indexes). It is the closest honest equivalent,
 * not the same fold: the status is the last status-changing event's, the holder the last forward's (or the
 * receiving office), the assignee the last assignment's; the text key and trigrams are a plain SQL lower case
 * without the Thai folding, and the accused key is the lower-cased name. Answers the events read per second.
 */
const CEILING_COMPLAINT_LIST = `
WITH received AS (
  SELECT stream_id, data FROM events WHERE type = 'ComplaintReceived'
), last AS (
  SELECT stream_id, max(version) AS version, count(*) AS events FROM events WHERE stream_id LIKE 'complaint-%' GROUP BY stream_id
), status AS (
  SELECT DISTINCT ON (stream_id) stream_id, type, data FROM events
  WHERE type IN ('ComplaintAssigned', 'ComplaintProgressRecorded', 'ComplaintForwarded', 'ComplaintResolved', 'ComplaintClosed',
    'ComplaintReopened')
  ORDER BY stream_id, version DESC
), holder AS (
  SELECT DISTINCT ON (stream_id) stream_id, data -> 'to' AS office FROM events WHERE type = 'ComplaintForwarded'
  ORDER BY stream_id, version DESC
), assigned AS (
  SELECT DISTINCT ON (stream_id) stream_id, data -> 'assignee' AS assignee FROM events WHERE type = 'ComplaintAssigned'
  ORDER BY stream_id, version DESC
), rows AS (
  SELECT r.data ->> 'complaintId' AS complaint_id, r.data ->> 'trackingCode' AS tracking_code,
    CASE s.type WHEN 'ComplaintAssigned' THEN 'ASSIGNED' WHEN 'ComplaintResolved' THEN 'RESOLVED' WHEN 'ComplaintClosed' THEN 'CLOSED'
      WHEN 'ComplaintForwarded' THEN 'RECEIVED' WHEN NULL THEN 'RECEIVED' ELSE 'IN_PROGRESS' END AS status,
    coalesce(h.office, r.data -> 'owningOffice') AS office, r.data, s.type AS last_type, s.data AS last_data, a.assignee,
    lower(regexp_replace(r.data ->> 'subject', '[^[:alnum:]]', '', 'g')) AS subject_key, l.version
  FROM received r JOIN last l USING (stream_id) LEFT JOIN status s USING (stream_id) LEFT JOIN holder h USING (stream_id)
    LEFT JOIN assigned a USING (stream_id)
)
INSERT INTO ceiling_complaint_list
SELECT complaint_id, tracking_code, status, office ->> 'level', office ->> 'code',
  CASE office ->> 'level' WHEN 'DISTRICT' THEN office ->> 'code' END,
  CASE WHEN office ->> 'level' <> 'CENTRAL' THEN left(office ->> 'code', 2) END,
  data #>> '{location,subdistrictCode}', data #>> '{location,districtCode}', data #>> '{location,provinceCode}',
  (data #>> '{location,point,lat}')::float8, (data #>> '{location,point,lng}')::float8,
  data #>> '{category,mainCode}', data #>> '{category,subCode}', data #>> '{category,otherText}', data ->> 'channel',
  (data ->> 'receivedAt')::timestamptz, data #>> '{complainant,citizenId}', data #>> '{accused,name}',
  lower(data #>> '{accused,name}'), data ->> 'subject', subject_key,
  ARRAY(SELECT DISTINCT substr(subject_key, i, 3) FROM generate_series(1, greatest(length(subject_key) - 2, 1)) AS i),
  CASE WHEN status = 'ASSIGNED' THEN assignee END, data -> 'possibleDuplicates', NULL,
  CASE WHEN status = 'CLOSED' THEN last_data ->> 'reason' END, CASE WHEN status = 'CLOSED' THEN (last_data ->> 'at')::timestamptz END,
  version, coalesce(last_data ->> 'at', data ->> 'at')::timestamptz
FROM rows`;

export async function complaintSqlCeilingRun(pool: pg.Pool): Promise<Sample> {
  await pool.query('TRUNCATE ceiling_complaint_list');
  const { rows: [{ n }] } = await pool.query(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'complaint-%'`);
  const startedAt = now();
  await pool.query(CEILING_COMPLAINT_LIST);
  const result = sample(n, startedAt);
  await pool.query('TRUNCATE ceiling_complaint_list');
  return result;
}

const pct = (part: readonly Sample[], whole: readonly Sample[]) => `${((100 * median(part.map((s) => s.rate))) / median(whole.map((s) => s.rate))).toFixed(0)}%`;

/** `what` (events/s) as a share of store.readAll's rate and of the COPY ceiling's over the same log (medians). */
export const fractionsNote = (what: string, catchUps: readonly Sample[], reads: readonly Sample[], copies: readonly Sample[]) =>
  `${what} runs at ${pct(catchUps, reads)} of store.readAll and ${pct(catchUps, copies)} of the COPY ceiling over the same log; `
    + `store.readAll at ${pct(reads, copies)} of the COPY ceiling (medians, events/s).`;
