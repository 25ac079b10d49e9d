import type pg from 'pg';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../../projections/runner/projection.js';
import { type ErasureRequestEvent, erasureRequestEventsIn } from './erasure-request.events.js';

/** The statement each event makes of its row: a decision inserts it, the erasure fills in its counts. */
function statementOf(event: ErasureRequestEvent, stored: StoredEvent): { text: string; values: unknown[] } {
  if (event.type === 'SubjectDataErased') {
    const d = event.data;
    return {
      text: 'UPDATE erasure_requests SET erased_at = $2, keys_destroyed = $3, stream_count = $4 WHERE request_id = $1 AND erased_at IS NULL',
      values: [d.requestId, d.at, d.keysDestroyed, d.streamCount],
    };
  }
  const d = event.data;
  const refused = event.type === 'ErasureRequestRefused' ? event.data : null;
  return {
    text: `INSERT INTO erasure_requests (request_id, recorded_at, recorded_by, recorded_by_office, subject_masked, requester, basis,
             letter_reference, received_on, case_count, decision, open_cases, held_cases)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (request_id) DO NOTHING`,
    values: [d.requestId, d.at, stored.metadata.actor, stored.metadata.actorOffice ?? null, d.subjectMasked, d.requester, d.basis, d.letterReference,
      d.receivedOn, d.caseCount, refused ? 'REFUSED' : 'ACCEPTED', JSON.stringify(refused?.openCases ?? []), JSON.stringify(refused?.heldCases ?? [])],
  };
}

/**
 * The erasure requests (table erasure_requests): a decision inserts the row, the erasure's outcome completes it; an
 * event delivered again changes nothing, and an outcome for a request the table does not hold stops the projection.
 */
export class ErasureRequestsProjection implements Projection {
  readonly name = 'erasure-requests';
  readonly tables = ['erasure_requests'];
  readonly dataOf = ['ErasureRequestAccepted', 'ErasureRequestRefused', 'SubjectDataErased'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    for (const { stored, event } of erasureRequestEventsIn(events)) {
      const { rowCount } = await tx.query(statementOf(event, stored));
      if (rowCount === 1 || event.type !== 'SubjectDataErased') continue;
      const { rows } = await tx.query('SELECT 1 FROM erasure_requests WHERE request_id = $1', [event.data.requestId]);
      if (rows.length === 0) throw new Error(`${stored.streamId}@${stored.version}: erases for request ${event.data.requestId}, which the table does not hold`);
    }
  }
}
