import { Command, Option } from 'commander';
import { EXIT_FAILED, positiveInteger, runImportCli } from '../../../import/import-cli.js';
import { IMPORT_ENCODINGS, type ImportEncoding } from '../../../import/import-encoding.js';
import { defaultRejectsFile } from '../../../import/import-rejects.js';
import { importDebtRegistrations, type ImportOptions } from './debt-import.js';
import type { ImportSummary } from './import-summary.js';

interface CommandOptions {
  batchSize: number;
  encoding?: ImportEncoding;
  dryRun?: boolean;
  rejects?: string;
}

/**
 * `import debt <file>`: the CLI face of importDebtRegistrations, with a progress bar on stderr and the report on stdout.
 * Exit codes: 0 everything imported (or imported before), 1 some registrations refused, 2 nothing could be done.
 */
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
      const run: ImportOptions = {
        batchSize: options.batchSize, encoding: options.encoding, dryRun: options.dryRun ?? false,
        rejectsFile: options.rejects ?? defaultRejectsFile(file),
      };
      process.exitCode = await runImportCli('DebtImport',
        (pool, store, onProgress) => importDebtRegistrations(file, pool, store, { ...run, onProgress }),
        (summary, seconds) => ({ logLine: logLine(summary, seconds), report: report(summary, seconds), refused: summary.refused.length > 0 }));
    });
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
