import type pg from 'pg';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { foldRecorded } from '../../shared/decider.js';
import { leafletPermitDecider } from './leaflet-permit.decider.js';
import { LEAFLET_STREAM_PREFIX, type LeafletPermitStatus, leafletStreamId } from './leaflet-permit.events.js';

/** The checkpoint of the permit list (LeafletPermitsProjection). */
const LEAFLET_LIST_CHECKPOINT = 'leaflet-permits';

/**
 * The permits whose applicant is the person with the citizen id: those the permit list names, those whose keys name
 * them as principal subject by their blind index ($4, null without sealing; a sealed request names nobody in plain),
 * and, on the PostgreSQL log ($3), those requested in plain past the list's checkpoint. One statement, one snapshot.
 */
const PERMITS_OF = `
WITH checkpoint AS (SELECT transaction_id, global_position FROM projection_checkpoints WHERE name = $2)
SELECT permit_id AS id FROM leaflet_permits WHERE applicant_person_id = $1
UNION
SELECT substr(stream_id, ${LEAFLET_STREAM_PREFIX.length + 1}) FROM personal_data_keys
WHERE subject_index = $4 AND role = 'PRINCIPAL' AND starts_with(stream_id, '${LEAFLET_STREAM_PREFIX}')
UNION
SELECT substr(stream_id, ${LEAFLET_STREAM_PREFIX.length + 1}) FROM events
WHERE $3::boolean AND type = 'LeafletPermitRequested' AND data->'applicant'->>'kind' = 'PERSON' AND data->'applicant'->>'idNumber' = $1
  AND (transaction_id, global_position)
    > (coalesce((SELECT transaction_id FROM checkpoint), '0'::xid8), coalesce((SELECT global_position FROM checkpoint), 0))`;

/** Until its permit is issued or refused, the request is under way: the authority still needs its applicant. */
const UNDER_WAY: readonly LeafletPermitStatus[] = ['REQUESTED', 'CHECKED', 'APPROVED', 'PAID'];

export interface ApplicantPermit {
  permitId: string;
  streamId: string;
  /** Requested and not yet issued nor refused. */
  open: boolean;
}

/**
 * The leaflet permits a person applied for (a person applicant, by their citizen id in 13 Arabic digits), each folded
 * from its stream as the log has it now, by id; a stream that holds no request is left out. Read as the owner.
 */
export async function permitsOfApplicant(
  db: pg.ClientBase | pg.Pool, store: EventStore, citizenId: string, subjectIndex: Buffer | null, logInEventsTable: boolean,
): Promise<ApplicantPermit[]> {
  const { rows } = await db.query<{ id: string }>(PERMITS_OF, [citizenId, LEAFLET_LIST_CHECKPOINT, logInEventsTable, subjectIndex]);
  const permits: ApplicantPermit[] = [];
  for (const { id } of rows.sort((a, b) => a.id.localeCompare(b.id))) {
    const { state } = foldRecorded(leafletPermitDecider, await store.readStream(leafletStreamId(id)));
    if (state.status !== null) permits.push({ permitId: id, streamId: leafletStreamId(id), open: UNDER_WAY.includes(state.status) });
  }
  return permits;
}
