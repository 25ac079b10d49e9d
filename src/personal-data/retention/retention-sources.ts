import type { EventStore } from '../../eventstore/event-store.port.js';
import { suspendedSince } from '../../identity/accounts/account-retention.js';
import type { AccountEvent } from '../../identity/accounts/account.events.js';
import type { RetentionRuleName } from './retention-rules.js';

/**
 * A record whose retention may have ended: its key (the stream id, or for a filer `business-<no>/<filer no>`: what
 * retention_erasures records and the pages are keyed by), the stream its personal data lies in, the citizen whose own
 * keys alone are to go (a filer, in the business's stream that names others too; null: every key of the stream), and
 * when it ended.
 */
export interface EndedRecord {
  key: string;
  streamId: string;
  citizenId: string | null;
  endedAt: Date;
}

const NOT_ERASED = `NOT EXISTS (SELECT FROM retention_erasures r WHERE r.stream_id = e.key)`;
/** Rows of `ended` (key, streamId, citizenId, endedAt) before `$1` (the rule's bound), keyed after `$2`, `$3` of them. */
const page = (ended: string) => `SELECT e.key, e."streamId", e."citizenId", e."endedAt" FROM (${ended}) e
  WHERE e."endedAt" < $1 AND e.key > $2 AND ${NOT_ERASED} ORDER BY e.key LIMIT $3`;

/**
 * Where each rule finds its ended records, from the read models:
 * - a closed debt case (a reopened one is no longer CLOSED; a closed case takes no event but its reopening, so its last
 *   event is its closing);
 * - a resolved complaint since its last change, a closed one since its closing (a reopened one is IN_PROGRESS);
 * - a leaflet permit refused, since its last change (the refusal), or issued, since the last day of its period (its
 *   issue when later): one requested, checked, approved or paid is under way and never found;
 * - a business's filer, a citizen all of whose authorisations for the business are revoked, since the last revocation
 *   (one still authorised keeps their key in the stream, so nothing of theirs goes; an erased filer has no citizen id);
 * - a suspended staff account not erased, found by its creation (no suspension precedes it) and ended at its last
 *   suspension, folded from its stream (`refine`).
 */
export const ENDED_RECORDS: Record<RetentionRuleName, string> = {
  DEBT_CASE_CLOSED: page(`SELECT c.stream_id AS key, c.stream_id AS "streamId", NULL::text AS "citizenId", c.last_event_at AS "endedAt"
    FROM debt_cases c WHERE c.status = 'CLOSED'`),
  COMPLAINT_CLOSED: page(`SELECT 'complaint-' || c.complaint_id AS key, 'complaint-' || c.complaint_id AS "streamId", NULL::text AS "citizenId",
      CASE c.status WHEN 'CLOSED' THEN c.closed_at ELSE c.updated_at END AS "endedAt"
    FROM complaint_list c WHERE c.status IN ('RESOLVED', 'CLOSED')`),
  LEAFLET_PERMIT_ENDED: page(`SELECT 'leaflet-' || p.permit_id AS key, 'leaflet-' || p.permit_id AS "streamId", NULL::text AS "citizenId",
      CASE p.status WHEN 'REFUSED' THEN p.last_event_at
        ELSE greatest(p.last_event_at, (p.to_day + time '12:00') AT TIME ZONE 'Asia/Bangkok') END AS "endedAt"
    FROM leaflet_permits p WHERE p.status IN ('REFUSED', 'ISSUED')`),
  BUSINESS_FILER_REVOKED: page(`SELECT 'business-' || f.business_no || '/' || max(f.filer_no) AS key, 'business-' || f.business_no AS "streamId",
      f.citizen_id AS "citizenId", max(f.revoked_at) AS "endedAt"
    FROM business_authorised_filers f WHERE f.citizen_id IS NOT NULL
    GROUP BY f.business_no, f.citizen_id HAVING bool_and(f.revoked_at IS NOT NULL)`),
  STAFF_ACCOUNT_CLOSED: page(`SELECT 'account-' || a.account_id AS key, 'account-' || a.account_id AS "streamId", NULL::text AS "citizenId",
      a.created_at AS "endedAt"
    FROM staff_accounts a WHERE a.status = 'SUSPENDED' AND a.erased_at IS NULL`),
};

/** A staff account's rows end at its last suspension, as its stream has it now; one not suspended there is left out. */
export async function refine(rule: RetentionRuleName, store: EventStore, rows: EndedRecord[]): Promise<EndedRecord[]> {
  if (rule !== 'STAFF_ACCOUNT_CLOSED') return rows;
  const refined: EndedRecord[] = [];
  for (const row of rows) {
    const events = (await store.readStream(row.streamId)).map((e) => ({ type: e.type, data: e.data }) as AccountEvent);
    const since = suspendedSince(events);
    if (since) refined.push({ ...row, endedAt: since });
  }
  return refined;
}
