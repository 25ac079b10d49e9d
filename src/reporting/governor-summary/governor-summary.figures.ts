import type pg from 'pg';

/** One office's and main category's figures of a frozen month end (the complaint statistics' complaint_month_end). */
export interface SummaryFigures {
  receivedInMonth: number;
  /** Fiscal year to date (from 1 October), by where the complaints stand at the month end. */
  received: number;
  inProgress: number;
  resolved: number;
  closed: number;
  /** null for a month frozen before solved and set aside were counted. */
  solved: number | null;
  setAside: number | null;
}

export interface SummaryLine extends SummaryFigures {
  /** '' for the province office's own complaints. */
  districtCode: string;
  provinceCode: string;
  categoryMain: string;
}

/** A correction the month end lists: complaints of an earlier month keyed in after that month was frozen. */
export interface SummaryCorrection extends SummaryLine {
  correctedMonth: string;
}

export interface FrozenMonthEnd {
  frozenAt: Date;
  sha256: string | null;
  lines: SummaryLine[];
  corrections: SummaryCorrection[];
}

const FIGURES = `received, in_progress AS "inProgress", resolved, closed,
  CASE WHEN f.counts_solved THEN solved END AS solved, CASE WHEN f.counts_solved THEN set_aside END AS "setAside",
  district_code AS "districtCode", province_code AS "provinceCode", category_main AS "categoryMain"`;

/**
 * The month end of `month` (its first day) as frozen, of a province's offices or one district: reporting reads the
 * statistics' frozen tables, never the live counts, so a summary reads the same whenever it is made. Null while the
 * month is not frozen.
 */
export async function frozenMonthEnd(
  db: Pick<pg.Pool, 'query'>, month: string, area: { provinceCode: string; districtCode: string | null },
): Promise<FrozenMonthEnd | null> {
  const frozen = await db.query<{ frozen_at: Date; sha256: string | null }>(
    'SELECT frozen_at, sha256 FROM complaint_month_end_frozen WHERE month = $1', [month]);
  if (frozen.rows.length === 0) return null;
  const params = [month, area.provinceCode, area.districtCode];
  const where = 'WHERE month = $1 AND province_code = $2 AND ($3::text IS NULL OR district_code = $3)';
  const lines = await db.query<SummaryLine>(
    `SELECT received_in_month AS "receivedInMonth", ${FIGURES} FROM complaint_month_end JOIN complaint_month_end_frozen f USING (month)
     ${where} ORDER BY district_code, category_main`, params);
  const corrections = await db.query<SummaryCorrection>(
    `SELECT to_char(corrected_month, 'YYYY-MM') AS "correctedMonth", 0 AS "receivedInMonth", ${FIGURES}
     FROM complaint_month_end_correction JOIN complaint_month_end_frozen f USING (month)
     ${where} ORDER BY corrected_month, district_code, category_main`, params);
  return { frozenAt: frozen.rows[0].frozen_at, sha256: frozen.rows[0].sha256, lines: lines.rows, corrections: corrections.rows };
}
