import { Command } from 'commander';
import { type AppConfig, loadConfig } from '../../config/config.js';
import { parseCalendarDay } from '../../calendar/calendar-day.js';
import { openDatabase } from '../../database/database.js';
import { openCommandLineLog } from '../../eventstore/command-line-log.js';
import { requirePostgresLog } from '../../eventstore/log-features.js';
import { failureLine, verificationText } from '../frozen-reports/reports-verify.command.js';
import { verifyFrozenReports } from '../frozen-reports/frozen-reports.verify.js';
import { type LogVerification, logIsIntact, verifyLog } from './log-verification.js';

/** Exit codes of `verify log` and `verify report`: 0 all holds, 1 something broke or differs, 2 the check could not run. */
export const EXIT_BROKEN = 1;
export const EXIT_FAILED = 2;

/** `verify log [--from <position>]` and `verify report <date>`: tamper evidence from the command line. */
export function verifyCommand(): Command {
  const verify = new Command('verify').description('tamper evidence: the event log\'s chains of hashes, the reports\' seals, a frozen report');
  verify.command('log')
    .description('re-hashes every stream of the event log and recomputes every frozen report\'s seal; names each broken link and seal')
    .option('--from <position>', 'only the events at or after this global position (their predecessors\' stored hashes anchor them)')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED))
    .action(async (options: { from?: string }) => {
      process.exitCode = await withDatabase('verify log', async (pool, config) => {
        requirePostgresLog(config, 'LOG_INTEGRITY');
        if (options.from !== undefined && !/^\d+$/.test(options.from)) throw new Error(`--from ${options.from} is no global position`);
        const result = await verifyLog(pool, { fromPosition: options.from === undefined ? undefined : BigInt(options.from) });
        console.log(logVerificationText(result));
        return logIsIntact(result) ? 0 : EXIT_BROKEN;
      });
    });
  verify.command('report <date>')
    .description('regenerates the frozen daily report of a day from the event log and compares its bytes with the stored ones')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED))
    .action(async (date: string) => {
      process.exitCode = await withDatabase('verify report', async (pool, config) => {
        const day = parseCalendarDay(date, 'date');
        const log = openCommandLineLog(config, pool);
        const result = await verifyFrozenReports(pool, log.store, { day }).finally(() => log.close());
        if (result.checked === 0) throw new Error(`no daily report of ${day} is frozen`);
        console.log(verificationText(result));
        return result.differing.length > 0 ? EXIT_BROKEN : 0;
      });
    });
  return verify;
}

type Pool = Awaited<ReturnType<typeof openDatabase>>['pool'];

async function withDatabase(name: string, work: (pool: Pool, config: AppConfig) => Promise<number>): Promise<number> {
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase(config, { shareRunningServer: true });
    return await work(database.pool, config);
  } catch (error) {
    console.error(failureLine(name, error));
    return EXIT_FAILED;
  } finally {
    await database?.close().catch(() => undefined);
  }
}

/** A line per broken link, seal and reseal, then the counts. */
export function logVerificationText(result: LogVerification): string {
  return [
    ...result.brokenLinks.map((l) => `BROKEN LINK ${l.kind} stream ${l.streamId} version ${l.version} event ${l.eventId} position ${l.globalPosition}`),
    ...result.brokenSeals.map((s) => `BROKEN SEAL daily report ${s.day} up to ${s.transactionId}/${s.globalPosition} stored ${s.storedSeal ?? 'none'} recomputed ${s.recomputedSeal}`),
    ...result.brokenReseals.map((r) => `BROKEN RESEAL run ${r.runId} recorded ${r.recorded ?? 'none'} recomputed ${r.recomputed}`),
    `${result.checkedEvents} events re-hashed: ${result.brokenLinks.length} ${result.brokenLinks.length === 1 ? 'stream has' : 'streams have'} a broken link; `
      + `${result.checkedSeals} seals recomputed: ${result.brokenSeals.length} broken`,
  ].join('\n');
}
