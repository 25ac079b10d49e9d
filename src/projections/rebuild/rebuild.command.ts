import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { verifyFrozenReports } from '../../audit/frozen-reports/frozen-reports.verify.js';
import { verificationText } from '../../audit/frozen-reports/reports-verify.command.js';
import { loadConfig, type AppConfig } from '../../config/config.js';
import { openDatabase } from '../../database/database.js';
import { openCommandLineLog, type CommandLineLog } from '../../eventstore/command-line-log.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { DomainError } from '../../shared/domain-error.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import { markReadModelsLog } from '../runner/read-models-log.js';
import { allProjections } from '../projection-list.js';
import { readCheckpoints } from '../runner/checkpoints.js';
import { ProjectionRebuilder, type RebuildProgress } from './projection-rebuilder.js';
import { undoRebuild } from './projection-undo.js';
import { listRuns, type RebuildRun } from './rebuild-runs.js';
import { personalDataCodec } from '../../personal-data/keys/master-key.js';

/** Exit codes of `projections …`: 0 done (swapped, verified equal, undone), 1 differences found, 2 could not run. */
const EXIT_DIFFERENT = 1;
const EXIT_FAILED = 2;

interface RebuildOptions {
  all?: boolean;
  verifyOnly?: boolean;
  acceptDifferences?: boolean;
  show: number;
  batchSize: number;
}

/** `projections status | rebuild <name> | rebuild --all | undo <name>` against the service's database. */
export function projectionsCommand(): Command {
  const command = new Command('projections').description('read models: where they stand, rebuilds from the log, undoing a swap');
  command.command('status').description('each projection\'s state, position and lag; the recent rebuilds')
    .action(() => run(status));
  command.command('rebuild').description('rebuilds projections from the start of the log into shadow tables, verifies and swaps them in')
    .argument('[name]', 'the projection (see projections status)')
    .option('--all', 'every projection')
    .option('--verify-only', 'compare the rebuilt tables with the live ones and change nothing (the drift check)')
    .option('--accept-differences', 'swap even when the rebuilt tables differ from the live ones')
    .option('--show <n>', 'differences listed per projection (all are counted)', wholeNumber, 20)
    .option('--batch-size <n>', 'events per transaction of the load', wholeNumber, 20_000)
    .action((name: string | undefined, options: RebuildOptions) => run((db, store, config) => rebuild(db, store, config, name, options)));
  command.command('undo').description('swaps the tables a rebuild replaced back in (and the rebuilt ones out)')
    .argument('<name>', 'the projection')
    .action((name: string) => run((db, store) => undo(db, store, name)));
  command.exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED));
  return command;
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number');
  return n;
}

type Database = Awaited<ReturnType<typeof openDatabase>>;

async function run(work: (database: Database, store: EventStore, config: AppConfig) => Promise<number>): Promise<void> {
  let database: Database | undefined;
  let log: CommandLineLog | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase(config, { shareRunningServer: true });
    log = openCommandLineLog(config, database.pool, await personalDataCodec(config.masterKey, database.pool));
    process.exitCode = await work(database, log.store, config);
  } catch (error) {
    console.error(error instanceof DomainError
      ? `projections: ${error.code} ${error.messageTh} / ${error.messageEn}`
      : `projections: ${(error as Error)?.message ?? errorLogLine(error)}`);
    process.exitCode = EXIT_FAILED;
  } finally {
    await log?.close().catch(() => undefined);
    await database?.close().catch(() => undefined);
  }
}

async function status(database: Database, store: EventStore): Promise<number> {
  const checkpoints = await readCheckpoints(database.pool);
  for (const { name } of allProjections()) {
    const checkpoint = checkpoints.get(name);
    const head = await store.head(checkpoint?.position ?? { transactionId: 0n, globalPosition: 0n });
    console.log(`${name.padEnd(24)} ${(checkpoint?.state ?? 'NEW').padEnd(8)} position ${checkpoint?.position.globalPosition ?? 0}`
      + `, ${head.eventsAfter} events behind${checkpoint?.lastError ? `; stopped at ${checkpoint.lastError}` : ''}`);
  }
  const runs = await listRuns(database.pool, 5);
  if (runs.length > 0) console.log('\nrecent rebuilds:');
  for (const r of runs) console.log(describeRun(r));
  return 0;
}

async function rebuild(
  database: Database, store: EventStore, config: AppConfig, name: string | undefined, options: RebuildOptions,
): Promise<number> {
  if (!name && !options.all) throw new InvalidArgumentError('name a projection, or give --all');
  const tty = process.stderr.isTTY === true;
  const bar = new cliProgress.SingleBar({
    stream: process.stderr, hideCursor: true, etaBuffer: 20,
    format: '{stage} {projection} {bar} {value}/{total} events | {rate} events/s | ETA {eta_formatted}',
  }, cliProgress.Presets.shades_classic);
  let started = Date.now();
  let stage = '';
  const onProgress = (p: RebuildProgress) => {
    if (stage !== p.stage) [stage, started] = [p.stage, Date.now()];
    const values = { stage: p.stage, projection: p.projection ?? 'all', rate: Math.round(p.processed / Math.max((Date.now() - started) / 1000, 0.001)) };
    if (!bar.isActive) bar.start(p.total, p.processed, values);
    else bar.update(Math.min(p.processed, p.total), values);
  };
  const rebuilder = new ProjectionRebuilder(database.pool, store, allProjections(), {
    batchSize: options.batchSize,
    show: options.show,
    log: tty ? undefined : (line) => console.log(line),
    onProgress: tty ? onProgress : undefined,
  });
  const { done } = await rebuilder.start({
    names: options.all ? null : [name!],
    mode: options.verifyOnly ? 'VERIFY_ONLY' : 'REBUILD',
    acceptDifferences: options.acceptDifferences ?? false,
    requestedBy: 'cli',
  });
  const finished = await done;
  bar.stop();
  console.log(describeRun(finished));
  if (finished.state === 'FAILED') return EXIT_FAILED;
  // Every read model now follows the configured log (after a move to KurrentDB: the service may start on it).
  if (options.all && finished.state === 'SWAPPED') await markReadModelsLog(database.pool, config.eventStore);
  // With every projection, the frozen reports too: never rebuilt, each is regenerated from the log and its SHA-256 compared.
  const reports = options.all ? await verifyFrozenReports(database.pool, store) : undefined;
  if (reports) console.log(verificationText(reports));
  return finished.state === 'DIFFERENT' || (reports?.differing.length ?? 0) > 0 ? EXIT_DIFFERENT : 0;
}

async function undo(database: Database, store: EventStore, name: string): Promise<number> {
  const projection = new ProjectionRebuilder(database.pool, store, allProjections()).select([name])[0];
  const undone = await undoRebuild(database.pool, projection);
  console.log(`${name}: the tables kept by the last swap are live again, from position ${undone.position.globalPosition} (the running service catches them up)`);
  return 0;
}

function describeRun(r: RebuildRun): string {
  const lines = [`rebuild ${r.id} ${r.mode} ${r.state} (${r.stage}) started ${r.startedAt.toISOString()} by ${r.requestedBy}`
    + `${r.finishedAt ? `, finished ${r.finishedAt.toISOString()}` : ''}${r.error ? `: ${r.error}` : ''}`];
  for (const p of r.parts) {
    lines.push(`  ${p.projection}: ${p.eventsProcessed}/${p.eventsTotal} events, `
      + `${p.differences === null ? 'not verified' : `${p.differences} differences`}${p.positionsDiffer ? ', positions differ (the live projection had stopped)' : ''}`
      + `${p.swapped ? ', swapped' : r.mode === 'REBUILD' && p.differences !== null ? ', NOT swapped (--accept-differences swaps anyway)' : ''}`);
    for (const d of p.shownDifferences) lines.push(`    ${d.table} ${JSON.stringify(d.key)} ${d.kind}${d.columns.length ? ` (${d.columns.join(', ')})` : ''}`);
  }
  return lines.join('\n');
}
