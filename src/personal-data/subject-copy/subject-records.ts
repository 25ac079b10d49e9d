import type pg from 'pg';
import { recordOfStream, type RecordType } from '../../identity/read-log/personal-data-reads.js';
import type { CopyParts, SubjectRole, SubjectStream } from './subject-copy.js';

/**
 * The streams of the log that name a citizen id, and how: the debtor of a debt case (the events_debtor_named
 * index, or, once sealed, the keys of personal data by the id's blind index `subjectIndex`) or one of its creditors
 * (a person creditor carries a citizen id), the complainant of a complaint (in plain, or once sealed, by the keys as
 * the debtor), the applicant of a leaflet permit (likewise), a citizen a juristic person authorised to file for its
 * business (likewise, their keys' role PARTY), the natural person owning the business of a monthly return (likewise,
 * PRINCIPAL) and a citizen who signed a version of it online (PARTY; the owner signing their own return is its
 * PRINCIPAL, one key), and a staff member's account (by the blind index, as sign-in finds it). Past registrations and corrections count too: a
 * person corrected out of a case was still named by it. Read in the request's scope (row-level security).
 */
const STREAMS_SQL = `
  SELECT stream_id AS "streamId", array_agg(DISTINCT role ORDER BY role) AS roles FROM (
    SELECT stream_id, 'DEBTOR' AS role FROM events
      WHERE type IN ('DebtorRegistered', 'DebtRegistrationAmended') AND data->'debtor'->>'citizenId' = $1
    UNION ALL SELECT stream_id, 'CREDITOR' FROM events
      WHERE type IN ('DebtorRegistered', 'DebtRegistrationAmended') AND data->'creditors' @> jsonb_build_array(jsonb_build_object('citizenId', $1::text))
    UNION ALL SELECT stream_id, 'COMPLAINANT' FROM events WHERE type = 'ComplaintReceived' AND data->'complainant'->>'citizenId' = $1
    UNION ALL SELECT stream_id, 'PERMIT_APPLICANT' FROM events WHERE type = 'LeafletPermitRequested' AND data->'applicant'->>'idNumber' = $1
    UNION ALL SELECT k.stream_id, CASE k.role WHEN 'PRINCIPAL' THEN 'DEBTOR' ELSE 'CREDITOR' END
      FROM personal_data_streams_of($2) k WHERE k.stream_id LIKE 'debt-%'
    UNION ALL SELECT k.stream_id, 'COMPLAINANT'
      FROM personal_data_streams_of($2) k WHERE k.stream_id LIKE 'complaint-%' AND k.role = 'PRINCIPAL'
    UNION ALL SELECT k.stream_id, 'PERMIT_APPLICANT'
      FROM personal_data_streams_of($2) k WHERE k.stream_id LIKE 'leaflet-%' AND k.role = 'PRINCIPAL'
    UNION ALL SELECT stream_id, 'AUTHORISED_FILER' FROM events WHERE type = 'BusinessFilerAuthorised' AND data->>'citizenId' = $1
    UNION ALL SELECT k.stream_id, 'AUTHORISED_FILER'
      FROM personal_data_streams_of($2) k WHERE k.stream_id LIKE 'business-%' AND k.role = 'PARTY'
    UNION ALL SELECT stream_id, 'RETURN_OWNER' FROM events WHERE type = 'MonthlyReturnFiled' AND data->'parties'->>'ownerCitizenId' = $1
    UNION ALL SELECT stream_id, 'RETURN_FILER' FROM events
      WHERE type IN ('MonthlyReturnFiled', 'MonthlyReturnAmended') AND data->'filer'->>'citizenId' = $1
    UNION ALL SELECT k.stream_id, CASE k.role WHEN 'PRINCIPAL' THEN 'RETURN_OWNER' ELSE 'RETURN_FILER' END
      FROM personal_data_streams_of($2) k WHERE k.stream_id LIKE 'monthly-return-%'
    UNION ALL SELECT 'account-' || account_id, 'STAFF_MEMBER' FROM staff_accounts WHERE citizen_index = $2
  ) named GROUP BY stream_id ORDER BY stream_id`;

export async function streamsNaming(pool: pg.Pool, citizenId: string, subjectIndex: Buffer): Promise<SubjectStream[]> {
  const { rows } = await pool.query<{ streamId: string; roles: SubjectRole[] }>(STREAMS_SQL, [citizenId, subjectIndex]);
  return rows.map(({ streamId, roles }) => {
    const { type, id } = recordOfStream(streamId);
    return { streamId, recordType: type, recordId: id, roles };
  });
}

/**
 * The businesses registered with a PAO that the citizen id owns as a natural person: by the blind index of their
 * citizen id (`subjectIndex`, migration 1088), or by the citizen id of a row registered before sealing (the index of 1000).
 */
export async function businessesOwnedBy(pool: pg.Pool, citizenId: string, subjectIndex: Buffer): Promise<CopyParts['businesses']> {
  const { rows } = await pool.query(
    `SELECT business_no AS "businessNo", authority_code AS "authorityCode", name_th AS "nameTh", kinds, address_line AS "addressLine",
       registered_at AS "registeredAt"
     FROM local_businesses WHERE owner_kind = 'CITIZEN' AND (owner_id = $1 OR owner_index = $2) ORDER BY business_no`, [citizenId, subjectIndex]);
  return rows;
}

/** The read log's entries about the records, oldest first. */
export async function readsOf(pool: pg.Pool, records: { recordType: RecordType; recordId: string }[]): Promise<CopyParts['reads']> {
  if (records.length === 0) return [];
  const { rows } = await pool.query(
    `SELECT read_id::text AS "readId", read_at AS "readAt", account_id AS "accountId", office, record_type AS "recordType",
       record_id AS "recordId", fields
     FROM personal_data_reads WHERE (record_type, record_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
     ORDER BY read_id`,
    [records.map((r) => r.recordType), records.map((r) => r.recordId)]);
  return rows;
}
