import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EventStore, NewStream } from '../../../eventstore/event-store.port.js';
import { DomainError } from '../../../shared/domain-error.js';
import type { OpenDebtCase } from '../registration/debt-inputs.js';
import { openCasesOfDebtors } from '../debt-open-cases.query.js';
import { DebtorLockSession } from '../debtor-locks.js';
import type { ImportRow } from './import-columns.js';
import { dryRunNewStreams } from '../../../import/import-dry-run.js';
import type { ImportEncoding } from '../../../import/import-encoding.js';
import { openImportFile } from '../../../import/import-files.js';
import { ImportRejects } from '../../../import/import-rejects.js';
import type { ImportProgress } from '../../../import/import-table.js';
import { IMPORT_COLUMNS } from './import-columns.js';
import { RegistrationGrouping, type RegistrationRows } from './import-grouping.js';
import { decideRegistration, prepareRegistration, type PreparedRegistration } from './import-registration.js';
import { refusalOf, refusedRegistrations, RowRefusal } from './import-refusals.js';
import type { ImportSummary } from './import-summary.js';

/**
 * Registrations decided at a time, after one query for their debtors' open cases, sent while the next ones are
 * read: few enough that their rows are still young when the garbage collector runs (with 500, it spends three
 * times as long).
 */
const DECIDE_SIZE = 200;

export interface ImportOptions {
  /** Registrations per write; default 1,000. */
  batchSize?: number;
  /** Recorded on every event; default `system:import`. */
  actor?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** A CSV file's encoding, instead of the one found (import-encoding.ts). */
  encoding?: ImportEncoding;
  /** Reads, decides and checks everything, against the database too, and stores nothing. */
  dryRun?: boolean;
  /** Where to write the refused rows (import-rejects.ts); none written without it. */
  rejectsFile?: string;
}

/** One import at a time: an import locks debtors group by group, so two at once could wait on each other. */
const IMPORT_LOCK = `SELECT pg_advisory_lock(hashtextextended('debt-import', 0))`;

/**
 * Imports an export of the earlier registration system (import-columns.ts): each registration decided as
 * RegisterDebtor on a new case, against the debtor's open cases in the log and those earlier in the file,
 * then written in batches of whole new streams. The debtors of each group decided are locked (debtor-locks.ts)
 * before their open cases are read and until the batch holding their streams is written, so no registration
 * through the API slips in between. A refused registration stores nothing; a registration imported before
 * (same registration id, so same case and event ids) is reported and left as it is. A file with bytes not
 * valid in its encoding is refused whole before anything is stored.
 */
export async function importDebtRegistrations(
  file: string, pool: pg.Pool, store: EventStore, options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 1000;
  const decideSize = Math.min(batchSize, DECIDE_SIZE);
  const correlationId = `import:${randomUUID()}`;
  const actor = options.actor ?? 'system:import';
  const rejects = options.rejectsFile === undefined ? undefined : await ImportRejects.open(options.rejectsFile, file, IMPORT_COLUMNS);
  let bytesRead = 0;
  const { totalBytes, encoding, rows, headers } = await openImportFile(file, IMPORT_COLUMNS, { encoding: options.encoding, onBytes: (n) => (bytesRead = n) });
  const summary: ImportSummary = {
    correlationId, encoding, dryRun: options.dryRun ?? false, rows: 0, registrations: 0, imported: 0, alreadyImported: 0,
    refused: [], refusedRegistrations: 0, refusedRows: 0, rejectsFile: null,
  };
  const progress = () => options.onProgress?.({ bytesRead, totalBytes, rows: summary.rows });
  progress();
  const locks = await DebtorLockSession.open(pool);
  const openInFile = new Map<string, OpenDebtCase[]>();
  /**
   * Registrations read, to be asked about; registrations asked about (their debtors locked), to be decided;
   * streams decided, to be written, and the debtors locked for them, to be unlocked once they are.
   */
  let pending: PreparedRegistration[] = [];
  let asked: { prepared: PreparedRegistration[]; debtors: string[]; open: Promise<Map<string, OpenDebtCase[]>> } | undefined;
  let streams: NewStream[] = [];
  let lockedFor: string[][] = [];
  /** The write in flight, which never rejects: a failure is kept in `writeFailure` and thrown at the next wait. */
  let writing: Promise<void> | undefined;
  let writeFailure: { error: unknown } | undefined;
  const written = async () => {
    await writing;
    if (writeFailure) throw writeFailure.error;
  };

  const refuse = (refusal: RowRefusal, registrationId: string | null, groupRows: readonly ImportRow[]) => {
    const refused = refusedRegistrations(refusal, registrationId, groupRows);
    summary.refused.push(...refused);
    rejects?.add(refused, groupRows);
    summary.refusedRegistrations++;
    summary.refusedRows += groupRows.length;
  };
  const grouping = new RegistrationGrouping(refuse);

  /**
   * Locks the pending registrations' debtors and asks for their open cases, then decides in file order those
   * asked for the time before, whose answer came while these were read.
   */
  const decide = async () => {
    const previous = asked;
    asked = undefined;
    if (pending.length > 0) {
      const debtors = [...new Set(pending.map((p) => p.citizenDigits))].filter((id) => id !== '');
      const open = locks.lockAndRead(debtors, (db) => openCasesOfDebtors(db, store, debtors));
      open.catch(() => undefined); // not awaited before the next call, which throws what it fails with
      asked = { prepared: pending, debtors, open };
      pending = [];
    }
    if (!previous) return;
    const open = await previous.open;
    lockedFor.push(previous.debtors);
    const { prepared } = previous;
    for (const registration of prepared) {
      const { citizenDigits } = registration;
      const inFile = openInFile.get(citizenDigits) ?? [];
      try {
        const openCases = [...(open.get(citizenDigits) ?? []), ...inFile];
        const { stream, openCase } = decideRegistration(registration, openCases, { actor, correlationId });
        streams.push(stream);
        openInFile.set(citizenDigits, [...inFile, openCase]);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refuse(refusalOf(registration.rows, registration.creditorRows, error), registration.registrationId, registration.rows);
      }
    }
  };

  /**
   * Writes the streams decided while the next ones are read and decided, once the write before has ended;
   * then unlocks the debtors decided for them.
   */
  const write = async () => {
    const batch = streams;
    const debtors = lockedFor;
    streams = [];
    lockedFor = [];
    await written();
    const unlock = () => Promise.all(debtors.map((ids) => locks.unlock(ids)));
    const append = () => (options.dryRun ? dryRunNewStreams(store, batch) : store.appendNewStreams(batch));
    writing = (batch.length === 0 ? Promise.resolve() : append().then((result) => {
      summary.imported += result.created.length;
      summary.alreadyImported += result.existing.length;
    })).then(unlock).then(() => undefined, (error: unknown) => {
      writeFailure = { error };
    });
  };

  /** Prepares a registration read whole, to be decided with others. */
  const prepare = ({ id, rows: groupRows }: RegistrationRows) => {
    summary.registrations++;
    try {
      pending.push(prepareRegistration(id, groupRows));
    } catch (error) {
      if (!(error instanceof RowRefusal)) throw error;
      refuse(error, id, groupRows);
    }
  };

  try {
    await locks.query(IMPORT_LOCK);
    for await (const chunk of rows) {
      for (const row of chunk) {
        if (++summary.rows % 500 === 0) progress();
        const ended = grouping.add(row);
        if (ended) prepare(ended);
        if (pending.length < decideSize) continue;
        await decide();
        if (streams.length >= batchSize) await write();
      }
    }
    const last = grouping.end();
    if (last) prepare(last);
    while (pending.length > 0 || asked) await decide();
    await write();
  } finally {
    await writing;
    await locks.close();
  }
  await written();
  progress();
  summary.refused.sort((a, b) => a.rowNumber - b.rowNumber);
  if (rejects && await rejects.write(headers())) summary.rejectsFile = rejects.file;
  return summary;
}
