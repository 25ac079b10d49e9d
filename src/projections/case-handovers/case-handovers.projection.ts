import type pg from 'pg';
import { complaintEventsIn } from '../../cases/complaint/complaint.events.js';
import { debtEventsIn } from '../../cases/debt/debt.events.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../runner/projection.js';

/** An office as the lines record it: its level and code, and the district and province it lies in. */
interface Office {
  level: string;
  code: string;
}

export interface HandoverRow {
  streamId: string;
  version: number;
  caseType: 'DEBT' | 'COMPLAINT';
  caseId: string;
  kind: 'TRANSFERRED' | 'DISTRICT_CORRECTED' | 'FORWARDED';
  at: string;
  from: Office;
  to: Office;
}

const district = (code: string): Office => ({ level: 'DISTRICT', code });

/** The handovers among a batch's events: debt transfers, district corrections, complaint forwards. */
export function handoversIn(events: readonly StoredEvent[]): HandoverRow[] {
  const rows: HandoverRow[] = [];
  for (const { stored, event } of debtEventsIn(events)) {
    const place = { streamId: stored.streamId, version: stored.version, caseType: 'DEBT' as const, caseId: event.data.caseId, at: event.data.at };
    if (event.type === 'DebtCaseTransferred') {
      rows.push({ ...place, kind: 'TRANSFERRED', from: district(event.data.fromDistrictCode), to: district(event.data.toDistrictCode) });
    }
    if (event.type === 'DebtRegistrationAmended' && event.data.before.districtCode !== event.data.after.districtCode) {
      rows.push({ ...place, kind: 'DISTRICT_CORRECTED', from: district(event.data.before.districtCode), to: district(event.data.after.districtCode) });
    }
  }
  for (const { stored, event } of complaintEventsIn(events)) {
    if (event.type !== 'ComplaintForwarded') continue;
    const { data } = event;
    rows.push({
      streamId: stored.streamId, version: stored.version, caseType: 'COMPLAINT', caseId: data.complaintId, kind: 'FORWARDED',
      at: data.at, from: data.from, to: data.to,
    });
  }
  return rows;
}

/** The district and province an office lies in (a district code starts with its province's). */
function placeOf(office: Office): { district: string | null; province: string | null } {
  if (office.level === 'CENTRAL') return { district: null, province: null };
  return { district: office.level === 'DISTRICT' ? office.code : null, province: office.code.slice(0, 2) };
}

/** The case handovers (table case_handovers): written once per event, so a replayed batch changes nothing. */
export class CaseHandoversProjection implements Projection {
  readonly name = 'case-handovers';
  readonly personalDataOf: readonly string[] = [];
  readonly tables = ['case_handovers'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const rows = handoversIn(events);
    if (rows.length === 0) return;
    const records = rows.map((r) => ({
      stream_id: r.streamId, version: r.version, case_type: r.caseType, case_id: r.caseId, kind: r.kind, handed_at: r.at,
      from_level: r.from.level, from_code: r.from.code, from_district: placeOf(r.from).district, from_province: placeOf(r.from).province,
      to_level: r.to.level, to_code: r.to.code,
    }));
    await tx.query(
      `INSERT INTO case_handovers (stream_id, version, case_type, case_id, kind, handed_at, from_level, from_code, from_district,
         from_province, to_level, to_code)
       SELECT * FROM json_to_recordset($1::json) AS r(stream_id text, version int, case_type text, case_id text, kind text,
         handed_at timestamptz, from_level text, from_code text, from_district text, from_province text, to_level text, to_code text)
       ON CONFLICT (stream_id, version) DO NOTHING`,
      [JSON.stringify(records)],
    );
  }
}
