import type pg from 'pg';
import { DEBT_STREAM_PREFIX, readDebtEvent } from '../../cases/debt/debt.events.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../../projections/runner/projection.js';
import { type CaseLedgerState, foldReportEvent, type LedgerRow } from './report-fold.js';
import { columnOf, COUNT_MEASURES, MEASURES, measuresFromJson, measuresToJson, MONEY_MEASURES } from './report-measures.js';

export const REPORT_LEDGER_PROJECTION = 'mediation-report-ledger';

/** A ledger row with the position and recording time of the event that added it. */
export interface PositionedRow extends LedgerRow {
  transactionId: bigint;
  globalPosition: bigint;
  part: number;
  at: number;
}

/** Folds one event of the log into the case states; debt events add ledger rows (readDebtEvent throws on unknown ones). */
export function foldStoredEvent(states: Map<string, CaseLedgerState | undefined>, event: StoredEvent, out: PositionedRow[]): void {
  const debtEvent = readDebtEvent(event);
  if (!debtEvent) return;
  const { state, rows } = foldReportEvent(states.get(event.streamId), debtEvent);
  states.set(event.streamId, state);
  const at = Date.parse(debtEvent.data.at);
  rows.forEach((row, part) => out.push({ ...row, ...event.position, part, at }));
}

const RECORD_COLUMNS = [
  'transaction_id xid8', 'global_position bigint', 'part smallint', 'at timestamptz', 'eff timestamptz',
  'district_code text', 'province_code text', 'kind text',
  ...COUNT_MEASURES.map((m) => `${columnOf(m)} integer`), ...MONEY_MEASURES.map((m) => `${columnOf(m)} numeric`),
];
const INSERT_ROWS = `
INSERT INTO mediation_report_ledger (transaction_id, global_position, part, at, eff, district_code, province_code, kind,
  ${MEASURES.map(columnOf).join(', ')})
SELECT transaction_id, global_position, part, at, eff, district_code, province_code, kind,
  ${MEASURES.map((m) => `coalesce(${columnOf(m)}, 0)`).join(', ')}
FROM jsonb_to_recordset($1::jsonb) AS x(${RECORD_COLUMNS.join(', ')})`;

/**
 * The report ledger (migrations/0140.do.mediation-report-ledger.sql): one row per figure an event adds to a
 * district, and the fold state of each debt case. Reads event types only, no other projection.
 */
export class ReportLedgerProjection implements Projection {
  readonly name = REPORT_LEDGER_PROJECTION;
  readonly personalDataOf: readonly string[] = [];
  /** Not daily_mediation_reports: frozen reports are never made again. */
  readonly tables = ['mediation_report_ledger', 'mediation_report_cases'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const streams = [...new Set(events.filter((e) => e.streamId.startsWith(DEBT_STREAM_PREFIX)).map((e) => e.streamId))];
    if (streams.length === 0) return;
    const { rows: stored } = await tx.query('SELECT stream_id, state FROM mediation_report_cases WHERE stream_id = ANY($1)', [streams]);
    const states = new Map<string, CaseLedgerState | undefined>(stored.map((r) => [r.stream_id, fromJson(r.state)]));
    const out: PositionedRow[] = [];
    for (const event of events) foldStoredEvent(states, event, out);
    if (out.length > 0) await tx.query(INSERT_ROWS, [JSON.stringify(out.map(rowToJson))]);
    const changed = [...states].filter((entry): entry is [string, CaseLedgerState] => entry[1] !== undefined);
    await tx.query(
      `INSERT INTO mediation_report_cases (stream_id, state) SELECT * FROM unnest($1::text[], $2::jsonb[])
       ON CONFLICT (stream_id) DO UPDATE SET state = excluded.state`,
      [changed.map(([id]) => id), changed.map(([, state]) => JSON.stringify(toJson(state)))],
    );
  }
}

function rowToJson(row: PositionedRow) {
  return {
    transaction_id: row.transactionId.toString(), global_position: row.globalPosition.toString(), part: row.part,
    at: new Date(row.at).toISOString(), eff: new Date(row.eff).toISOString(),
    district_code: row.districtCode, province_code: row.provinceCode, kind: row.kind,
    ...Object.fromEntries(Object.entries(measuresToJson(row.measures)).map(([m, v]) => [columnOf(m as never), v])),
  };
}

function toJson(state: CaseLedgerState) {
  return { ...state, figures: measuresToJson(state.figures) };
}

function fromJson(json: Omit<CaseLedgerState, 'figures'> & { figures: Record<string, number | string> }): CaseLedgerState {
  return { ...json, figures: measuresFromJson(json.figures) };
}
