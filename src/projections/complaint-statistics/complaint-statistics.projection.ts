import type pg from 'pg';
import { COMPLAINT_EVENTS, COMPLAINT_STREAM_PREFIX, complaintEventsIn } from '../../cases/complaint/complaint.events.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../runner/projection.js';
import { evolve, type CaseRow } from './statistics-case.js';
import { countDeltas } from './statistics-deltas.js';

/**
 * The batch's writes in one statement: the complaints received ($1) and the holder, status, close reason and
 * version of those known before ($2), then the deltas ($3) added to the district rows and, summed, to the
 * roll-ups (per province and category, per province, per category, per month: '' stands for every province or
 * category).
 */
const WRITE = `
  WITH received AS (
    INSERT INTO complaint_statistics_cases
      (complaint_id, month, district_code, province_code, category_main, status, close_reason, lat, lng, version,
       transaction_id, global_position)
    SELECT "complaintId", month, "districtCode", "provinceCode", "categoryMain", status, "closeReason", lat, lng, version,
      "transactionId"::xid8, "globalPosition"
    FROM json_to_recordset($1::json) AS u("complaintId" text, month date, "districtCode" text, "provinceCode" text,
      "categoryMain" text, status text, "closeReason" text, lat float8, lng float8, version int, "transactionId" text,
      "globalPosition" bigint)
  ), moved AS (
    UPDATE complaint_statistics_cases c
    SET district_code = u."districtCode", province_code = u."provinceCode", status = u.status, close_reason = u."closeReason",
      version = u.version
    FROM json_to_recordset($2::json) AS u("complaintId" text, "districtCode" text, "provinceCode" text, status text,
      "closeReason" text, version int)
    WHERE c.complaint_id = u."complaintId"
  ), deltas AS (
    SELECT * FROM json_to_recordset($3::json) AS u(month date, "districtCode" text, "provinceCode" text, "categoryMain" text,
      received int, "IN_PROGRESS" int, "RESOLVED" int, "CLOSED" int, "SOLVED" int, "SET_ASIDE" int)
  ), districts AS (
    INSERT INTO complaint_statistics AS s
      (month, district_code, province_code, category_main, received, in_progress, resolved, closed, solved, set_aside)
    SELECT * FROM deltas
    ON CONFLICT (month, province_code, district_code, category_main) DO UPDATE SET
      received = s.received + excluded.received, in_progress = s.in_progress + excluded.in_progress,
      resolved = s.resolved + excluded.resolved, closed = s.closed + excluded.closed,
      solved = s.solved + excluded.solved, set_aside = s.set_aside + excluded.set_aside
  )
  INSERT INTO complaint_statistics_rollups AS r
    (month, province_code, category_main, received, in_progress, resolved, closed, solved, set_aside)
  SELECT month, coalesce("provinceCode", ''), coalesce("categoryMain", ''), sum(received), sum("IN_PROGRESS"), sum("RESOLVED"),
    sum("CLOSED"), sum("SOLVED"), sum("SET_ASIDE")
  FROM deltas
  GROUP BY GROUPING SETS ((month, "provinceCode", "categoryMain"), (month, "provinceCode"), (month, "categoryMain"), (month))
  ON CONFLICT (province_code, month, category_main) DO UPDATE SET
    received = r.received + excluded.received, in_progress = r.in_progress + excluded.in_progress,
    resolved = r.resolved + excluded.resolved, closed = r.closed + excluded.closed,
    solved = r.solved + excluded.solved, set_aside = r.set_aside + excluded.set_aside`;

/**
 * After complaints left buckets ($1, their deltas), the district rows and roll-ups of those buckets that now
 * count none (every complaint counts in received and one stage, so received 0 means all 0).
 */
const PRUNE = `
  WITH vacated AS (
    SELECT * FROM json_to_recordset($1::json) AS u(month date, "districtCode" text, "provinceCode" text, "categoryMain" text)
  ), districts AS (
    DELETE FROM complaint_statistics s USING vacated u
    WHERE s.received = 0 AND s.month = u.month AND s.province_code = u."provinceCode" AND s.district_code = u."districtCode"
      AND s.category_main = u."categoryMain"
  )
  DELETE FROM complaint_statistics_rollups r USING (
    SELECT month, coalesce("provinceCode", '') AS province_code, coalesce("categoryMain", '') AS category_main FROM vacated
    GROUP BY GROUPING SETS ((month, "provinceCode", "categoryMain"), (month, "provinceCode"), (month, "categoryMain"), (month))
  ) u
  WHERE r.received = 0 AND r.province_code = u.province_code AND r.month = u.month AND r.category_main = u.category_main`;

/**
 * Complaint statistics by month of receipt, office holding the complaint now and main category: how many were
 * received, how many of those are in progress, resolved or closed now, and how many are solved or set aside
 * (outcomeOf: the indicator's figures). A forward moves the complaint whole, every figure, from the sending
 * office's bucket to the receiving office's. Per batch it folds each complaint's events from its remembered
 * holder, status and close reason (statistics-case.ts), then adds one delta per bucket (statistics-deltas.ts):
 * a complaint moving from in progress to resolved, from closed as withdrawn back to in progress, or from one
 * office to another, is −1 and +1, however many events the batch held; a bucket whose delta is nothing is left
 * alone. The same deltas, summed, go to the province and national roll-ups. The writes are one statement, their
 * rows sent as JSON arrays, and a second one, when complaints left a bucket, drops the rows left counting none;
 * a complaint not remembered before the batch is inserted (one runner applies the projection, in one
 * transaction per batch) with the position of its ComplaintReceived, which month ends' corrections go by. Events at or below a complaint's remembered version were counted already.
 */
export class ComplaintStatisticsProjection implements Projection {
  readonly name = 'complaint-statistics';
  /** Complaint events only: the log's other events come without their data. */
  readonly dataOf = Object.keys(COMPLAINT_EVENTS.versions);
  /** Not complaint_month_end nor its frozen months: the month-end timer writes those. */
  readonly tables = ['complaint_statistics_cases', 'complaint_statistics', 'complaint_statistics_rollups'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const mine = complaintEventsIn(events);
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map(({ stored }) => stored.streamId.slice(COMPLAINT_STREAM_PREFIX.length)))];
    const { rows } = await tx.query<Omit<CaseRow, 'recorded'> & { transactionId: string; globalPosition: string }>(
      `SELECT complaint_id AS "complaintId", to_char(month, 'YYYY-MM-DD') AS month, district_code AS "districtCode",
         province_code AS "provinceCode", category_main AS "categoryMain", status, close_reason AS "closeReason", lat, lng, version,
         transaction_id::text AS "transactionId", global_position::text AS "globalPosition"
       FROM complaint_statistics_cases WHERE complaint_id = ANY($1)`,
      [ids],
    );
    const before = new Map(rows.map(({ transactionId, globalPosition, ...row }) =>
      [row.complaintId, { ...row, recorded: { transactionId: BigInt(transactionId), globalPosition: BigInt(globalPosition) } }]));
    const after = new Map<string, CaseRow>(before);
    for (const { stored, event } of mine) {
      const id = stored.streamId.slice(COMPLAINT_STREAM_PREFIX.length);
      const row = after.get(id);
      if (row !== undefined && stored.version <= row.version) continue;
      after.set(id, evolve(id, row, event, stored));
    }
    const changed = [...after.values()].filter((row) => before.get(row.complaintId)?.version !== row.version);
    if (changed.length === 0) return;
    const received = changed.filter((row) => !before.has(row.complaintId)).map(({ recorded, ...row }) =>
      ({ ...row, transactionId: String(recorded.transactionId), globalPosition: String(recorded.globalPosition) }));
    const moved = changed.filter((row) => before.has(row.complaintId))
      .map(({ complaintId, districtCode, provinceCode, status, closeReason, version }) =>
        ({ complaintId, districtCode, provinceCode, status, closeReason, version }));
    const deltas = countDeltas(changed, before);
    await tx.query(WRITE, [JSON.stringify(received), JSON.stringify(moved), JSON.stringify(deltas)]);
    const vacated = deltas.filter((d) => d.received < 0);
    if (vacated.length > 0) await tx.query(PRUNE, [JSON.stringify(vacated)]);
  }
}
