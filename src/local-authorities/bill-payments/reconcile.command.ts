import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { openDatabase } from '../../database/database.js';
import { requirePostgresLog } from '../../eventstore/log-features.js';
import { formatUnits } from '../../shared/decimal.js';
import { DomainError } from '../../shared/domain-error.js';
import { parseAuthorityCode } from '../local-authority.decider.js';
import { OUTCOME_TEXT } from './bill-payment-errors.js';
import { personalDataCodec } from '../../personal-data/keys/master-key.js';
import { reconcileBillPaymentFile, type ReconcileRun } from './reconcile-file.js';

/**
 * Exit codes of `payments reconcile`: 0 every payment matched and paid, 1 the file was reconciled but has unmatched
 * lines or exceptions for staff to settle, 2 nothing was done (the file refused, reconciled before, no such
 * authority, no database).
 */
export const EXIT_TO_SETTLE = 1;
export const EXIT_FAILED = 2;

/** `payments reconcile <file> --authority <code> [--dry-run]`: the bank's bill-payment file matched to the bills. */
export function paymentsCommand(): Command {
  const payments = new Command('payments').description("bill payments: the bank's bill-payment files");
  payments.command('reconcile')
    .description("matches the bank's bill-payment file (256-byte layout in README) to the authority's bills; pays and issues receipts for the matches")
    .argument('<file>', "the bank's bill-payment file")
    .requiredOption('--authority <code>', "the authority's 7-digit code; only its bills are matched")
    .option('--dry-run', 'read and classify, store nothing and take no receipt number')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED))
    .action(async (file: string, options: { authority: string; dryRun?: boolean }) => {
      let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
      try {
        const authorityCode = parseAuthorityCode(options.authority, 'authority');
        const content = await readFile(file);
        const config = loadConfig();
        requirePostgresLog(config, 'GAPLESS_NUMBERS');
        database = await openDatabase(config, { shareRunningServer: true });
        const run = await reconcileBillPaymentFile(database.pool, {
          file: content, fileName: path.basename(file), authorityCode, actor: 'system:cli', dryRun: options.dryRun ?? false, at: new Date(),
        }, await personalDataCodec(config.masterKey, database.pool));
        console.log(runReport(run));
        process.exitCode = run.unmatchedCount + run.exceptionCount > 0 ? EXIT_TO_SETTLE : 0;
      } catch (error) {
        console.error(error instanceof DomainError
          ? `payments reconcile refused: ${error.code} ${error.messageTh} / ${error.messageEn}`
          : `payments reconcile failed: ${(error as Error)?.message ?? error}`);
        process.exitCode = EXIT_FAILED;
      } finally {
        await database?.close().catch(() => undefined);
      }
    });
  return payments;
}

const baht = (satang: bigint) => formatUnits(satang, 2);

/** A line per payment (matched, unmatched, exception) with its reason in Thai and English, then the counts and totals. */
export function runReport(run: ReconcileRun): string {
  const lines = run.lines.map((l) => {
    const [th, en] = OUTCOME_TEXT[l.outcome];
    const due = l.dueSatang !== null && l.outcome !== 'MATCHED' ? ` (bill ${baht(l.dueSatang)})` : '';
    const receipt = l.receiptNumber ? ` receipt ${l.receiptNumber}` : '';
    const ret = l.returnId ? ` return ${l.returnId}` : '';
    return `line ${l.line} ${l.outcome} Ref1 ${l.ref1} Ref2 ${l.ref2} ${baht(l.amountSatang)} baht${due}${ret}${receipt}: ${th} / ${en}`;
  });
  return [
    ...lines,
    `file ${run.fileDigest} of ${run.effectiveDate}, account ${run.companyAccount}, authority ${run.authorityCode}: ${run.paymentCount} payments`,
    `matched ${run.matchedCount} (${baht(run.matchedSatang)} baht), unmatched ${run.unmatchedCount} (${baht(run.unmatchedSatang)} baht), `
      + `exceptions ${run.exceptionCount} (${baht(run.exceptionSatang)} baht)`,
    ...(run.dryRun ? ['dry run: nothing stored, no receipt numbered'] : [`run ${run.runId}`]),
  ].join('\n');
}
