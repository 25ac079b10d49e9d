import type pg from 'pg';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../../projections/runner/projection.js';
import { BUSINESS_STREAM_PREFIX, type BusinessFilerEvent, businessFilerEventsIn } from './business-filer.events.js';

/** The citizen id as the list keeps it: none (null) once erased, when the event reads the marker in its place. */
const citizenIdOrErased = (citizenId: string): string | null => (/^\d{13}$/.test(citizenId) ? citizenId : null);

/** The statement each event makes of its row: an authorisation inserts it, a revocation closes it. */
function statementOf(event: BusinessFilerEvent, stored: StoredEvent): { text: string; values: unknown[] } {
  const { actor, actorOffice = null } = stored.metadata;
  if (event.type === 'BusinessFilerAuthorised') {
    const d = event.data;
    return {
      text: `INSERT INTO business_authorised_filers (business_no, filer_no, authority_code, district_code, province_code, citizen_id, name, role,
               evidence_reference, evidence_date, authorised_at, authorised_by, authorised_by_office)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (business_no, filer_no) DO NOTHING`,
      values: [d.business.businessNo, d.filerNo, d.business.authorityCode, d.business.districtCode, d.business.provinceCode, citizenIdOrErased(d.citizenId), d.name,
        d.role, d.evidence.reference, d.evidence.date, d.at, actor, actorOffice],
    };
  }
  const d = event.data;
  return {
    text: `UPDATE business_authorised_filers SET revoked_at = $3, revoked_by = $4, revoked_by_office = $5, revoke_reason = $6
           WHERE business_no = $1 AND filer_no = $2 AND revoked_at IS NULL`,
    values: [d.businessNo, d.filerNo, d.at, actor, actorOffice, d.reason],
  };
}

/**
 * Who may file online for a juristic person's business (table business_authorised_filers): an authorisation inserts
 * its row, a revocation closes it; an event delivered again changes nothing, and a revocation of a row the list does
 * not hold stops the projection rather than skip it. After an erasure its rows of the businesses are folded anew
 * (forgetStreams), the filer's name showing the marker and their citizen id gone.
 */
export class AuthorisedFilersProjection implements Projection {
  readonly name = 'business-authorised-filers';
  readonly tables = ['business_authorised_filers'];
  readonly dataOf = ['BusinessFilerAuthorised', 'BusinessFilerRevoked'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    for (const { stored, event } of businessFilerEventsIn(events)) {
      const { rowCount } = await tx.query(statementOf(event, stored));
      if (rowCount === 1 || event.type === 'BusinessFilerAuthorised') continue;
      const { rows } = await tx.query('SELECT 1 FROM business_authorised_filers WHERE business_no = $1 AND filer_no = $2',
        [event.data.businessNo, event.data.filerNo]);
      if (rows.length === 0) throw new Error(`${stored.streamId}@${stored.version}: revokes authorisation ${event.data.filerNo}, which the list does not hold`);
    }
  }

  /** After an erasure (refoldStreams): the businesses' rows go, to be folded anew from their events as they read now. */
  async forgetStreams(streamIds: readonly string[], tx: pg.ClientBase): Promise<void> {
    const numbers = streamIds.filter((id) => id.startsWith(BUSINESS_STREAM_PREFIX)).map((id) => Number(id.slice(BUSINESS_STREAM_PREFIX.length)));
    if (numbers.length > 0) await tx.query('DELETE FROM business_authorised_filers WHERE business_no = ANY($1::int[])', [numbers]);
  }
}
