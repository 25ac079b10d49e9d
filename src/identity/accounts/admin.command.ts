import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { openDatabase } from '../../database/database.js';
import { openCommandLineLog, type CommandLineLog } from '../../eventstore/command-line-log.js';
import { personalDataCodec } from '../../personal-data/keys/master-key.js';
import { DomainError } from '../../shared/domain-error.js';
import { refusalsOf } from '../../shared/field-errors.js';
import type { StaffPosition } from '../scope/staff-authority.js';
import { bootstrapAdministrator, type AdministratorForm } from './bootstrap-admin.js';

/** Exit codes of `admin create`: 0 created, 1 refused (one exists already, or the form is wrong), 2 failed. */
export const EXIT_REFUSED = 1;
export const EXIT_FAILED = 2;

interface CreateOptions {
  citizenId: string;
  title: string;
  firstName: string;
  lastName: string;
  position: StaffPosition;
  officePhone: string;
  mobilePhone?: string;
  assignedOn?: string;
}

/** `admin create`: the CLI face of bootstrapAdministrator; the one-time password goes to stdout, once. */
export function adminCommand(): Command {
  const admin = new Command('admin').description('staff accounts');
  admin.command('create')
    .description('creates the first central administrator, once, and prints its one-time password')
    .requiredOption('--citizen-id <digits>', '13-digit citizen id: the user name')
    .requiredOption('--title <title>', 'คำนำหน้านาม, e.g. นาย, นาง, นางสาว')
    .requiredOption('--first-name <name>', 'ชื่อตัว')
    .requiredOption('--last-name <name>', 'ชื่อสกุล')
    .requiredOption('--position <position>', 'ADMINISTRATIVE_OFFICER, DEPUTY_DISTRICT_CHIEF or LEGAL_OFFICER')
    .requiredOption('--office-phone <phone>', 'office telephone')
    .option('--mobile-phone <phone>', 'mobile telephone')
    .option('--assigned-on <date>', 'day of assignment, D/M/YYYY (พ.ศ. or ค.ศ.) or YYYY-MM-DD; today when absent')
    .action(async (options: CreateOptions) => {
      process.exitCode = await runCreate(options);
    });
  return admin;
}

async function runCreate(options: CreateOptions): Promise<number> {
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  let log: CommandLineLog | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase(config, { shareRunningServer: true });
    log = openCommandLineLog(config, database.pool, await personalDataCodec(config.masterKey, database.pool));
    const form: AdministratorForm = { ...options, mobilePhone: options.mobilePhone ?? null, assignedOn: options.assignedOn ?? null };
    const { account, oneTimePassword } = await bootstrapAdministrator(database.pool, log.store, form);
    console.log([
      `Central administrator created: ${account.title}${account.firstName} ${account.lastName} (account ${account.accountId})`,
      `User name: ${account.citizenId}`,
      `One-time password (shown only now; it must be changed at first sign-in): ${oneTimePassword}`,
    ].join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      for (const refusal of refusalsOf(error)) {
        console.error(`admin create refused: ${refusal.code}${refusal.field ? ` [${refusal.field}]` : ''} ${refusal.messageTh} / ${refusal.messageEn}`);
      }
      return EXIT_REFUSED;
    }
    console.error(`admin create failed: ${(error as Error)?.message ?? error}`);
    return EXIT_FAILED;
  } finally {
    await log?.close();
    await database?.close();
  }
}
