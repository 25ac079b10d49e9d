import type pg from 'pg';
import { casesOfDebtors, isOpen } from '../../cases/debt/debt-open-cases.query.js';
import { evolveComplaint, initialComplaintState, type ComplaintState } from '../../cases/complaint/complaint-state.js';
import { COMPLAINT_STREAM_PREFIX, readComplaintEvent } from '../../cases/complaint/complaint.events.js';
import { isOpenMatter } from '../../cases/complaint/duplicates/complaint-duplicates.js';
import { COMPLAINT_LIST_CHECKPOINT } from '../../cases/complaint/duplicates/complaint-candidate-streams.js';
import { debtStreamId } from '../../cases/debt/registration/debt-case-id.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { codecOf } from '../../eventstore/event-codec.js';
import { keepsLogInEventsTable } from '../../eventstore/log-features.js';
import { businessesOfCitizen } from '../../local-authorities/business-filers/businesses-of-citizen.js';
import { permitsOfApplicant } from '../../local-authorities/leaflet-permits/permits-of-applicant.js';
import { PersonalDataCodec } from '../keys/personal-data-codec.js';
import { accountRetention } from '../../identity/accounts/account-retention.js';
import { type AccountEvent, accountStreamId } from '../../identity/accounts/account.events.js';
import { accountIdsOfCitizen } from '../../identity/accounts/staff-accounts.store.js';
import type { SubjectCase } from './erasure-request.commands.js';

/**
 * The complaints whose complainant is the citizen id: those the complaint list names, those whose keys name them as
 * principal subject by their blind index ($4; sealed receipts name nobody in plain), and, on the PostgreSQL log,
 * those received in plain past the list's checkpoint (stored before sealing; one statement, so one snapshot, as the
 * duplicate check reads them).
 */
const COMPLAINTS_OF = `
WITH checkpoint AS (SELECT transaction_id, global_position FROM projection_checkpoints WHERE name = $2)
SELECT complaint_id AS id FROM complaint_list WHERE complainant_citizen_id = $1
UNION
SELECT substr(stream_id, ${COMPLAINT_STREAM_PREFIX.length + 1}) FROM personal_data_keys
WHERE subject_index = $4 AND role = 'PRINCIPAL' AND starts_with(stream_id, '${COMPLAINT_STREAM_PREFIX}')
UNION
SELECT substr(stream_id, ${COMPLAINT_STREAM_PREFIX.length + 1}) FROM events
WHERE $3::boolean AND type = 'ComplaintReceived' AND data->'complainant'->>'citizenId' = $1
  AND (transaction_id, global_position)
    > (coalesce((SELECT transaction_id FROM checkpoint), '0'::xid8), coalesce((SELECT global_position FROM checkpoint), 0))`;

/** A complaint's status folded from its stream as the log has it now (null for none, or one unreadable). */
async function complaintStatusOf(store: EventStore, complaintId: string): Promise<ComplaintState['status']> {
  let state: ComplaintState = initialComplaintState();
  for (const stored of await store.readStream(`${COMPLAINT_STREAM_PREFIX}${complaintId}`)) {
    const event = readComplaintEvent(stored);
    if (event) state = evolveComplaint(state, event);
  }
  return state.status;
}

/**
 * Every case naming the data subject as its debtor (folded from the log: casesOfDebtors), as its complainant (the
 * complaint list and, on the PostgreSQL log, the receipts past its checkpoint; each folded from its stream) or as the
 * applicant of a leaflet permit (likewise: permitsOfApplicant), with whether it is open: a debt case not closed, a
 * complaint neither resolved nor closed, a permit requested and neither issued nor refused; and every business they own
 * as a natural person or may file for (businessesOfCitizen), always open: a registration has no end yet, and an
 * authorisation is theirs until it is revoked; and every staff account they held, open while it is active or suspended
 * less than its retention (STAFF_ACCOUNT_CLOSED's years) ago. Read as the owner: a refusal
 * must see every case, wherever it lies. `held` is left false for the caller to fill in.
 */
export async function subjectCasesOf(
  db: pg.ClientBase | pg.Pool, store: EventStore, citizenId: string, now: Date, staffAccountYears: number,
): Promise<SubjectCase[]> {
  const debts = (await casesOfDebtors(db, store, [citizenId])).map((c): SubjectCase => ({
    caseType: 'DEBT', caseId: c.caseId, streamId: debtStreamId(c.caseId), open: isOpen(c), held: false,
  }));
  const codec = codecOf(store);
  const index = codec instanceof PersonalDataCodec ? codec.subjectIndex(citizenId) : null;
  const { rows } = await db.query<{ id: string }>(COMPLAINTS_OF, [citizenId, COMPLAINT_LIST_CHECKPOINT, keepsLogInEventsTable(store), index]);
  const complaints: SubjectCase[] = [];
  for (const { id } of rows.sort((a, b) => a.id.localeCompare(b.id))) {
    const status = await complaintStatusOf(store, id);
    if (status !== null) complaints.push({ caseType: 'COMPLAINT', caseId: id, streamId: `${COMPLAINT_STREAM_PREFIX}${id}`, open: isOpenMatter(status), held: false });
  }
  const permits = (await permitsOfApplicant(db, store, citizenId, index, keepsLogInEventsTable(store))).map((p): SubjectCase => ({
    caseType: 'LEAFLET_PERMIT', caseId: p.permitId, streamId: p.streamId, open: p.open, held: false,
  }));
  // A business they own or file for: its PAO needs them while it is registered or they are authorised.
  const businesses = (await businessesOfCitizen(db, store, citizenId, index)).map((b): SubjectCase => ({
    caseType: 'BUSINESS', caseId: String(b.businessNo), streamId: b.streamId, open: true, held: false,
  }));
  const accounts = index ? await staffAccountsOf(db, store, index, now, staffAccountYears) : [];
  return [...debts.sort((a, b) => a.caseId.localeCompare(b.caseId)), ...complaints, ...permits, ...businesses, ...accounts];
}

/**
 * The staff accounts the subject held (found by the blind index of their citizen id, as sign-in finds them), each
 * open while it is active or its retention after suspension is not over (account-retention.ts).
 */
async function staffAccountsOf(db: pg.ClientBase | pg.Pool, store: EventStore, index: Buffer, now: Date, years: number): Promise<SubjectCase[]> {
  const found: SubjectCase[] = [];
  for (const accountId of await accountIdsOfCitizen(db, index)) {
    const streamId = accountStreamId(accountId);
    const events = (await store.readStream(streamId)).map((e) => ({ type: e.type, data: e.data }) as AccountEvent);
    if (events.length === 0) continue;
    found.push({ caseType: 'STAFF_ACCOUNT', caseId: accountId, streamId, open: accountRetention(events, now, years).kept, held: false });
  }
  return found;
}
