import type pg from 'pg';
import { outsideRequestScope } from '../../database/request-scope.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { verifyHashChains } from '../../eventstore/integrity/hash-chain.verify.js';
import { type CodedDailyReport, dailyReportOfCode } from '../frozen-reports/report-code.lookup.js';
import { verifyFrozenReports } from '../frozen-reports/frozen-reports.verify.js';
import { verifyReportSeals } from '../frozen-reports/report-seals.verify.js';
import { UnknownVerificationCodeError } from './log-integrity.errors.js';

export interface ReportVerification {
  report: CodedDailyReport;
  /** The report has a seal of the log (every report frozen or migrated since migration 602). */
  sealed: boolean;
  /** The seal recomputed from the log's stored hashes equals the stored one. */
  sealMatches: boolean;
  /** Links broken among the events at or below the report's position (the chains re-hashed). */
  brokenLinks: number;
  /** The report regenerated from the log gives the stored bytes (and they still have the stored SHA-256). */
  contentMatches: boolean;
  /** All of it: the paper copy is the report the service froze, and the log it was made from is as sealed. */
  matches: boolean;
}

/**
 * What a printed verification code names, and whether it still holds: the stored report's seal against the log
 * (the chains re-hashed up to the report's position, the seal recomputed), and the report regenerated from the log
 * against its stored bytes. Reads the log up to the report's position; the owner's pool.
 */
export function verifyReportByCode(db: pg.Pool, store: EventStore, code: string): Promise<ReportVerification> {
  return outsideRequestScope(async () => {
    const report = await dailyReportOfCode(db, code);
    if (!report) throw new UnknownVerificationCodeError();
    const upto = { transactionId: report.transactionId, globalPosition: report.globalPosition };
    const chains = await verifyHashChains(db, { upto });
    const seal = await verifyReportSeals(db, report.day);
    const content = await verifyFrozenReports(db, store, { day: report.day });
    const sealed = report.seal !== null;
    const sealMatches = sealed && seal.broken.length === 0;
    const contentMatches = content.differing.length === 0;
    return { report, sealed, sealMatches, brokenLinks: chains.broken.length, contentMatches, matches: sealMatches && chains.broken.length === 0 && contentMatches };
  });
}
