import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { openDatabase, type Database } from '../../database/database.js';
import { DomainError } from '../../shared/domain-error.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { postgresCopyCheckpoint } from './copy-checkpoint.js';
import { openCopyTarget, type CopyTarget } from './copy-target.js';
import { batchSizeOf } from './log-copy.js';
import { EXIT_FAILED, runLogCopy, runVerifyCopy, type RunOutput } from './log-copy.run.js';

interface Options {
  to: string;
  batchSize: string;
  fromStart?: boolean;
}

const out: RunOutput = { answer: (line) => console.log(line), progress: (line) => console.error(line) };

/** `log copy --to <kind>` and `log verify-copy --to <kind>`: the service's PostgreSQL log into another store, and the check. */
export function logCommand(): Command {
  const log = new Command('log').description('the event log: copying it into another store and comparing the copy');
  log.command('copy')
    .description('copies the PostgreSQL log into the store --to names, resuming where the last run stopped, then compares the copy')
    .requiredOption('--to <kind>', 'the store copied into: kurrentdb (at KURRENTDB_URL)')
    .option('--batch-size <n>', 'events read per batch; the checkpoint moves after each', '1000')
    .option('--from-start', 'start again from the first event, not the checkpoint (what the target holds is skipped)')
    .action((options: Options) => run('log copy', options, (source, target, database) => runLogCopy({
      source, target: target.store, checkpoint: postgresCopyCheckpoint(database.pool, target.name),
      batchSize: batchSizeOf(options.batchSize), fromStart: options.fromStart, out,
    })));
  log.command('verify-copy')
    .description('reads both logs whole and compares their counts and SHA-256 digests; names the first event that differs')
    .requiredOption('--to <kind>', 'the store copied into: kurrentdb (at KURRENTDB_URL)')
    .option('--batch-size <n>', 'events read per batch', '5000')
    .action((options: Options) => run('log verify-copy', options, (source, target) => runVerifyCopy({
      source, target: target.store, batchSize: batchSizeOf(options.batchSize), out,
    })));
  log.exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED));
  return log;
}

/** Opens the target (its refusals come before any database is opened), then the service's database; closes both. */
async function run(name: string, options: Options, work: (source: PostgresEventStore, target: CopyTarget, database: Database) => Promise<number>) {
  let target: CopyTarget | undefined;
  let database: Database | undefined;
  try {
    batchSizeOf(options.batchSize);
    const config = loadConfig();
    target = openCopyTarget(options.to, config.kurrentdbUrl);
    database = await openDatabase(config, { shareRunningServer: true });
    process.exitCode = await work(new PostgresEventStore(database.pool), target, database);
  } catch (error) {
    console.error(error instanceof DomainError
      ? `${name}: ${error.code} ${error.messageTh} / ${error.messageEn}`
      : `${name} failed: ${(error as Error)?.message ?? error}`);
    process.exitCode = EXIT_FAILED;
  } finally {
    await target?.close().catch(() => undefined);
    await database?.close().catch(() => undefined);
  }
}
