import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EventStore, NewStream } from '../../../eventstore/event-store.port.js';
import { DomainError } from '../../../shared/domain-error.js';
import type { OpenDebtCase } from '../debt-inputs.js';
import type { ImportRow } from './import-columns.js';
import { openImportFile } from './import-files.js';
import { openCasesOfDebtors } from './import-open-cases.sql.js';
import { decideRegistration, prepareRegistration, type PreparedRegistration } from './import-registration.js';
import { refusalOf, refusedRegistration, RowRefusal } from './import-refusals.js';
import type { ImportProgress, ImportSummary } from './import-summary.js';
import { parseRegistrationId } from './import-values.js';

/**
 * Registrations decided at a time, each time after one query for their debtors' open cases: few enough that
 * their rows are still young when the garbage collector runs (with 500, it spends three times as long).
 */
const DECIDE_SIZE = 200;

export interface ImportOptions {
  /** Registrations per write; default 1,000. */
  batchSize?: number;
  /** Recorded on every event; default `system:import`. */
  actor?: string;
  onProgress?: (progress: ImportProgress) => void;
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
  const decideSize = Math.min(batchSize, DECIDE_SIZE);
  const correlationId = `import:${randomUUID()}`;
  const actor = options.actor ?? 'system:import';
  const summary: ImportSummary = { rows: 0, registrations: 0, imported: 0, alreadyImported: 0, refused: [], refusedRows: 0 };
  let bytesRead = 0;
  const { totalBytes, rows } = await openImportFile(file, (n) => (bytesRead = n));
  const progress = () => options.onProgress?.({ bytesRead, totalBytes, rows: summary.rows });
  progress();
  const firstRowOf = new Map<string, number>();
  const openInFile = new Map<string, OpenDebtCase[]>();
  /** The rows of the registration being read; registrations read, to be decided; streams decided, to be written. */
  let group: { id: string; rows: ImportRow[] } | undefined;
  let pending: PreparedRegistration[] = [];
  let streams: NewStream[] = [];
  /** The write in flight, which never rejects: a failure is kept in `writeFailure` and thrown at the next wait. */
  let writing: Promise<void> | undefined;
  let writeFailure: { error: unknown } | undefined;
  const written = async () => {
    await writing;
    if (writeFailure) throw writeFailure.error;
  };

  const refuse = (refusal: RowRefusal, registrationId: string | null, groupRows: readonly ImportRow[]) => {
    summary.refused.push(refusedRegistration(refusal, registrationId, groupRows));
    summary.refusedRows += groupRows.length;
  };

  /** Decides the registrations read so far in file order, against their debtors' open cases (one query). */
  const decide = async () => {
    const prepared = pending;
    pending = [];
    if (prepared.length === 0) return;
    const open = await openCasesOfDebtors(pool, [...new Set(prepared.map((p) => p.citizenDigits))]);
    for (const registration of prepared) {
      const { citizenDigits, command } = registration;
      const inFile = openInFile.get(citizenDigits) ?? [];
      try {
        const { stream, openCase } = decideRegistration(registration, [...(open.get(citizenDigits) ?? []), ...inFile], { actor, correlationId });
        streams.push(stream);
        openInFile.set(citizenDigits, [...inFile, openCase]);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refuse(refusalOf(registration.rows, registration.creditorRows, error), registration.registrationId, registration.rows);
      }
    }
  };

  /** Writes the streams decided while the next ones are read and decided, once the write before has ended. */
  const write = async () => {
    const batch = streams;
    streams = [];
    if (batch.length === 0) return;
    await written();
    writing = store.appendNewStreams(batch).then((result) => {
      summary.imported += result.created.length;
      summary.alreadyImported += result.existing.length;
    }, (error: unknown) => {
      writeFailure = { error };
    });
  };

  /** Prepares the registration read; true when enough are pending to decide them. */
  const closeGroup = () => {
    if (!group) return false;
    summary.registrations++;
    try {
      pending.push(prepareRegistration(group.id, group.rows));
    } catch (error) {
      if (!(error instanceof RowRefusal)) throw error;
      refuse(error, group.id, group.rows);
    }
    group = undefined;
    return pending.length >= decideSize;
  };

  /** Takes a row in; true when the registration it closes makes enough pending to decide them. */
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
      for (const row of chunk) {
        if (!read(row)) continue;
        await decide();
        if (streams.length >= batchSize) await write();
      }
    }
    closeGroup();
    await decide();
    await write();
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
