import type pg from 'pg';
import { provinces } from '../../geography/geography.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { dailyVerificationCode, verificationCode } from '../../reporting/export/verification-code.js';

/** A frozen daily report a printed verification code names. */
export interface CodedDailyReport {
  day: string;
  /** The province whose document printed the code; null for a code of the report's SHA-256 alone (printed before seals, migration 602). */
  provinceCode: string | null;
  cutOff: Date;
  frozenAt: Date;
  transactionId: bigint;
  globalPosition: bigint;
  sha256: string;
  seal: string | null;
}

/** `abcde fghij`, `ABCDE-FGH๒๓`, `ABCDE-FGH23`: the ten base32 characters, or null when it cannot be a code. */
export function normaliseCode(typed: string): string | null {
  const code = toArabicDigits(typed).toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z2-7]{10}$/.test(code) ? `${code.slice(0, 5)}-${code.slice(5)}` : null;
}

/**
 * The frozen daily report (and province) whose document prints this code: every report's code is worked out for
 * every province (77 SHA-256 a report), and the code of its SHA-256 alone, which files printed before seals carry. `db` sees
 * every report: the owner's pool.
 */
export async function dailyReportOfCode(db: pg.Pool | pg.ClientBase, typed: string): Promise<CodedDailyReport | undefined> {
  const code = normaliseCode(typed);
  if (code === null) return undefined;
  const { rows } = await db.query<{ day: string; cut_off: Date; frozen_at: Date; xid: string; gp: string; sha256: string; seal: string | null }>(
    `SELECT to_char(report_day, 'YYYY-MM-DD') AS day, cut_off, frozen_at, transaction_id::text AS xid, global_position::text AS gp, sha256,
            encode(log_seal, 'hex') AS seal
     FROM daily_mediation_reports ORDER BY report_day DESC`);
  const codes = provinces().map((p) => p.code);
  for (const row of rows) {
    const report = (provinceCode: string | null): CodedDailyReport => ({
      day: row.day, provinceCode, cutOff: row.cut_off, frozenAt: row.frozen_at, transactionId: BigInt(row.xid),
      globalPosition: BigInt(row.gp), sha256: row.sha256, seal: row.seal,
    });
    if (verificationCode(row.sha256) === code) return report(null);
    if (row.seal === null) continue;
    const province = codes.find((p) => dailyVerificationCode(row.day, p, row.sha256, row.seal) === code);
    if (province) return report(province);
  }
  return undefined;
}
