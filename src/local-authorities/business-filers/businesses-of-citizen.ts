import type pg from 'pg';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { activeFilerOf } from './business-filer.decider.js';
import { BUSINESS_STREAM_PREFIX, businessStreamId } from './business-filer.events.js';
import { filersOnRecord } from './filers-on-record.js';

/**
 * The businesses a citizen may file for now: those they own as a natural person (local_businesses, by the blind index
 * of their citizen id $2, or by their citizen id on a row registered before sealing: a registration has no end, so an
 * owner's stays), and those of a juristic person that authorised them, found by the
 * list of authorised filers and by their keys in the businesses' streams (their blind index $2, role PARTY), each
 * checked on the stream as the log has it now (an authorisation revoked is no longer theirs).
 */
const CANDIDATES = `
SELECT business_no, true AS owner FROM local_businesses WHERE owner_kind = 'CITIZEN' AND (owner_id = $1 OR owner_index = $2)
UNION
SELECT business_no, false FROM business_authorised_filers WHERE citizen_id = $1
UNION
SELECT substr(stream_id, ${BUSINESS_STREAM_PREFIX.length + 1})::int, false FROM personal_data_keys
WHERE subject_index = $2 AND role = 'PARTY' AND starts_with(stream_id, '${BUSINESS_STREAM_PREFIX}')`;

export interface CitizenBusiness {
  businessNo: number;
  streamId: string;
}

/** By business number, each once; read as the owner. */
export async function businessesOfCitizen(
  db: pg.ClientBase | pg.Pool, store: EventStore, citizenId: string, subjectIndex: Buffer | null,
): Promise<CitizenBusiness[]> {
  const { rows } = await db.query<{ business_no: number; owner: boolean }>(CANDIDATES, [citizenId, subjectIndex]);
  const owned = new Set(rows.filter((r) => r.owner).map((r) => r.business_no));
  const numbers = [...new Set(rows.map((r) => r.business_no))].sort((a, b) => a - b);
  const found: CitizenBusiness[] = [];
  for (const businessNo of numbers) {
    if (owned.has(businessNo) || activeFilerOf(await filersOnRecord(store, businessNo), citizenId)) {
      found.push({ businessNo, streamId: businessStreamId(businessNo) });
    }
  }
  return found;
}
