import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { eventIdFor } from '../../../eventstore/event-ids.js';
import type { EventMetadata, EventStore, NewStream } from '../../../eventstore/event-store.port.js';
import { DomainError } from '../../../shared/domain-error.js';
import type { OpenDebtCase } from '../debt-inputs.js';
import { debtDecider } from '../debt.decider.js';
import { IMPORT_COLUMNS, type ImportRow } from './import-columns.js';
import { openImportFile } from './import-files.js';
import { openCasesOfDebtors } from './import-open-cases.sql.js';
import {
  importCommandId, prepareRegistration, refusalOf, RowRefusal, type PreparedRegistration,
} from './import-registration.js';
import { parseRegistrationId } from './import-values.js';

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface ImportOptions {
  /** Registrations per write; default 1,000. */
  batchSize?: number;
  /** Recorded on every event; default `system:import`. */
  actor?: string;
  onProgress?: (progress: ImportProgress) => void;
}

/** A registration that was not imported, with the row and column at fault. */
export interface RefusedRegistration {
  registrationId: string | null;
  rowNumber: number;
  /** First and last row of the registration. */
  rows: [number, number];
  /** English header of the column at fault, when one is. */
  column: string | null;
  field: string | null;
  code: string;
  messageTh: string;
  messageEn: string;
}

export interface ImportSummary {
  rows: number;
  registrations: number;
  imported: number;
  /** Registrations whose case exists already (an earlier run): nothing of them stored again. */
  alreadyImported: number;
  refused: RefusedRegistration[];
  refusedRows: number;
}

/**
 * Imports an export of the earlier registration system (import-columns.ts): each registration decided as
 * RegisterDebtor on a new case, against the debtor's open cases in the case list and those earlier in the
 * file, then written in batches of whole new streams. A refused registration stores nothing; a registration
 * imported before (same registration id, so same case and event ids) is reported and left as it is.
 */
export async function importDebtRegistrations(
  file: string, pool: pg.Pool, store: EventStore, options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 1000;
  const correlationId = `import:${randomUUID()}`;
  const actor = options.actor ?? 'system:import';
  const summary: ImportSummary = { rows: 0, registrations: 0, imported: 0, alreadyImported: 0, refused: [], refusedRows: 0 };
  let bytesRead = 0;
  const { totalBytes, rows } = await openImportFile(file, (n) => (bytesRead = n));
  const progress = () => options.onProgress?.({ bytesRead, totalBytes, rows: summary.rows });
  progress();
  const firstRowOf = new Map<string, number>();
  const openInFile = new Map<string, OpenDebtCase[]>();
  let group: { id: string; rows: ImportRow[] } | undefined;
  let batch: PreparedRegistration[] = [];
  /** The write in flight, which never rejects: a failure is kept in `writeFailure` and thrown at the next wait. */
  let writing: Promise<void> | undefined;
  let writeFailure: { error: unknown } | undefined;
  const written = async () => {
    await writing;
    if (writeFailure) throw writeFailure.error;
  };

  const refuse = (refusal: RowRefusal, registrationId: string | null, groupRows: readonly ImportRow[]) => {
    const { error } = refusal;
    summary.refused.push({
      registrationId, rowNumber: refusal.rowNumber, rows: [groupRows[0].rowNumber, groupRows[groupRows.length - 1].rowNumber],
      column: refusal.column && IMPORT_COLUMNS[refusal.column].en, field: error.field ?? null,
      code: error.code, messageTh: error.messageTh, messageEn: error.messageEn,
    });
    summary.refusedRows += groupRows.length;
  };

  /** Decides the batch's registrations in file order, then writes them while the next batch is read. */
  const flush = async () => {
    const prepared = batch;
    batch = [];
    if (prepared.length === 0) return;
    const open = await openCasesOfDebtors(pool, [...new Set(prepared.map((p) => p.citizenDigits))]);
    const streams: NewStream[] = [];
    for (const registration of prepared) {
      const { citizenDigits, command } = registration;
      const openCasesOfDebtor = [...(open.get(citizenDigits) ?? []), ...(openInFile.get(citizenDigits) ?? [])];
      try {
        const [event] = debtDecider.decide({ ...command, openCasesOfDebtor }, debtDecider.initialState());
        if (event.type !== 'DebtorRegistered') throw new Error(`RegisterDebtor decided ${event.type}`);
        openInFile.set(citizenDigits, [...(openInFile.get(citizenDigits) ?? []), { caseId: command.caseId, creditorKeys: event.data.creditorKeys }]);
        const commandId = importCommandId(registration.registrationId);
        const metadata: EventMetadata = { actor, commandId, correlationId, causationId: commandId };
        streams.push({
          streamId: `debt-${command.caseId}`,
          events: [{ eventId: eventIdFor(commandId, 0), type: event.type, schemaVersion: debtDecider.schemaVersions[event.type], data: event.data, metadata }],
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refuse(refusalOf(registration.rows, registration.creditorRows, error), registration.registrationId, registration.rows);
      }
    }
    await written();
    writing = store.appendNewStreams(streams).then((result) => {
      summary.imported += result.created.length;
      summary.alreadyImported += result.existing.length;
    }, (error: unknown) => {
      writeFailure = { error };
    });
  };

  /** Prepares the registration read; true when the batch is full and is to be flushed. */
  const closeGroup = () => {
    if (!group) return false;
    summary.registrations++;
    try {
      batch.push(prepareRegistration(group.id, group.rows));
    } catch (error) {
      if (!(error instanceof RowRefusal)) throw error;
      refuse(error, group.id, group.rows);
    }
    group = undefined;
    return batch.length >= batchSize;
  };

  /** Takes a row in; true when the registration it closes fills the batch. */
  const read = (row: ImportRow): boolean => {
    if (++summary.rows % 500 === 0) progress();
    let id: string;
    try {
      id = parseRegistrationId(row.values.registrationId);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refuse(new RowRefusal(row.rowNumber, 'registrationId', error), null, [row]);
      return false;
    }
    if (group?.id === id) {
      group.rows.push(row);
      return false;
    }
    const full = closeGroup();
    const firstRow = firstRowOf.get(id);
    if (firstRow !== undefined) {
      refuse(new RowRefusal(row.rowNumber, 'registrationId', splitRegistration(id, firstRow)), id, [row]);
    } else {
      firstRowOf.set(id, row.rowNumber);
      group = { id, rows: [row] };
    }
    return full;
  };

  try {
    for await (const chunk of rows) {
      for (const row of chunk) if (read(row)) await flush();
    }
    closeGroup();
    await flush();
  } finally {
    await writing;
  }
  await written();
  progress();
  return summary;
}

const splitRegistration = (id: string, firstRow: number) => new DomainError('IMPORT_REGISTRATION_SPLIT',
  `แถวของการลงทะเบียน ${id} ต้องอยู่ติดกัน (เริ่มที่แถว ${firstRow})`,
  `The rows of registration ${id} must come together (it starts at row ${firstRow})`, 'registrationId');
