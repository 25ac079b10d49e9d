import { Command, Option } from 'commander';
import { loadConfig } from '../../config/config.js';
import { openDatabase } from '../../database/database.js';
import { openCommandLineLog } from '../../eventstore/command-line-log.js';
import { DomainError } from '../../shared/domain-error.js';
import { type DifferingReport, FROZEN_REPORT_KINDS, type FrozenReportKind, type FrozenReportVerification, verifyFrozenReports } from './frozen-reports.verify.js';

/** Exit codes of `reports verify`: 0 every frozen report matches the log, 1 some differ, 2 the check could not run. */
export const EXIT_DIFFERS = 1;
export const EXIT_FAILED = 2;

/** `reports verify`: the CLI face of verifyFrozenReports, a line per differing report and a summary on stdout. */
export function reportsCommand(): Command {
  const reports = new Command('reports').description('frozen reports: daily mediation reports and complaint month ends');
  reports.command('verify')
    .description('regenerates every frozen report from the event log and compares its SHA-256 with the stored one')
    .addOption(new Option('--kind <kind>', 'only daily reports or only month ends').choices(FROZEN_REPORT_KINDS))
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED))
    .action(async (options: { kind?: FrozenReportKind }) => {
      process.exitCode = await runVerify(options.kind);
    });
  return reports;
}

async function runVerify(kind: FrozenReportKind | undefined): Promise<number> {
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase(config, { shareRunningServer: true });
    const log = openCommandLineLog(config, database.pool);
    const result = await verifyFrozenReports(database.pool, log.store, { kinds: kind && [kind] }).finally(() => log.close());
    console.log(verificationText(result));
    return result.differing.length > 0 ? EXIT_DIFFERS : 0;
  } catch (error) {
    console.error(failureLine('reports verify', error));
    return EXIT_FAILED;
  } finally {
    await database?.close().catch(() => undefined);
  }
}

/** The one line of a command that could not run: a refusal's code and both its messages, else the error's message. */
export function failureLine(command: string, error: unknown): string {
  return error instanceof DomainError
    ? `${command}: ${error.code} ${error.messageTh} / ${error.messageEn}`
    : `${command} failed: ${(error as Error)?.message ?? error}`;
}

/** A line per differing report, then the counts. */
export function verificationText({ checked, matching, differing }: FrozenReportVerification): string {
  return [
    ...differing.map(differingLine),
    `${checked} frozen reports checked: ${matching} match the event log, ${differing.length} ${differing.length === 1 ? 'differs' : 'differ'}`,
  ].join('\n');
}

function differingLine(report: DifferingReport): string {
  const content = report.contentSha256 === report.storedSha256 ? '' : ` content ${report.contentSha256}`;
  const offices = report.offices.length > 0 ? ` offices ${report.offices.join(',')}` : '';
  return `DIFFERS ${report.kind} ${report.key} stored ${report.storedSha256 ?? 'none'}${content} regenerated ${report.regeneratedSha256}${offices}`;
}
