import type pg from 'pg';
import { outsideRequestScope } from '../../database/request-scope.js';
import { type BrokenLink, verifyHashChains } from '../../eventstore/integrity/hash-chain.verify.js';
import { type BrokenSeal, verifyReportSeals } from '../frozen-reports/report-seals.verify.js';

export interface LogVerification {
  /** Events whose hash was re-hashed. */
  checkedEvents: number;
  /** The first broken link of each stream with one. */
  brokenLinks: BrokenLink[];
  /** Frozen daily reports whose seal was recomputed. */
  checkedSeals: number;
  brokenSeals: BrokenSeal[];
}

/**
 * The whole check of the log: every stream's chain of hashes (from a global position, when given) and every frozen
 * report's seal. `db` is the owner's pool: the log and the reports whole, whoever asks.
 */
export function verifyLog(db: pg.Pool, options: { fromPosition?: bigint } = {}): Promise<LogVerification> {
  return outsideRequestScope(async () => {
    const chains = await verifyHashChains(db, { fromPosition: options.fromPosition });
    const seals = await verifyReportSeals(db);
    return { checkedEvents: chains.checked, brokenLinks: chains.broken, checkedSeals: seals.checked, brokenSeals: seals.broken };
  });
}

export const logIsIntact = (result: LogVerification): boolean => result.brokenLinks.length === 0 && result.brokenSeals.length === 0;
