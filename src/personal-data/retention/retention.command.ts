import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { openDatabase } from '../../database/database.js';
import { clockStartingAt, systemClock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import { RetentionJob } from './retention-job.js';
import type { RetentionRun } from './retention-runs.js';

/** Exit codes of `retention …`: 0 done, 2 could not run (another run under way, no keys module, no database). */
const EXIT_FAILED = 2;

/** `retention status | run` against the service's database: counts only, never a value of a case. */
export function retentionCommand(): Command {
  const command = new Command('retention').description('retention of personal data: what is due, and erasing it');
  command.command('status').description('the rules in force, the cases due now, held, and expiring within 30 days')
    .action(() => run(async (job) => {
      for (const { rule, due, held, upcoming } of await job.outlook(30)) {
        console.log(`${rule.name.padEnd(18)} ${String(rule.years).padStart(2)} years: ${due} due now, ${held} held, ${upcoming} expiring within 30 days`);
      }
    }));
  command.command('run').description('erases now the personal data of every case whose retention ended (one run at a time across instances)')
    .action(() => run(async (job) => console.log(runLine(await job.run('cli')))));
  command.exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED));
  return command;
}

const runLine = (run: RetentionRun | null) => !run ? 'not run' : `run ${run.runId} ${run.state}: ${Object.entries(run.counts)
  .map(([rule, c]) => `${rule} erased ${c.erased} held ${c.held}`).join(', ')}`;

async function run(work: (job: RetentionJob) => Promise<void>): Promise<void> {
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase(config, { shareRunningServer: true });
    const clock = config.clockStart ? clockStartingAt(config.clockStart) : systemClock;
    await work(new RetentionJob(database.pool, clock, config.retention, undefined, undefined));
  } catch (error) {
    console.error(error instanceof DomainError
      ? `retention: ${error.code} ${error.messageTh} / ${error.messageEn}`
      : `retention: ${(error as Error)?.message ?? errorLogLine(error)}`);
    process.exitCode = EXIT_FAILED;
  } finally {
    await database?.close().catch(() => undefined);
  }
}
