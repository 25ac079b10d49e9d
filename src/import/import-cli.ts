import { Logger } from '@nestjs/common';
import cliProgress from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import type pg from 'pg';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../database/database.js';
import { openCommandLineLog, type CommandLineLog } from '../eventstore/command-line-log.js';
import type { EventStore } from '../eventstore/event-store.port.js';
import { DomainError } from '../shared/domain-error.js';
import { errorLogLine } from '../shared/error-log-line.js';
import type { ImportProgress } from './import-table.js';
import { personalDataCodec } from '../personal-data/keys/master-key.js';

/** Exit codes of an import: 0 everything imported (or imported before), 1 some refused, 2 nothing could be done. */
export const EXIT_REFUSED = 1;
export const EXIT_FAILED = 2;

/** A commander option parser: a whole number of at least 1. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

/** What an import run tells the command line when it ends: a log line, the report for stdout, whether anything was refused. */
export interface ImportOutcome {
  logLine: string;
  report: string;
  refused: boolean;
}

/**
 * Runs an import from the command line: opens the database as the service does and the log through the
 * command-line log, shows a progress bar on stderr while `work` reads the file, then logs `logLine` and prints
 * the report on stdout. Returns the exit code; a failure is logged and printed with its code and messages.
 */
export async function runImportCli<S>(
  name: string,
  work: (pool: pg.Pool, store: EventStore, onProgress: (progress: ImportProgress) => void, log: (line: string) => void) => Promise<S>,
  outcome: (summary: S, seconds: number) => ImportOutcome,
): Promise<number> {
  const logger = new Logger(name);
  const startedAt = Date.now();
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: 'import {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
    etaBuffer: 20,
    hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  const onProgress = ({ bytesRead, totalBytes, rows }: ImportProgress) => {
    const rate = Math.round(rows / Math.max((Date.now() - startedAt) / 1000, 0.001));
    if (!bar.isActive) bar.start(totalBytes, bytesRead, { rows, rate });
    else bar.update(bytesRead, { rows, rate });
  };
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  let log: CommandLineLog | undefined;
  const interrupted = () => void database?.close().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  try {
    const config = loadConfig();
    database = await openDatabase(config, { shareRunningServer: true });
    log = openCommandLineLog(config, database.pool, await personalDataCodec(config.masterKey, database.pool));
    const summary = await work(database.pool, log.store, onProgress, (line) => logger.log(line));
    bar.stop();
    const { logLine, report, refused } = outcome(summary, (Date.now() - startedAt) / 1000);
    logger.log(logLine);
    console.log(report);
    return refused ? EXIT_REFUSED : 0;
  } catch (error) {
    bar.stop();
    logger.error(`import failed: ${errorLogLine(error)}`);
    console.error(error instanceof DomainError
      ? `import failed: ${error.code} ${error.messageTh} / ${error.messageEn}`
      : `import failed: ${(error as Error)?.message ?? error}`);
    return EXIT_FAILED;
  } finally {
    process.removeListener('SIGINT', interrupted);
    await log?.close();
    await database?.close();
  }
}
