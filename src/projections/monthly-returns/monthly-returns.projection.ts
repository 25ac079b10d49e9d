import type pg from 'pg';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import { readMonthlyReturnEvent } from '../../local-authorities/monthly-returns/monthly-return.events.js';
import type { Projection } from '../runner/projection.js';
import { foldMonthlyReturnRow, MONTHLY_RETURN_COLUMNS, type MonthlyReturnRow } from './monthly-return-row.js';
import { MONTHLY_RETURN_PERSONAL_FIELDS } from '../../local-authorities/monthly-returns/monthly-return-personal-fields.js';

const COLUMN_LIST = MONTHLY_RETURN_COLUMNS.map(([column]) => column).join(', ');
const SELECT_LIST = MONTHLY_RETURN_COLUMNS.map(([column, field, type]) =>
  `${type === 'date' ? `to_char(r.${column}, 'YYYY-MM-DD')` : type === 'bigint' ? `r.${column}::float8` : type === 'timestamptz' ? `to_char(r.${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : `r.${column}`} AS "${field}"`).join(', ');
const RECORD_TYPES = MONTHLY_RETURN_COLUMNS.map(([, field, type]) => `"${field}" ${type}`).join(', ');
const RECORD_VALUES = MONTHLY_RETURN_COLUMNS.map(([, field]) => `r."${field}"`).join(', ');
const UPDATES = MONTHLY_RETURN_COLUMNS.slice(1).map(([column]) => `${column} = excluded.${column}`).join(', ');

/** The rows of these returns as stored (bigint satang fit a double exactly: every bound is far below 2^53). */
export async function loadMonthlyReturnRows(db: pg.ClientBase | pg.Pool, where: string, params: unknown[]): Promise<MonthlyReturnRow[]> {
  return (await db.query<MonthlyReturnRow>(`SELECT ${SELECT_LIST} FROM monthly_returns r WHERE ${where}`, params)).rows;
}

/**
 * The monthly-return list (table monthly_returns): each batch folded in memory per return from the rows stored for
 * the returns it touches, and written back with one set-based upsert. An event the row has seen (its stream version)
 * changes nothing; a gap in a return's versions stops the projection rather than list a wrong row.
 */
export class MonthlyReturnsProjection implements Projection {
  readonly name = 'monthly-returns';
  readonly tables = ['monthly_returns'];
  readonly personalDataOf: readonly string[] = Object.keys(MONTHLY_RETURN_PERSONAL_FIELDS);

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const ours = events.flatMap((stored) => {
      const event = readMonthlyReturnEvent(stored);
      return event ? [{ stored, event }] : [];
    });
    if (ours.length === 0) return;
    const ids = [...new Set(ours.map(({ event }) => event.data.returnId))];
    const rows = new Map((await loadMonthlyReturnRows(tx, 'r.return_id = ANY($1::text[])', [ids])).map((row) => [row.returnId, row]));
    const touched = new Set<string>();
    for (const { stored, event } of ours) {
      const row = rows.get(event.data.returnId);
      if (row && stored.version <= row.streamVersion) continue;
      if ((row?.streamVersion ?? 0) + 1 !== stored.version) {
        throw new Error(`${stored.streamId}@${stored.version}: the return list holds version ${row?.streamVersion ?? 0} of this return`);
      }
      rows.set(event.data.returnId, foldMonthlyReturnRow(row, event, stored.streamId, stored.version));
      touched.add(event.data.returnId);
    }
    await tx.query(
      `INSERT INTO monthly_returns AS m (${COLUMN_LIST})
       SELECT ${RECORD_VALUES} FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_TYPES})
       ON CONFLICT (return_id) DO UPDATE SET ${UPDATES} WHERE m.stream_version < excluded.stream_version`,
      [JSON.stringify([...touched].map((id) => rows.get(id)))],
    );
  }
}
