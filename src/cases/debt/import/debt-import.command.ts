import { Logger } from '@nestjs/common';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../../config/config.js';
import { openDatabase } from '../../../database/database.js';
import { commandLineEventStore } from '../../../eventstore/command-line-store.js';
import { DomainError } from '../../../shared/domain-error.js';
import { errorLogLine } from '../../../shared/error-log-line.js';
import { importDebtRegistrations, type ImportOptions } from './debt-import.js';
import { IMPORT_ENCODINGS, type ImportEncoding } from './import-encoding.js';
import { defaultRejectsFile } from './import-rejects.js';
import type { ImportProgress, ImportSummary } from './import-summary.js';

/** Exit codes: 0 everything imported (or imported before), 1 some registrations refused, 2 nothing could be done. */
const EXIT_REFUSED = 1;
const EXIT_FAILED = 2;
const logger = new Logger('DebtImport');

interface CommandOptions {
  batchSize: number;
  encoding?: ImportEncoding;
  dryRun?: boolean;
  rejects?: string;
}

/** `import debt <file>`: the CLI face of importDebtRegistrations, with a progress bar on stderr and the report on stdout. */
export function debtImportCommand(): Command {
  return new Command('debt')
    .description('import informal-debt registrations exported from the earlier system (.csv or .xlsx; columns in README)')
    .argument('<file>', 'the export, .csv (UTF-8, UTF-16 or Windows-874) or .xlsx (first worksheet)')
    .option('--batch-size <n>', 'registrations per write', positiveInteger, 1000)
    .addOption(new Option('--encoding <name>', 'the CSV file\'s encoding, instead of the one found').choices(IMPORT_ENCODINGS))
    .option('--dry-run', 'read, decide and check everything, and store nothing')
    .option('--rejects <file>', 'where to write the refused rows (default: <name>.rejects.csv beside the file)')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED))
    .action(async (file: string, options: CommandOptions) => {
      process.exitCode = await runImport(file, options.batchSize, {
        encoding: options.encoding, dryRun: options.dryRun ?? false, rejectsFile: options.rejects ?? defaultRejectsFile(file),
      });
    });
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

async function runImport(file: string, batchSize: number, options: ImportOptions): Promise<number> {
  const startedAt = Date.now();
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: 'import {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
    etaBuffer: 20,
    hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  const onProgress = ({ bytesRead, totalBytes, rows }: ImportProgress) => {
    const rate = Math.round(rows / Math.max((Date.now() - startedAt) / 1000, 0.001));
    if (!bar.isActive) bar.start(totalBytes, bytesRead, { rows, rate });
    else bar.update(bytesRead, { rows, rate });
  };
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  const interrupted = () => void database?.close().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  try {
    const config = loadConfig();
    database = await openDatabase(config, { shareRunningServer: true });
    const summary = await importDebtRegistrations(file, database.pool, commandLineEventStore(config, database.pool), { ...options, batchSize, onProgress });
    bar.stop();
    const seconds = (Date.now() - startedAt) / 1000;
    logger.log(logLine(summary, seconds));
    console.log(report(summary, seconds));
    return summary.refused.length > 0 ? EXIT_REFUSED : 0;
  } catch (error) {
    bar.stop();
    logger.error(`debt import failed: ${errorLogLine(error)}`);
    console.error(error instanceof DomainError
      ? `import failed: ${error.code} ${error.messageTh} / ${error.messageEn}`
      : `import failed: ${(error as Error)?.message ?? error}`);
    return EXIT_FAILED;
  } finally {
    process.removeListener('SIGINT', interrupted);
    await database?.close();
  }
}

/** The import in one log line: its correlation id and counts, no file name (it may name a person) and no row. */
function logLine(summary: ImportSummary, seconds: number): string {
  return `debt import ${summary.correlationId}${summary.dryRun ? ' (dry run)' : ''}: ${summary.rows} rows, `
    + `${summary.registrations} registrations, ${summary.imported} imported, ${summary.alreadyImported} already imported, `
    + `${summary.refusedRegistrations} refused (${summary.refusedRows} rows) in ${seconds.toFixed(1)} s`;
}

function report(summary: ImportSummary, seconds: number): string {
  const lines = summary.refused.map((r) => {
    const where = `row ${r.rowNumber}${r.registrationId ? ` (registration ${r.registrationId}, rows ${r.rows[0]}–${r.rows[1]})` : ''}`;
    const column = r.column ? `, column ${r.column}` : '';
    return `${where}${column}: ${r.code}${r.field ? ` [${r.field}]` : ''} ${r.messageTh} / ${r.messageEn}`;
  });
  lines.push(
    `${summary.rows} rows, ${summary.registrations} registrations read as ${summary.encoding ?? 'xlsx'} in ${seconds.toFixed(1)} s `
      + `(${Math.round(summary.rows / Math.max(seconds, 0.001))} rows/s): ${summary.imported} imported, `
      + `${summary.alreadyImported} already imported, ${summary.refusedRegistrations} refused (${summary.refusedRows} rows)`,
  );
  if (summary.rejectsFile) lines.push(`refused rows written to ${summary.rejectsFile}: fix them there and import that file`);
  if (summary.dryRun) lines.push('dry run: nothing stored');
  return lines.join('\n');
}
