import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EventStore, NewStream } from '../../../eventstore/event-store.port.js';
import { dryRunNewStreams } from '../../../import/import-dry-run.js';
import type { ImportEncoding } from '../../../import/import-encoding.js';
import { openImportFile } from '../../../import/import-files.js';
import { ImportRejects } from '../../../import/import-rejects.js';
import { extraCellsError, type ImportProgress } from '../../../import/import-table.js';
import { DomainError } from '../../../shared/domain-error.js';
import { issueTrackingCode } from '../receipt/complaint-tracking-codes.js';
import { COMPLAINT_IMPORT_COLUMNS, type ComplaintImportColumn, type ComplaintImportRow } from './complaint-import-columns.js';
import { ComplaintRowRefused, decideImportedReceipt, parseReference, receiveCommandOf } from './complaint-import-row.js';

export interface ComplaintImportOptions {
  /** Complaints per write; default 1,000. */
  batchSize?: number;
  /** Recorded on every event; default `system:import`. */
  actor?: string;
  /** When the import records the complaints (the command's `at`); default now. Received dates after it are refused. */
  at?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** A CSV file's encoding, instead of the one found. */
  encoding?: ImportEncoding;
  /** Reads, decides and checks everything, against the database too, and stores nothing. */
  dryRun?: boolean;
  /** Where to write the refused rows (import-rejects.ts); none written without it. */
  rejectsFile?: string;
}

/** A reason a row was not imported, with the column at fault (its English header). */
export interface RefusedComplaintRow {
  reference: string | null;
  rowNumber: number;
  column: string | null;
  field: string | null;
  code: string;
  messageTh: string;
  messageEn: string;
}

export interface ComplaintImportSummary {
  /** The correlation id of every event this run stored (`import:<uuid>`). */
  correlationId: string;
  /** The encoding a CSV file was read in; null for XLSX. */
  encoding: ImportEncoding | null;
  dryRun: boolean;
  rows: number;
  imported: number;
  /** Rows whose complaint exists already (an earlier run of the reference): nothing of them stored again. */
  alreadyImported: number;
  /** Every refusal, a row refused on several columns once for each, in row order. */
  refused: RefusedComplaintRow[];
  refusedRows: number;
  rejectsFile: string | null;
}

/**
 * Imports a backlog of complaints (complaint-import-columns.ts): each row decided by the complaint decider as
 * ReceiveComplaint with its original received date, by the office it names, and written in batches of whole
 * new streams. The complaint and event ids derive from the earlier system's reference, so a row imported
 * before is reported as such and left as it is; a reference repeated in the file is refused. A refused row
 * stores nothing; the others are stored all the same. The duplicate check is not run for this history
 * (complaint-import-row.ts).
 */
export async function importComplaints(
  file: string, pool: pg.Pool, store: EventStore, options: ComplaintImportOptions = {},
): Promise<ComplaintImportSummary> {
  const batchSize = options.batchSize ?? 1000;
  const at = options.at ?? new Date().toISOString();
  const run = { actor: options.actor ?? 'system:import', correlationId: `import:${randomUUID()}` };
  const rejects = options.rejectsFile === undefined
    ? undefined : await ImportRejects.open(options.rejectsFile, file, COMPLAINT_IMPORT_COLUMNS);
  let bytesRead = 0;
  const { totalBytes, encoding, rows, headers } = await openImportFile(file, COMPLAINT_IMPORT_COLUMNS, {
    encoding: options.encoding, onBytes: (n) => (bytesRead = n),
  });
  const summary: ComplaintImportSummary = {
    correlationId: run.correlationId, encoding, dryRun: options.dryRun ?? false, rows: 0, imported: 0, alreadyImported: 0,
    refused: [], refusedRows: 0, rejectsFile: null,
  };
  const progress = () => options.onProgress?.({ bytesRead, totalBytes, rows: summary.rows });
  const firstRowOf = new Map<string, number>();
  let streams: NewStream[] = [];

  const refuse = (row: ComplaintImportRow, reference: string | null, refusals: { column: ComplaintImportColumn | null; error: DomainError }[]) => {
    const refused = refusals.map(({ column, error }) => ({
      reference, rowNumber: row.rowNumber, column: column && COMPLAINT_IMPORT_COLUMNS[column].en, field: error.field ?? null,
      code: error.code, messageTh: error.messageTh, messageEn: error.messageEn,
    }));
    summary.refused.push(...refused);
    summary.refusedRows++;
    rejects?.add(refused, [row]);
  };
  const write = async () => {
    const batch = streams;
    streams = [];
    if (batch.length === 0) return;
    const result = await (summary.dryRun ? dryRunNewStreams(store, batch) : store.appendNewStreams(batch));
    summary.imported += result.created.length;
    summary.alreadyImported += result.existing.length;
  };
  const take = async (row: ComplaintImportRow) => {
    let reference: string | null = null;
    try {
      if (row.extraCells) throw extraCellsError();
      reference = parseReference(row.values.reference);
      const first = firstRowOf.get(reference);
      if (first !== undefined) throw new ComplaintRowRefused([{ column: 'reference', error: referenceRepeated(reference, first) }]);
      firstRowOf.set(reference, row.rowNumber);
      const command = receiveCommandOf(reference, row, at, await issueTrackingCode(pool));
      streams.push(decideImportedReceipt(reference, command, run));
    } catch (error) {
      if (error instanceof ComplaintRowRefused) refuse(row, reference, [...error.refusals]);
      else if (error instanceof DomainError) refuse(row, reference, [{ column: error.field === 'reference' ? 'reference' : null, error }]);
      else throw error;
    }
  };

  progress();
  for await (const chunk of rows) {
    for (const row of chunk) {
      summary.rows++;
      await take(row);
      if (streams.length >= batchSize) await write();
    }
    progress();
  }
  await write();
  progress();
  if (rejects && await rejects.write(headers())) summary.rejectsFile = rejects.file;
  return summary;
}

const referenceRepeated = (reference: string, firstRow: number) => new DomainError('IMPORT_COMPLAINT_REFERENCE_REPEATED',
  `เลขที่เรื่องเดิม ${reference} ซ้ำกับแถว ${firstRow} ในไฟล์เดียวกัน`,
  `Reference ${reference} is given already in row ${firstRow} of the file`, 'reference');
