import type pg from 'pg';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { DUPLICATE_WINDOW_DAYS, type DuplicateCandidate } from './complaint-duplicates.js';
import type { OfficeLevel } from './complaint-office.js';
import type { ComplaintStatus } from './complaint.events.js';

/** Most candidates read per key; the newest come first. */
const PER_KEY = 200;

const CANDIDATES = `
  (SELECT complaint_id, complainant_citizen_id, accused_key, subject, received_at, status, owning_level, owning_code
   FROM complaint_list
   WHERE complainant_citizen_id = $1 AND received_at >= $3 AND status <> 'CLOSED'
   ORDER BY received_at DESC LIMIT ${PER_KEY})
  UNION
  (SELECT complaint_id, complainant_citizen_id, accused_key, subject, received_at, status, owning_level, owning_code
   FROM complaint_list
   WHERE accused_key = $2 AND received_at >= $3 AND status <> 'CLOSED'
   ORDER BY received_at DESC LIMIT ${PER_KEY})`;

/**
 * The duplicate check's candidates for a new complaint, from the complaint list read model of the whole
 * country: open complaints received at most DUPLICATE_WINDOW_DAYS before it (or after it) with the same
 * complainant citizen id or the same accused key. Each arm walks its own index (citizen id or accused key,
 * then received time). The decider scores the subjects and picks the possible duplicates; the office holding
 * each decides what the receiving office may learn of it.
 */
export async function loadDuplicateCandidates(
  pool: pg.Pool,
  complaint: { citizenId: string | null; accusedKey: string | null; receivedAt: string },
): Promise<DuplicateCandidate[]> {
  const citizenId = complaint.citizenId ? toArabicDigits(complaint.citizenId).replace(/\D/g, '') : '';
  if (citizenId === '' && complaint.accusedKey === null) return [];
  const windowStart = new Date(Date.parse(complaint.receivedAt) - DUPLICATE_WINDOW_DAYS * 86_400_000);
  const { rows } = await pool.query<{
    complaint_id: string; complainant_citizen_id: string | null; accused_key: string | null; subject: string;
    received_at: Date; status: ComplaintStatus; owning_level: OfficeLevel; owning_code: string;
  }>(CANDIDATES, [citizenId || null, complaint.accusedKey, windowStart]);
  return rows.map((row) => ({
    complaintId: row.complaint_id,
    complainantCitizenId: row.complainant_citizen_id,
    accusedKey: row.accused_key,
    subject: row.subject,
    receivedAt: row.received_at.toISOString(),
    status: row.status,
    heldBy: { level: row.owning_level, code: row.owning_code },
  }));
}
