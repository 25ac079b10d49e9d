import type pg from 'pg';
import type { HeldStreams } from '../legal-holds/held-streams.port.js';
import { endedBefore, retentionVerdict, type RetentionRule, type RetentionRuleName } from './retention-rules.js';

/** A case stream and when its case ended (closed, or a complaint resolved), from its read model. */
export interface EndedCase {
  streamId: string;
  endedAt: Date;
}

/**
 * Where each rule finds its ended cases: the debt case list (a closed case; a reopened one is no longer CLOSED, and
 * a closed case takes no event but its reopening, so its last event is its closing) and the complaint list (a
 * resolved complaint since its last change, a closed one since its closing; a reopened one is IN_PROGRESS). Rows
 * before `$1` (the rule's bound) and after the stream `$2`, none already erased by retention, `$3` of them.
 */
const ENDED_CASES: Record<RetentionRuleName, string> = {
  DEBT_CASE_CLOSED: `SELECT c.stream_id AS "streamId", c.last_event_at AS "endedAt" FROM debt_cases c
    WHERE c.status = 'CLOSED' AND c.last_event_at < $1 AND c.stream_id > $2
      AND NOT EXISTS (SELECT FROM retention_erasures r WHERE r.stream_id = c.stream_id)
    ORDER BY c.stream_id LIMIT $3`,
  COMPLAINT_CLOSED: `SELECT * FROM (
      SELECT 'complaint-' || c.complaint_id AS "streamId",
        CASE c.status WHEN 'CLOSED' THEN c.closed_at ELSE c.updated_at END AS "endedAt"
      FROM complaint_list c WHERE c.status IN ('RESOLVED', 'CLOSED')) c
    WHERE c."endedAt" < $1 AND c."streamId" > $2
      AND NOT EXISTS (SELECT FROM retention_erasures r WHERE r.stream_id = c."streamId")
    ORDER BY c."streamId" LIMIT $3`,
};

/** Rows read at a time when only counting. */
const COUNT_PAGE = 5000;

export interface ExpiredPage {
  /** Expired, not erased by retention before, not under a legal hold: to erase. */
  streams: string[];
  /** Expired but under a legal hold now. */
  held: number;
  /** Where the next page starts; null after the last. */
  next: string | null;
}

/**
 * The case streams whose retention under `rule` has ended by `now`, a page at a time in stream order: the read
 * model's candidates before the rule's bound, each decided by the rule itself (retentionVerdict), less those a
 * legal hold keeps (none when the legal holds module is absent).
 */
export class RetentionFinder {
  constructor(private readonly db: pg.Pool, private readonly holds: HeldStreams | undefined) {}

  async expiredPage(rule: RetentionRule, now: Date, after: string, size: number): Promise<ExpiredPage> {
    const rows = await this.ended(rule, endedBefore(now, rule), after, size);
    const expired = rows.filter((row) => retentionVerdict(row.endedAt, rule, now).expired).map((row) => row.streamId);
    const held = expired.length > 0 && this.holds ? await this.holds.heldAmong(expired) : new Set<string>();
    return {
      streams: expired.filter((stream) => !held.has(stream)),
      held: held.size,
      next: rows.length < size ? null : rows[rows.length - 1].streamId,
    };
  }

  /** How many cases under `rule` have expired by `now` and await erasure, and how many of those a legal hold keeps. */
  async due(rule: RetentionRule, now: Date): Promise<{ due: number; held: number }> {
    const total = { due: 0, held: 0 };
    for (let after: string | null = ''; after !== null;) {
      const page = await this.expiredPage(rule, now, after, COUNT_PAGE);
      total.due += page.streams.length;
      total.held += page.held;
      after = page.next;
    }
    return total;
  }

  /** How many cases under `rule` expire after `now` and by `until` (not counting those erased already). */
  async expiringBetween(rule: RetentionRule, now: Date, until: Date): Promise<number> {
    let count = 0;
    for (let after: string | null = ''; after !== null;) {
      const rows = await this.ended(rule, endedBefore(until, rule), after, COUNT_PAGE);
      count += rows.filter((row) => {
        const at = retentionVerdict(row.endedAt, rule, now).expiresAt.getTime();
        return at > now.getTime() && at <= until.getTime();
      }).length;
      after = rows.length < COUNT_PAGE ? null : rows[rows.length - 1].streamId;
    }
    return count;
  }

  private async ended(rule: RetentionRule, before: Date, after: string, size: number): Promise<EndedCase[]> {
    return (await this.db.query<EndedCase>(ENDED_CASES[rule.name], [before, after, size])).rows;
  }
}
