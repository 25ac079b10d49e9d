import { toArabicDigits } from '../shared/thai-digits.js';
import { ConfigError, integer } from './config.js';

/**
 * Retention of personal data (README, "Retention of personal data"): how many years after a case ended its personal
 * data is kept, per case type (and per leaflet permit, authorised filer and staff account), and when the daily erasure runs.
 */
export interface RetentionConfig {
  /** A closed informal-debt case: years after closing (RETENTION_DEBT_CASE_YEARS, 10 unless told). */
  debtCaseYears: number;
  /** A resolved or closed complaint: years after its resolution or closing (RETENTION_COMPLAINT_YEARS, 10 unless told). */
  complaintYears: number;
  /** A leaflet permit refused, or issued and its period over: years after (RETENTION_LEAFLET_PERMIT_YEARS, 10 unless told). */
  leafletPermitYears: number;
  /** A business's authorised filer revoked: years after the revocation (RETENTION_BUSINESS_FILER_YEARS, 10 unless told). */
  businessFilerYears: number;
  /** A staff account suspended (its holder left): years after the last suspension (RETENTION_STAFF_ACCOUNT_YEARS, 1 unless told). */
  staffAccountYears: number;
  /** The daily run, Asia/Bangkok (RETENTION_RUN_AT, 02:30 unless told); null: no scheduled run (`off`). */
  runAt: { hour: number; minute: number } | null;
  /** Case streams erased per call of the shredder (RETENTION_BATCH_SIZE, 200 unless told). */
  batchSize: number;
}

/** Fewer years than the สารบรรณ regulation's shortest keeping period (ข้อ 57: routine papers, 1 year) are refused. */
export const RETENTION_MIN_YEARS = 1;
export const RETENTION_MAX_YEARS = 50;

function runAt(env: NodeJS.ProcessEnv): RetentionConfig['runAt'] {
  const raw = env.RETENTION_RUN_AT?.trim();
  if (!raw) return { hour: 2, minute: 30 };
  if (raw.toLowerCase() === 'off') return null;
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(toArabicDigits(raw));
  const hour = Number(time?.[1]);
  const minute = Number(time?.[2]);
  if (!time || hour > 23 || minute > 59) {
    throw new ConfigError('RETENTION_RUN_AT', `"${raw}" is not a time of day HH:MM in Asia/Bangkok (e.g. 02:30 or ๐๒:๓๐), nor off`);
  }
  return { hour, minute };
}

export function loadRetentionConfig(env: NodeJS.ProcessEnv): RetentionConfig {
  return {
    debtCaseYears: integer(env, 'RETENTION_DEBT_CASE_YEARS', 10, RETENTION_MIN_YEARS, RETENTION_MAX_YEARS),
    complaintYears: integer(env, 'RETENTION_COMPLAINT_YEARS', 10, RETENTION_MIN_YEARS, RETENTION_MAX_YEARS),
    leafletPermitYears: integer(env, 'RETENTION_LEAFLET_PERMIT_YEARS', 10, RETENTION_MIN_YEARS, RETENTION_MAX_YEARS),
    businessFilerYears: integer(env, 'RETENTION_BUSINESS_FILER_YEARS', 10, RETENTION_MIN_YEARS, RETENTION_MAX_YEARS),
    staffAccountYears: integer(env, 'RETENTION_STAFF_ACCOUNT_YEARS', 1, RETENTION_MIN_YEARS, RETENTION_MAX_YEARS),
    runAt: runAt(env),
    batchSize: integer(env, 'RETENTION_BATCH_SIZE', 200, 1, 5000),
  };
}
