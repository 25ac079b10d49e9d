import type pg from 'pg';
import {
  fileReturnsRun, LA_PERIODS, paidEventsCeilingRun, LA_RETURNS, LA_TARGET_PER_SECOND, LA_WRITERS, NAIVE_LA_PAYMENTS, paymentAtATimeRun, reconcileFileRun, registerPaoAndHotels,
} from '../local-returns.bench.js';
import { fmt, log, settle } from '../measure.js';
import type { Row } from '../report.js';
import type { BenchSection } from './section.js';

/**
 * Issue 16: a PAO's monthly returns filed and assessed through the command path, then the bank's bill-payment file
 * of one payment a return reconciled as `payments reconcile` does, beside the same payments made one write each.
 */
export const localAuthoritiesSection: BenchSection = {
  name: 'local-authorities',
  async run(pool: pg.Pool) {
    const returns = LA_RETURNS + NAIVE_LA_PAYMENTS;
    const businessNos = await registerPaoAndHotels(pool, Math.ceil(returns / LA_PERIODS.length));
    log(`registered Chonburi PAO and ${fmt(businessNos.length)} hotels`);
    settle();
    const filed = await fileReturnsRun(pool, businessNos, returns);
    log(`filed and assessed ${fmt(returns)} returns: ${fmt(filed.rate.rate)} returns/s`);
    await pool.query('VACUUM (ANALYZE) events');
    settle();
    const reconciled = await reconcileFileRun(pool, filed.bills.slice(0, LA_RETURNS));
    log(`reconciled ${fmt(LA_RETURNS)} payments from one file: ${fmt(reconciled.rate.rate)} payments/s`);
    settle();
    const ceiling = await paidEventsCeilingRun(pool, reconciled.run.runId);
    if (ceiling.events !== 2 * LA_RETURNS) throw new Error(`the ceiling wrote ${ceiling.events} events for ${LA_RETURNS} payments`);
    log(`the same ${fmt(ceiling.events)} events in one INSERT … SELECT: ${fmt(ceiling.rate)} payments/s`);
    settle();
    const naive = await paymentAtATimeRun(pool, filed.bills.slice(LA_RETURNS));
    log(`paid ${fmt(NAIVE_LA_PAYMENTS)} payments one write each: ${fmt(naive.rate)} payments/s`);
    const { rows: [book] } = await pool.query<{ taken: number; last: number }>(
      "SELECT (SELECT count(*)::int FROM local_numbers_taken WHERE book = 'RECEIPT') AS taken, (SELECT sum(last_number)::int FROM local_number_counters WHERE book = 'RECEIPT') AS last");
    if (book.taken !== returns || book.last !== returns) throw new Error(`receipts: ${book.taken} taken, the book at ${book.last}, for ${returns} payments`);

    const rows: Row[] = [
      { measure: `Monthly returns filed, assessed and billed through MonthlyReturnCommandHandlers and the CommandBus, ${LA_WRITERS} writers, `
        + `${fmt(returns)} returns (no baseline)`, unit: 'returns/s', damrong: [filed.rate], baseline: [] },
      { measure: `Bill payments reconciled from one bank file of ${fmt(LA_RETURNS)} payments (payments reconcile: read, match, receipts, one transaction) `
        + `(baseline: ${fmt(NAIVE_LA_PAYMENTS)} payments one write each)`, unit: 'payments/s', target: LA_TARGET_PER_SECOND, damrong: [reconciled.rate], baseline: [naive] },
      { measure: `The log's own ceiling for those payments: the run's ${fmt(ceiling.events)} events (two a payment) written again in one INSERT … SELECT in `
        + 'SQL alone, through the hash chain and indexes, rolled back (baseline: the reconciliation above)', unit: 'payments/s',
      damrong: [ceiling], baseline: [reconciled.rate] },
    ];
    const notes = [
      `Data: Chonburi PAO (its terms from October 2024) and ${fmt(businessNos.length)} hotels registered through BusinessesStore, each filing a hotel return `
        + `online for the months ${LA_PERIODS[0]} to ${LA_PERIODS.at(-1)}: filed, assessed (late, so with a surcharge) and billed in one command each; the `
        + 'filing handler reads the business, the PAO, its terms and the holidays, then the CommandBus appends the three events. Each figure is one run.',
      `Reconciliation: the file (${fmt(LA_RETURNS)} D records of 256 bytes in Windows-874, one payment a bill, written before the clock starts) through `
        + 'reconcileBillPaymentFile, the CLI\'s code: parse, the named returns read before the transaction by four readers at once in statements of '
        + '5,000 streams, then in one transaction the run recorded, the pure matcher, the receipt numbers taken in one statement, MonthlyReturnPaid and '
        + 'MonthlyReturnReceiptIssued appended 10,000 events a statement after each stream\'s version, and the run\'s lines stored. The baseline pays other returns of the same filing the way reconciliation did '
        + 'before: a transaction a payment, its stream read, takeNextNumber, handleCommand. The receipt book is checked gapless after both: '
        + `${fmt(returns)} numbers for ${fmt(returns)} payments.`,
      'The ceiling row writes the very events the file\'s run appended (found by its correlation id) onto fresh streams at the same versions, '
        + 'new event ids, after the append lock, in one statement, then rolls back: no JSON crosses the wire and nothing is read, folded or decided. '
        + `A reconciliation writing two hashed events a payment cannot pass it; the ${fmt(LA_TARGET_PER_SECOND)}/s target asks for `
        + `${fmt(2 * LA_TARGET_PER_SECOND)} such events a second.`,
    ];
    return { rows, notes };
  },
};
