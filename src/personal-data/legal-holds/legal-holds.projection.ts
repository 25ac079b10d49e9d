import type pg from 'pg';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../../projections/runner/projection.js';
import { caseStreamOf, type LegalHoldEvent, legalHoldEventsIn } from './legal-hold.events.js';

/** The statement each event makes of its row: a placement inserts it, a lift closes it. */
function statementOf(event: LegalHoldEvent, stored: StoredEvent): { text: string; values: unknown[] } {
  const { actor, actorOffice = null } = stored.metadata;
  const d = event.data;
  const caseStream = caseStreamOf(d.caseType, d.caseId);
  if (event.type === 'LegalHoldPlaced') {
    return {
      text: `INSERT INTO legal_holds (case_stream_id, hold_no, case_type, case_id, reason, order_reference, placed_at, placed_by, placed_by_office)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (case_stream_id, hold_no) DO NOTHING`,
      values: [caseStream, d.holdNo, d.caseType, d.caseId, d.reason, event.data.orderReference, d.at, actor, actorOffice],
    };
  }
  return {
    text: `UPDATE legal_holds SET lifted_at = $3, lifted_by = $4, lifted_by_office = $5, lift_reason = $6
           WHERE case_stream_id = $1 AND hold_no = $2 AND lifted_at IS NULL`,
    values: [caseStream, d.holdNo, d.at, actor, actorOffice, d.reason],
  };
}

/**
 * The legal holds (table legal_holds): a placement inserts its row, a lift closes it; an event delivered again
 * changes nothing, and a lift of a hold the table does not hold stops the projection rather than skip it.
 */
export class LegalHoldsProjection implements Projection {
  readonly name = 'legal-holds';
  readonly tables = ['legal_holds'];
  readonly dataOf = ['LegalHoldPlaced', 'LegalHoldLifted'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    for (const { stored, event } of legalHoldEventsIn(events)) {
      const { rowCount } = await tx.query(statementOf(event, stored));
      if (rowCount === 1 || event.type === 'LegalHoldPlaced') continue;
      const { rows } = await tx.query('SELECT 1 FROM legal_holds WHERE case_stream_id = $1 AND hold_no = $2',
        [caseStreamOf(event.data.caseType, event.data.caseId), event.data.holdNo]);
      if (rows.length === 0) throw new Error(`${stored.streamId}@${stored.version}: lifts hold ${event.data.holdNo}, which the table does not hold`);
    }
  }
}
