import type pg from 'pg';
import { COMPLAINT_EVENTS, COMPLAINT_STREAM_PREFIX, complaintEventsIn } from '../../cases/complaint/complaint.events.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../runner/projection.js';
import { COLUMNS, evolveRow, type ComplaintRow } from './complaint-list.row.js';

const SELECT_LIST = COLUMNS.map(([key, column]) =>
  column === 'search_grams' ? `array_to_string(search_grams, ' ') AS "${key}"`
    : column === 'received_at' || column === 'closed_at' || column === 'updated_at'
      ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${key}"`
      : `${column} AS "${key}"`).join(', ');

/** A column read from the row's JSON array: text, a jsonb value (JSON null is SQL NULL) or a cast. */
const FIELD = ([, column, type]: (typeof COLUMNS)[number], i: number) =>
  column === 'search_grams' ? `string_to_array(r ->> ${i}, ' ')`
    : type === 'jsonb' ? `nullif(r -> ${i}, 'null')`
      : type === 'text' ? `r ->> ${i}` : `(r ->> ${i})::${type}`;

const UPSERT = `
  INSERT INTO complaint_list (${COLUMNS.map(([, column]) => column).join(', ')})
  SELECT ${COLUMNS.map(FIELD).join(', ')}
  FROM jsonb_array_elements($1::jsonb) AS r
  ON CONFLICT (complaint_id) DO UPDATE SET
    ${COLUMNS.slice(1).map(([, column]) => `${column} = excluded.${column}`).join(',\n    ')}`;

/**
 * The complaint list: one row per complaint with its status, owning office, place, category and the keys
 * of the duplicate check. Per batch it loads the rows of the complaints concerned, folds their events in
 * memory (several events of one complaint may share a batch) and writes every changed row in one upsert,
 * the rows sent as one JSON array of arrays in COLUMNS order, read as jsonb and taken apart by position (keys
 * unsent and unmatched: cheaper on both sides than objects through json_to_recordset, or than an array
 * parameter per column that the driver escapes element by element), with their trigrams as one
 * space-separated string each. An event at or below a row's version was applied
 * already and changes nothing.
 */
export class ComplaintListProjection implements Projection {
  readonly name = 'complaint-list';
  /** Complaint events only: the log's other events come without their data. */
  readonly dataOf = Object.keys(COMPLAINT_EVENTS.versions);
  readonly tables = ['complaint_list'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const mine = complaintEventsIn(events);
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map(({ stored }) => stored.streamId.slice(COMPLAINT_STREAM_PREFIX.length)))];
    const { rows } = await tx.query<ComplaintRow>(`SELECT ${SELECT_LIST} FROM complaint_list WHERE complaint_id = ANY($1)`, [ids]);
    const current = new Map(rows.map((row) => [row.complaintId, row]));
    const changed = new Set<string>();
    for (const { stored, event } of mine) {
      const id = stored.streamId.slice(COMPLAINT_STREAM_PREFIX.length);
      const row = current.get(id);
      if (row !== undefined && stored.version <= row.version) continue;
      current.set(id, evolveRow(row, event, stored.version));
      changed.add(id);
    }
    if (changed.size === 0) return;
    const written = [...changed].map((id) => { const row = current.get(id)!; return COLUMNS.map(([key]) => row[key]); });
    await tx.query(UPSERT, [JSON.stringify(written)]);
  }

  /** After an erasure (refoldStreams): the complaints' rows go, to be folded anew from their events as they read now. */
  async forgetStreams(streamIds: readonly string[], tx: pg.ClientBase): Promise<void> {
    const ids = streamIds.filter((id) => id.startsWith(COMPLAINT_STREAM_PREFIX)).map((id) => id.slice(COMPLAINT_STREAM_PREFIX.length));
    if (ids.length > 0) await tx.query('DELETE FROM complaint_list WHERE complaint_id = ANY($1::text[])', [ids]);
  }
}
