import type pg from 'pg';
import { outsideRequestScope } from '../../database/request-scope.js';
import { type BrokenLink, verifyHashChains } from '../../eventstore/integrity/hash-chain.verify.js';
import { type BrokenReseal, verifyReseals } from '../../eventstore/integrity/reseal.verify.js';
import { type BrokenSeal, verifyReportSeals } from '../frozen-reports/report-seals.verify.js';

export interface LogVerification {
  /** Events whose hash was re-hashed. */
  checkedEvents: number;
  /** The first broken link of each stream with one. */
  brokenLinks: BrokenLink[];
  /** Frozen daily reports whose seal was recomputed. */
  checkedSeals: number;
  brokenSeals: BrokenSeal[];
  /** Runs of the in-place sealing of personal fields whose receipts no longer add up (reseal.verify.ts). */
  brokenReseals: BrokenReseal[];
}

/**
 * The whole check of the log: every stream's chain of hashes (from a global position, when given), every frozen
 * report's seal, and the receipts of every run that sealed stored events in place. `db` is the owner's pool: the log and the reports whole, whoever asks.
 */
export function verifyLog(db: pg.Pool, options: { fromPosition?: bigint } = {}): Promise<LogVerification> {
  return outsideRequestScope(async () => {
    const chains = await verifyHashChains(db, { fromPosition: options.fromPosition });
    const seals = await verifyReportSeals(db);
    const reseals = await verifyReseals(db);
    return {
      checkedEvents: chains.checked, brokenLinks: chains.broken, checkedSeals: seals.checked, brokenSeals: seals.broken,
      brokenReseals: reseals.broken,
    };
  });
}

export const logIsIntact = (result: LogVerification): boolean =>
  result.brokenLinks.length === 0 && result.brokenSeals.length === 0 && result.brokenReseals.length === 0;
