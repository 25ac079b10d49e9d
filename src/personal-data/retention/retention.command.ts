import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { openDatabase } from '../../database/database.js';
import { type CommandLineLog, openCommandLineLog } from '../../eventstore/command-line-log.js';
import { allProjections } from '../../projections/projection-list.js';
import { clockStartingAt, systemClock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import { Keyring } from '../keys/keyring.js';
import { masterKeys } from '../keys/master-key.js';
import { PersonalDataCodec } from '../keys/personal-data-codec.js';
import { PERSONAL_FIELD_CATALOGUE } from '../keys/personal-field-catalogue.js';
import { Shredder } from '../keys/shredder.js';
import { LegalHolds } from '../legal-holds/legal-holds.js';
import { countsLine, RetentionJob } from './retention-job.js';
import type { RetentionRun } from './retention-runs.js';

/** Exit codes of `retention …`: 0 done, 2 could not run (another run under way, no keys module, no database). */
const EXIT_FAILED = 2;

/** `retention status | run` against the service's database: counts only, never a value of a case. */
export function retentionCommand(): Command {
  const command = new Command('retention').description('retention of personal data: what is due, and erasing it');
  command.command('status').description('the rules in force, the cases due now, held, and expiring within 30 days')
    .action(() => run(async (job) => {
      for (const { rule, due, held, upcoming } of await job.outlook(30)) {
        console.log(`${rule.name.padEnd(22)} ${String(rule.years).padStart(2)} years: ${due} due now, ${held} held, ${upcoming} expiring within 30 days`);
      }
    }));
  command.command('run').description('erases now the personal data of every case whose retention ended (one run at a time across instances)')
    .action(() => run(async (job) => console.log(runLine(await job.run('cli')))));
  command.exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED));
  return command;
}

const runLine = (run: RetentionRun | null) => (run ? `run ${run.runId} ${run.state}: ${countsLine(run.counts)}` : 'not run');

async function run(work: (job: RetentionJob) => Promise<void>): Promise<void> {
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  let log: CommandLineLog | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase(config, { shareRunningServer: true });
    const clock = config.clockStart ? clockStartingAt(config.clockStart) : systemClock;
    const keyring = new Keyring(database.pool, await masterKeys(config.masterKey));
    log = openCommandLineLog(config, database.pool, new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE));
    const shredder = new Shredder(database.pool, keyring, log.store, allProjections());
    await work(new RetentionJob(database.pool, clock, config.retention, shredder, log.store, new LegalHolds(log.store)));
  } catch (error) {
    console.error(error instanceof DomainError
      ? `retention: ${error.code} ${error.messageTh} / ${error.messageEn}`
      : `retention: ${(error as Error)?.message ?? errorLogLine(error)}`);
    process.exitCode = EXIT_FAILED;
  } finally {
    await log?.close().catch(() => undefined);
    await database?.close().catch(() => undefined);
  }
}
