import type { Command } from 'commander';
import { importCommand, reportEnding } from '../../../import/import-command.js';
import { importComplaints, type ComplaintImportSummary } from './complaint-import.js';

/** `import complaints <file>`: the CLI face of importComplaints (exit codes in import-command.ts). */
export function complaintImportCommand(): Command {
  return importCommand<ComplaintImportSummary>({
    name: 'complaints',
    loggerName: 'ComplaintImport',
    description: 'import complaints received since 1 Oct 2562 on paper or in the earlier system (.csv or .xlsx; columns in README)',
    fileDescription: 'the backlog, .csv (UTF-8, UTF-16 or Windows-874) or .xlsx (first worksheet)',
    batchUnit: 'complaints',
    run: (file, pool, store, options) => importComplaints(file, pool, store, options),
    outcome: (summary, seconds) => ({ logLine: logLine(summary, seconds), report: report(summary, seconds), refused: summary.refused.length > 0 }),
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
  return [...lines, ...reportEnding(summary)].join('\n');
}
