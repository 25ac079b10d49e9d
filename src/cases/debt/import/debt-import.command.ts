import type { Command } from 'commander';
import { importCommand, reportEnding } from '../../../import/import-command.js';
import { DEBT_CASES_CHECKPOINT } from '../debt-open-cases.query.js';
import { importDebtRegistrations } from './debt-import.js';
import type { ImportSummary } from './import-summary.js';

/** `import debt <file>`: the CLI face of importDebtRegistrations (exit codes in import-command.ts). */
export function debtImportCommand(): Command {
  return importCommand<ImportSummary>({
    name: 'debt',
    loggerName: 'DebtImport',
    description: 'import informal-debt registrations exported from the earlier system (.csv or .xlsx; columns in README)',
    fileDescription: 'the export, .csv (UTF-8, UTF-16 or Windows-874) or .xlsx (first worksheet)',
    batchUnit: 'registrations',
    follows: [DEBT_CASES_CHECKPOINT],
    run: (file, pool, store, options) => importDebtRegistrations(file, pool, store, options),
    outcome: (summary, seconds) => ({ logLine: logLine(summary, seconds), report: report(summary, seconds), refused: summary.refused.length > 0 }),
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
  return [...lines, ...reportEnding(summary)].join('\n');
}
