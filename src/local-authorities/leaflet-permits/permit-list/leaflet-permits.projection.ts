import type pg from 'pg';
import type { StoredEvent } from '../../../eventstore/event-store.port.js';
import type { Projection } from '../../../projections/runner/projection.js';
import { bookNumberText } from '../../receipts/local-numbers.js';
import { LEAFLET_STREAM_PREFIX, leafletEventsIn, type LeafletPermitEvent } from '../leaflet-permit.events.js';
import { LEAFLET_PERMIT_PERSONAL_FIELDS } from '../leaflet-permit-personal-fields.js';

/** The statement each event makes of its row: a request inserts it, the others set what they change. */
function statementOf(event: LeafletPermitEvent, stored: StoredEvent): { text: string; values: unknown[] } {
  const at = event.data.at;
  const set = (columns: string, values: unknown[]) => ({
    text: `UPDATE leaflet_permits SET ${columns}, last_event_at = $2, version = $3 WHERE permit_id = $1 AND version = $3 - 1`,
    values: [event.data.permitId, at, stored.version, ...values],
  });
  switch (event.type) {
    case 'LeafletPermitRequested': {
      const d = event.data;
      return {
        text: `INSERT INTO leaflet_permits (permit_id, authority_code, authority_name_th, province_code, district_code, status, applicant_name,
                 advertisement, from_day, to_day, leaflets, fee_satang, requested_at, requested_on, due_on, last_event_at, version, channel,
                 applicant_person_id)
               VALUES ($1, $2, $3, $4, $5, 'REQUESTED', $6, $7, $8, $9, $10, $11, $12, $13, $14, $12, $15, $16, $17) ON CONFLICT (permit_id) DO NOTHING`,
        values: [d.permitId, d.authority.code, d.authority.nameTh, d.authority.provinceCode, d.authority.districtCode, d.applicant.name,
          d.advertisement, d.from, d.to, d.leaflets, d.feeSatang, d.at, d.requestedOn, d.dueOn, stored.version, d.channel,
          d.applicant.kind === 'PERSON' && /^\d{13}$/.test(d.applicant.idNumber) ? d.applicant.idNumber : null],
      };
    }
    case 'LeafletPermitChecked': return set(`status = 'CHECKED'`, []);
    case 'LeafletPermitApproved': return set(`status = 'APPROVED', decided_on = $4`, [event.data.decidedOn]);
    case 'LeafletPermitRefused': return set(`status = 'REFUSED', decided_on = $4`, [event.data.decidedOn]);
    case 'LeafletFeePaid': return set(`status = 'PAID', paid_on = $4, receipt_number = $5`, [event.data.paidOn, bookNumberText(event.data.receipt)]);
    case 'LeafletPermitIssued':
      return set(`status = 'ISSUED', issued_on = $4, permit_number = $5`, [event.data.issuedOn, bookNumberText(event.data.permitNumber)]);
  }
}

/**
 * The leaflet permit list (table leaflet_permits). Each event moves its row on by one version; an event the row has
 * seen already changes nothing, and a gap in a permit's versions stops the projection rather than list a wrong row.
 * After an erasure its rows of the permits are folded anew (forgetStreams): the applicant's name and the
 * advertisement show the marker, and the applicant's citizen id is gone (null), so their list online no longer finds
 * the permit; every status, day, fee and number is as before, and so is every report read from them.
 */
export class LeafletPermitsProjection implements Projection {
  readonly name = 'leaflet-permits';
  readonly tables = ['leaflet_permits'];
  readonly personalDataOf: readonly string[] = Object.keys(LEAFLET_PERMIT_PERSONAL_FIELDS);

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    for (const { stored, event } of leafletEventsIn(events)) {
      const { rowCount } = await tx.query(statementOf(event, stored));
      if (rowCount === 1) continue;
      const { rows } = await tx.query<{ version: number }>('SELECT version FROM leaflet_permits WHERE permit_id = $1', [event.data.permitId]);
      const held = rows[0]?.version ?? 0;
      if (held < stored.version) throw new Error(`${stored.streamId}@${stored.version}: the permit list holds version ${held} of this permit`);
    }
  }

  /** After an erasure (refoldStreams): the permits' rows go, to be folded anew from their events as they read now. */
  async forgetStreams(streamIds: readonly string[], tx: pg.ClientBase): Promise<void> {
    const ids = streamIds.filter((id) => id.startsWith(LEAFLET_STREAM_PREFIX)).map((id) => id.slice(LEAFLET_STREAM_PREFIX.length));
    if (ids.length > 0) await tx.query('DELETE FROM leaflet_permits WHERE permit_id = ANY($1::text[])', [ids]);
  }
}
