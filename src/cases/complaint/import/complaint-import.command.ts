import { Command, Option } from 'commander';
import { EXIT_FAILED, positiveInteger, runImportCli } from '../../../import/import-cli.js';
import { IMPORT_ENCODINGS, type ImportEncoding } from '../../../import/import-encoding.js';
import { defaultRejectsFile } from '../../../import/import-rejects.js';
import { importComplaints, type ComplaintImportOptions, type ComplaintImportSummary } from './complaint-import.js';

interface CommandOptions {
  batchSize: number;
  encoding?: ImportEncoding;
  dryRun?: boolean;
  rejects?: string;
}

/**
 * `import complaints <file>`: the CLI face of importComplaints, with a progress bar on stderr and the report on stdout.
 * Exit codes: 0 every complaint imported (or imported before), 1 some rows refused, 2 nothing could be done.
 */
export function complaintImportCommand(): Command {
  return new Command('complaints')
    .description('import complaints received since 1 Oct 2562 on paper or in the earlier system (.csv or .xlsx; columns in README)')
    .argument('<file>', 'the backlog, .csv (UTF-8, UTF-16 or Windows-874) or .xlsx (first worksheet)')
    .option('--batch-size <n>', 'complaints per write', positiveInteger, 1000)
    .addOption(new Option('--encoding <name>', 'the CSV file\'s encoding, instead of the one found').choices(IMPORT_ENCODINGS))
    .option('--dry-run', 'read, decide and check everything, and store nothing')
    .option('--rejects <file>', 'where to write the refused rows (default: <name>.rejects.csv beside the file)')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED))
    .action(async (file: string, options: CommandOptions) => {
      const run: ComplaintImportOptions = {
        batchSize: options.batchSize, encoding: options.encoding, dryRun: options.dryRun ?? false,
        rejectsFile: options.rejects ?? defaultRejectsFile(file),
      };
      process.exitCode = await runImportCli('ComplaintImport',
        (pool, store, onProgress) => importComplaints(file, pool, store, { ...run, onProgress }),
        (summary, seconds) => ({ logLine: logLine(summary, seconds), report: report(summary, seconds), refused: summary.refused.length > 0 }));
    });
}

/** The import in one log line: its correlation id and counts, no file name (it may name a person) and no row. */
function logLine(summary: ComplaintImportSummary, seconds: number): string {
  return `complaint import ${summary.correlationId}${summary.dryRun ? ' (dry run)' : ''}: ${summary.rows} rows, `
    + `${summary.imported} imported, ${summary.alreadyImported} already imported, ${summary.refusedRows} refused in ${seconds.toFixed(1)} s`;
}

function report(summary: ComplaintImportSummary, seconds: number): string {
  const lines = summary.refused.map((r) => {
    const where = `row ${r.rowNumber}${r.reference ? ` (reference ${r.reference})` : ''}`;
    return `${where}${r.column ? `, column ${r.column}` : ''}: ${r.code}${r.field ? ` [${r.field}]` : ''} ${r.messageTh} / ${r.messageEn}`;
  });
  lines.push(
    `${summary.rows} rows read as ${summary.encoding ?? 'xlsx'} in ${seconds.toFixed(1)} s: ${summary.imported} imported, `
      + `${summary.alreadyImported} already imported, ${summary.refusedRows} refused`,
  );
  if (summary.rejectsFile) lines.push(`refused rows written to ${summary.rejectsFile}: fix them there and import that file`);
  if (summary.dryRun) lines.push('dry run: nothing stored');
  return lines.join('\n');
}
