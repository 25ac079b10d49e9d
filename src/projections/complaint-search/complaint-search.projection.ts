import type pg from 'pg';
import { COMPLAINT_EVENTS, COMPLAINT_STREAM_PREFIX, type ComplaintEvent, readComplaintEvent } from '../../cases/complaint/complaint.events.js';
import type { ComplaintDocumentEvent } from '../../cases/complaint/documents/complaint-documents.events.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../runner/projection.js';
import { COLUMNS, evolveSearchRow, type SearchRow } from './complaint-search.row.js';

const DOCUMENT_EVENTS = new Set(['ComplaintDocumentAttached', 'ComplaintDocumentTextRead', 'ComplaintDocumentTextUnread']);

const SELECT_ROW = COLUMNS.map(([key, column]) => column === 'received_at'
  ? `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "${key}"` : `${column} AS "${key}"`).join(', ');

const UPSERT = `
  INSERT INTO complaint_search (${COLUMNS.map(([, column]) => column).join(', ')})
  SELECT ${COLUMNS.map(([key]) => `u."${key}"`).join(', ')}
  FROM json_to_recordset($1::json) AS u(${COLUMNS.map(([key, , type]) => `"${key}" ${type}`).join(', ')})
  ON CONFLICT (complaint_id) DO UPDATE SET
    ${COLUMNS.slice(1).map(([, column]) => `${column} = excluded.${column}`).join(',\n    ')}`;

/** A complaint stream's event as this projection reads it: the scanned-document facts as stored (schema 1), the rest upcast. */
function eventOf(stored: StoredEvent): ComplaintEvent | ComplaintDocumentEvent | undefined {
  if (!stored.streamId.startsWith(COMPLAINT_STREAM_PREFIX)) return undefined;
  if (DOCUMENT_EVENTS.has(stored.type)) return { type: stored.type, data: stored.data } as ComplaintDocumentEvent;
  return readComplaintEvent(stored);
}

/**
 * The complaint search: one row per complaint with the words staff find it by (complaint-search.row.ts). As the
 * complaint list does, per batch it loads the rows concerned, folds their events in memory and writes the changed
 * rows in one upsert from a JSON array; an event at or below a row's version was applied already.
 */
export class ComplaintSearchProjection implements Projection {
  readonly name = 'complaint-search';
  readonly tables = ['complaint_search'];
  readonly personalDataOf: readonly string[] = Object.keys(COMPLAINT_EVENTS.versions);

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const mine = events.flatMap((stored) => {
      const event = eventOf(stored);
      return event ? [{ stored, event, id: stored.streamId.slice(COMPLAINT_STREAM_PREFIX.length) }] : [];
    });
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map(({ id }) => id))];
    const { rows } = await tx.query<SearchRow>(`SELECT ${SELECT_ROW} FROM complaint_search WHERE complaint_id = ANY($1)`, [ids]);
    const current = new Map(rows.map((row) => [row.complaintId, row]));
    const changed = new Set<string>();
    for (const { stored, event, id } of mine) {
      const row = current.get(id);
      if (row !== undefined && stored.version <= row.version) continue;
      current.set(id, evolveSearchRow(row, event, stored.version));
      changed.add(id);
    }
    if (changed.size === 0) return;
    await tx.query(UPSERT, [JSON.stringify([...changed].map((id) => current.get(id)!))]);
  }

  /** After an erasure (refoldStreams): the complaints' rows go, to be folded anew from their events as they read now. */
  async forgetStreams(streamIds: readonly string[], tx: pg.ClientBase): Promise<void> {
    const ids = streamIds.filter((id) => id.startsWith(COMPLAINT_STREAM_PREFIX)).map((id) => id.slice(COMPLAINT_STREAM_PREFIX.length));
    if (ids.length > 0) await tx.query('DELETE FROM complaint_search WHERE complaint_id = ANY($1::text[])', [ids]);
  }
}
