import type pg from 'pg';
import { debtEventsIn } from '../../cases/debt/debt.events.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../runner/projection.js';
import { DEBT_CASE_COLUMNS, rowSelectList } from './debt-case-columns.js';
import { foldDebtCaseRow, type DebtCaseRow } from './debt-case-row.js';
import { searchKeyOf, searchTextOf } from './debt-case-search.js';

const COLUMN_LIST = [...DEBT_CASE_COLUMNS.map(([column]) => column), 'search_text', 'search_key'].join(', ');
const RECORD_TYPES = [...DEBT_CASE_COLUMNS.map(([, field, type]) => `"${field}" ${type}`), '"searchText" text', '"searchKey" text'].join(', ');
const RECORD_VALUES = [...DEBT_CASE_COLUMNS.map(([, field]) => `r."${field}"`), 'r."searchText"', 'r."searchKey"'].join(', ');
const UPDATES = [...DEBT_CASE_COLUMNS.slice(1).map(([column]) => column), 'search_text', 'search_key']
  .map((column) => `${column} = excluded.${column}`).join(', ');

/**
 * The informal-debt case list (table debt_cases). A batch is folded in memory per case, starting from the
 * rows already stored for the cases it touches (one SELECT), and written back with one set-based upsert,
 * so several events of one case in a batch cost one row write. An event the row has already seen (its
 * stream version) changes nothing; a gap in a case's versions, an unknown debt event or a schema version
 * this code does not read stops the projection rather than list a wrong row.
 */
export class DebtCasesProjection implements Projection {
  readonly name = 'debt-cases';
  readonly tables = ['debt_cases'];
  /** The debtor's and the creditors' names and the creditors' keys, given at registration and amended; no note. */
  readonly personalDataOf: readonly string[] = ['DebtorRegistered', 'DebtRegistrationAmended'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const debtEvents = debtEventsIn(events);
    if (debtEvents.length === 0) return;
    const rows = await loadRows(tx, [...new Set(debtEvents.map(({ event }) => event.data.caseId))]);
    const touched = new Set<string>();
    for (const { stored, event } of debtEvents) {
      const { caseId } = event.data;
      const row = rows.get(caseId);
      if (row && stored.version <= row.version) continue;
      if ((row?.version ?? 0) + 1 !== stored.version) {
        throw new Error(`${stored.streamId}@${stored.version}: the case list holds version ${row?.version ?? 0} of this case`);
      }
      rows.set(caseId, foldDebtCaseRow(row, event, stored));
      touched.add(caseId);
    }
    if (touched.size > 0) await upsertRows(tx, [...touched].map((caseId) => rows.get(caseId)!));
  }

  async forgetStreams(streamIds: readonly string[], tx: pg.ClientBase): Promise<void> {
    await tx.query('DELETE FROM debt_cases WHERE stream_id = ANY($1::text[])', [streamIds]);
  }
}

async function loadRows(tx: pg.ClientBase, caseIds: string[]): Promise<Map<string, DebtCaseRow>> {
  const { rows } = await tx.query<DebtCaseRow>(
    `SELECT ${rowSelectList('c')} FROM debt_cases c WHERE c.case_id = ANY($1::text[])`,
    [caseIds],
  );
  return new Map(rows.map((row) => [row.caseId, row]));
}

async function upsertRows(tx: pg.ClientBase, rows: DebtCaseRow[]): Promise<void> {
  const records = rows.map((row) => {
    const searchText = searchTextOf([`${row.debtorTitle}${row.debtorFirstName} ${row.debtorLastName}`, ...row.creditorNames]);
    return { ...row, searchText, searchKey: searchKeyOf(searchText) };
  });
  await tx.query(
    `INSERT INTO debt_cases AS c (${COLUMN_LIST})
     SELECT ${RECORD_VALUES} FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_TYPES})
     ON CONFLICT (case_id) DO UPDATE SET ${UPDATES} WHERE c.version < excluded.version`,
    [JSON.stringify(records)],
  );
}
