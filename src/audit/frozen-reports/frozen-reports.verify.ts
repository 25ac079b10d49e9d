import type pg from 'pg';
import { outsideRequestScope } from '../../database/request-scope.js';
import { type EventStore, type LogPosition, START_OF_LOG } from '../../eventstore/event-store.port.js';
import { lastPositionsRecordedBefore } from '../../eventstore/recorded-before.js';
import {
  CORRECTION_COLUMNS, correctionOfficesDiffering, MONTH_END_COLUMNS, type MonthEndRow, monthEndSha256, officesDiffering,
} from '../../projections/complaint-statistics/complaint-month-end.body.js';
import type { CorrectionRow } from '../../projections/complaint-statistics/complaint-month-end.corrections.js';
import { MonthEndReplay } from '../../projections/complaint-statistics/complaint-month-end.regenerate.js';
import { addMonths } from '../../projections/complaint-statistics/statistics-month.js';
import { type BodyFormat, CURRENT_FORMAT, parseBody } from '../../reporting/daily/daily-report.body.js';
import { comparePositions as compare } from '../../reporting/daily/daily-report.assemble.js';
import { DailyReportReplay } from '../../reporting/daily/daily-report.regenerate.js';
import { DailyReportStore, sha256 } from '../../reporting/daily/daily-report.store.js';

export type FrozenReportKind = 'DAILY_REPORT' | 'MONTH_END';
export const FROZEN_REPORT_KINDS: readonly FrozenReportKind[] = ['DAILY_REPORT', 'MONTH_END'];

/** A frozen report whose stored digest, stored content and content regenerated from the log do not all agree. */
export interface DifferingReport {
  kind: FrozenReportKind;
  /** The report's day (YYYY-MM-DD) or the month end's month (its first day). */
  key: string;
  /** The digest stored when it was frozen; null for month ends frozen before migration 520, which had none. */
  storedSha256: string | null;
  /** The digest of what is stored now (the report's text, the month end's rows): not the stored digest when they were changed. */
  contentSha256: string;
  /** The digest of the same report regenerated from the event log. */
  regeneratedSha256: string;
  /** The offices whose figures differ between what is stored and what the log gives: districts (daily), province/district (month ends). */
  offices: string[];
}

export interface FrozenReportVerification {
  checked: number;
  matching: number;
  differing: DifferingReport[];
}

export interface VerifyOptions {
  /** Only these kinds (both when absent). */
  kinds?: readonly FrozenReportKind[];
  /** Only the daily report of this day (YYYY-MM-DD), and no month end. */
  day?: string;
}

/**
 * Regenerates every frozen daily mediation report and every complaint month end from the event log (never from
 * the read models, which may have drifted themselves) and compares it with what is stored: a report matches when
 * its stored digest, the digest of its stored content and the digest of the regenerated one are equal. `db` must
 * see every frozen report whole: the owner pool (the request role may not read a report's text), as a CLI, a
 * timer or a resolver through OWNER_POOL has it. Reads the log once per kind, from its start.
 */
export function verifyFrozenReports(db: pg.Pool, store: EventStore, options: VerifyOptions = {}): Promise<FrozenReportVerification> {
  const kinds = options.day ? ['DAILY_REPORT'] : options.kinds ?? FROZEN_REPORT_KINDS;
  return outsideRequestScope(async () => {
    const results = [
      ...(kinds.includes('DAILY_REPORT') ? await verifyDailyReports(db, store, options.day) : []),
      ...(kinds.includes('MONTH_END') ? await verifyMonthEnds(db, store) : []),
    ];
    const differing = results.filter((r): r is DifferingReport => r !== null);
    return { checked: results.length, matching: results.length - differing.length, differing };
  });
}

/** null when the digests agree (a month end frozen without one: its content and the regenerated one), else the report named. */
function compared(report: DifferingReport): DifferingReport | null {
  const { storedSha256, contentSha256, regeneratedSha256 } = report;
  const agree = (storedSha256 === null || storedSha256 === contentSha256) && contentSha256 === regeneratedSha256;
  return agree ? null : report;
}

async function verifyDailyReports(db: pg.Pool, store: EventStore, only?: string): Promise<(DifferingReport | null)[]> {
  const reports = new DailyReportStore(db);
  const { rows } = await db.query<{ day: string }>(
    `SELECT to_char(report_day, 'YYYY-MM-DD') AS day FROM daily_mediation_reports WHERE $1::date IS NULL OR report_day = $1::date
     ORDER BY transaction_id, global_position, report_day`, [only ?? null]);
  const replay = new DailyReportReplay(store);
  const results: (DifferingReport | null)[] = [];
  for (const { day } of rows) {
    const frozen = (await reports.find(day))!;
    const chain = await reports.chainUntil(frozen.params.base?.cutOff ?? null);
    const regenerated = await replay.report(frozen.params, chain, formatOf(frozen.body));
    results.push(compared({
      kind: 'DAILY_REPORT', key: day, storedSha256: frozen.sha256, contentSha256: sha256(frozen.body),
      regeneratedSha256: sha256(regenerated), offices: districtsDiffering(frozen.body, regenerated),
    }));
  }
  return results;
}

/** The stored report's format; a text no longer readable as a report is compared with the current format. */
function formatOf(body: string): BodyFormat {
  try {
    return parseBody(body).format;
  } catch {
    return CURRENT_FORMAT;
  }
}

/** The districts whose rows or correction lines differ between two report texts (every one of a text not readable). */
function districtsDiffering(stored: string, regenerated: string): string[] {
  const lines = (text: string) => {
    const byDistrict = new Map<string, string[]>();
    try {
      const json = JSON.parse(text);
      for (const line of [...(json.districts ?? []), ...(json.corrections ?? [])]) {
        byDistrict.set(String(line.districtCode), [...(byDistrict.get(String(line.districtCode)) ?? []), JSON.stringify(line)]);
      }
    } catch {
      // Not a report any more: every district of the other text differs.
    }
    return byDistrict;
  };
  const [left, right] = [lines(stored), lines(regenerated)];
  return [...new Set([...left.keys(), ...right.keys()])]
    .filter((code) => (left.get(code) ?? []).join('\n') !== (right.get(code) ?? []).join('\n')).sort();
}

interface FrozenMonth {
  month: string;
  countsSolved: boolean;
  countsCorrections: boolean;
  sha256: string | null;
  xid: string | null;
  gp: string | null;
  frozenAt: Date;
}

async function verifyMonthEnds(db: pg.Pool, store: EventStore): Promise<(DifferingReport | null)[]> {
  const { rows } = await db.query<FrozenMonth>(`
    SELECT to_char(month, 'YYYY-MM-DD') AS month, counts_solved AS "countsSolved", counts_corrections AS "countsCorrections", sha256, transaction_id::text AS xid,
      global_position::text AS gp, frozen_at AS "frozenAt"
    FROM complaint_month_end_frozen`);
  const positions = await positionsOf(rows, store);
  const months = rows.map((row, i) => ({ ...row, position: positions[i] }))
    .sort((a, b) => compare(a.position, b.position) || (a.month < b.month ? -1 : 1));
  const positionOf = new Map(months.map((m) => [m.month, m.position]));
  const replay = new MonthEndReplay(store);
  const results: (DifferingReport | null)[] = [];
  for (const frozen of months) {
    const stored = (await db.query<MonthEndRow>(`SELECT ${MONTH_END_COLUMNS} FROM complaint_month_end WHERE month = $1`, [frozen.month])).rows;
    const regenerated = await replay.monthEnd(frozen.month, frozen.position, frozen.countsSolved);
    const previous = positionOf.get(addMonths(frozen.month, -1));
    const [storedCorrections, regeneratedCorrections] = frozen.countsCorrections
      ? [await correctionsOf(db, frozen.month), previous ? replay.corrections(frozen.month, previous) : []]
      : [null, null];
    results.push(compared({
      kind: 'MONTH_END', key: frozen.month, storedSha256: frozen.sha256,
      contentSha256: monthEndSha256(frozen.month, stored, storedCorrections),
      regeneratedSha256: monthEndSha256(frozen.month, regenerated, regeneratedCorrections),
      offices: [...new Set([
        ...officesDiffering(stored, regenerated), ...correctionOfficesDiffering(storedCorrections ?? [], regeneratedCorrections ?? []),
      ])].sort(),
    }));
  }
  return results;
}

async function correctionsOf(db: pg.Pool, month: string): Promise<CorrectionRow[]> {
  return (await db.query<CorrectionRow>(`SELECT ${CORRECTION_COLUMNS} FROM complaint_month_end_correction WHERE month = $1`, [month])).rows;
}

/**
 * Each month's position: the one stored with it, or for a month frozen before month ends kept one (migration 520)
 * the last event recorded before it was frozen (the start of the log when none was), found in one pass of the log.
 */
async function positionsOf(rows: readonly FrozenMonth[], store: EventStore): Promise<LogPosition[]> {
  const unplaced = rows.filter((row) => row.xid === null);
  const recorded = await lastPositionsRecordedBefore(store, unplaced.map((row) => row.frozenAt));
  const recordedOf = new Map(unplaced.map((row, i) => [row, recorded[i]]));
  return rows.map((row) => (row.xid !== null
    ? { transactionId: BigInt(row.xid), globalPosition: BigInt(row.gp!) }
    : recordedOf.get(row) ?? START_OF_LOG));
}
