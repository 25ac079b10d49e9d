import type pg from 'pg';
import type { EventStore } from '../../eventstore/event-store.port.js';
import type { HeldStreams } from '../legal-holds/held-streams.port.js';
import { endedBefore, retentionVerdict, type RetentionRule } from './retention-rules.js';
import { ENDED_RECORDS, type EndedRecord, refine } from './retention-sources.js';

/** Rows read at a time when only counting. */
const COUNT_PAGE = 5000;

export interface ExpiredPage {
  /** Expired, not erased by retention before, not under a legal hold: to erase. */
  records: EndedRecord[];
  /** Expired but under a legal hold now. */
  held: number;
  /** Where the next page starts; null after the last. */
  next: string | null;
}

/**
 * The records (retention-sources.ts) whose retention under `rule` has ended by `now`, a page at a time in key order:
 * the read model's candidates before the rule's bound, each decided by the rule itself (retentionVerdict), less
 * those whose stream a legal hold keeps (none when the legal holds module is absent).
 */
export class RetentionFinder {
  constructor(private readonly db: pg.Pool, private readonly store: EventStore, private readonly holds: HeldStreams | undefined) {}

  async expiredPage(rule: RetentionRule, now: Date, after: string, size: number): Promise<ExpiredPage> {
    const { rows, next } = await this.ended(rule, endedBefore(now, rule), after, size);
    const expired = rows.filter((row) => retentionVerdict(row.endedAt, rule, now).expired);
    const held = expired.length > 0 && this.holds ? await this.holds.heldAmong(expired.map((row) => row.streamId)) : new Set<string>();
    const records = expired.filter((row) => !held.has(row.streamId));
    return { records, held: expired.length - records.length, next };
  }

  /** How many records under `rule` have expired by `now` and await erasure, and how many of those a legal hold keeps. */
  async due(rule: RetentionRule, now: Date): Promise<{ due: number; held: number }> {
    const total = { due: 0, held: 0 };
    for (let after: string | null = ''; after !== null;) {
      const page = await this.expiredPage(rule, now, after, COUNT_PAGE);
      total.due += page.records.length;
      total.held += page.held;
      after = page.next;
    }
    return total;
  }

  /** How many records under `rule` expire after `now` and by `until` (not counting those erased already). */
  async expiringBetween(rule: RetentionRule, now: Date, until: Date): Promise<number> {
    let count = 0;
    for (let after: string | null = ''; after !== null;) {
      const { rows, next } = await this.ended(rule, endedBefore(until, rule), after, COUNT_PAGE);
      count += rows.filter((row) => {
        const at = retentionVerdict(row.endedAt, rule, now).expiresAt.getTime();
        return at > now.getTime() && at <= until.getTime();
      }).length;
      after = next;
    }
    return count;
  }

  private async ended(rule: RetentionRule, before: Date, after: string, size: number): Promise<{ rows: EndedRecord[]; next: string | null }> {
    const { rows } = await this.db.query<EndedRecord>(ENDED_RECORDS[rule.name], [before, after, size]);
    return { rows: await refine(rule.name, this.store, rows), next: rows.length < size ? null : rows[rows.length - 1].key };
  }
}
