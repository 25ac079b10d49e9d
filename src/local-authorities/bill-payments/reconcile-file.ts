import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inTransaction } from '../../database/transaction.js';
import type { EventDataCodec } from '../../eventstore/event-codec.js';
import { ConcurrencyError } from '../../eventstore/event-store.errors.js';
import { PostgresEventStore } from '../../eventstore/postgres/postgres-event-store.js';
import { authorityNotFound } from '../local-authority-errors.js';
import { hasValidRef2 } from '../monthly-returns/bill-payment.js';
import { monthlyReturnId, RETURN_KINDS } from '../monthly-returns/monthly-return.events.js';
import { type BillPayment, type BillPaymentFile, readBillPaymentFile, requireBiller } from './bill-payment-file.js';
import { reconcileErrors, type LineOutcome } from './bill-payment-errors.js';
import { type NamedReturns, payMatched, readNamedReturns } from './paid-returns.js';
import { billKey, reconcile } from './reconciliation.js';

/** A file a person asks to reconcile for an authority. */
export interface ReconcileRequest {
  file: Buffer;
  fileName: string | null;
  authorityCode: string;
  /** Who ran it: a staff actor (`account:<id>`) or `system:cli`. */
  actor: string;
  actorOffice?: string;
  /** Reads, classifies and reports; stores nothing and takes no receipt number. */
  dryRun: boolean;
  at: Date;
}

export interface RunLine {
  line: number;
  outcome: LineOutcome;
  ref1: string;
  ref2: string;
  amountSatang: bigint;
  dueSatang: bigint | null;
  paidAt: string;
  customerName: string;
  returnId: string | null;
  receiptNumber: string | null;
}

export interface ReconcileRun {
  runId: string;
  authorityCode: string;
  fileDigest: string;
  fileName: string | null;
  effectiveDate: string;
  companyAccount: string;
  ranBy: string;
  ranAt: string;
  dryRun: boolean;
  paymentCount: number;
  matchedCount: number;
  unmatchedCount: number;
  exceptionCount: number;
  matchedSatang: bigint;
  unmatchedSatang: bigint;
  exceptionSatang: bigint;
  lines: RunLine[];
}

/** A bill-payment file read whole: 256 bytes a record; ten megabytes is some 40,000 payments. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const REF1 = /^(\d{7})([123])(\d{4})(\d{2})$/;
const KIND_OF_DIGIT = { 1: RETURN_KINDS[0], 2: RETURN_KINDS[1], 3: RETURN_KINDS[2] } as const;

/**
 * The monthly return a Ref1/Ref2 pair names (bill-payment.ts), when Ref1 is of `authorityCode`: a reference of
 * another authority, or one that does not read, names none (the payment is then unmatched).
 */
export function returnIdOfRefs(authorityCode: string, ref1: string, ref2: string): string | undefined {
  const m = REF1.exec(ref1);
  if (!m || m[1] !== authorityCode || !hasValidRef2(ref2)) return undefined;
  const kind = KIND_OF_DIGIT[Number(m[2]) as 1 | 2 | 3];
  const year = Number(m[3]) - 543;
  if (year < 2000 || year > 2099 || Number(m[4]) < 1 || Number(m[4]) > 12) return undefined;
  return monthlyReturnId(Number(ref2.slice(0, 8)), kind, `${year}-${m[4]}`);
}

/** Runs of a file a writer of one of its returns got in before: each starts again from a fresh read. */
const MAX_ATTEMPTS = 3;

/**
 * Reconciles the bank's bill-payment file for an authority in one transaction: a file whose header names another
 * biller's company code is refused (PAYMENT_FILE_OTHER_BILLER), and so is a file reconciled before
 * (PAYMENT_FILE_ALREADY_RECONCILED: the file's SHA-256 is unique), before anything is read; the returns its references
 * name are read by four readers at once (readNamedReturns), each at a version; then, in one transaction, the run is
 * recorded first (a run of the same file committed meanwhile refuses this one), reconcile() classifies every payment;
 * the matches are paid together (paid-returns.ts): the authority's RECEIPT numbers taken at once in the same
 * transaction (fiscal year of each payment's day in Bangkok), so receipts run without gaps, and every return's events
 * appended after the version it was read at. Every line is kept with its outcome. A refusal anywhere rolls everything
 * back: nothing is half reconciled. A return another writer changed since it was read rolls the run back and starts it
 * again from a fresh read (at most three runs in all). The returns are read and their events appended through
 * `codec`, the service log's (personal data sealed and opened as on every other path), when it has one.
 */
export async function reconcileBillPaymentFile(pool: pg.Pool, request: ReconcileRequest, codec?: EventDataCodec): Promise<ReconcileRun> {
  if (request.file.length > MAX_FILE_BYTES) throw reconcileErrors.fileTooLarge(MAX_FILE_BYTES);
  if (request.fileName !== null && request.fileName.length > 255) throw reconcileErrors.fileNameTooLong();
  const fileDigest = createHash('sha256').update(request.file).digest('hex');
  const parsed = readBillPaymentFile(request.file);
  await runnableOn(pool, request, parsed, fileDigest);
  const returnIds = [...new Set(parsed.payments.flatMap((p) => returnIdOfRefs(request.authorityCode, p.ref1, p.ref2) ?? []))];
  for (let attempt = 1; ; attempt++) {
    try {
      const named = await readNamedReturns(new PostgresEventStore(pool), returnIds, codec);
      return await inTransaction(pool, (client) => reconcileIn(client, request, parsed, fileDigest, named, codec));
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function reconcileIn(
  client: pg.PoolClient, request: ReconcileRequest, parsed: BillPaymentFile, fileDigest: string, named: NamedReturns, codec?: EventDataCodec,
): Promise<ReconcileRun> {
  const runId = randomUUID();
  const ranAt = request.at.toISOString();
  const authority = await runnableOn(client, request, parsed, fileDigest);
  // The log's append lock before the run's row: events need not then be the transaction's first write.
  const log = request.dryRun ? undefined : await PostgresEventStore.within(client);
  if (log) await insertRun(client, runId, request, authority.province_code, fileDigest, parsed.header, ranAt);
  const result = reconcile(parsed, named.bills);
  const receiptOf = !log ? new Map<number, string>() : await payMatched(client, log, result.matched, named, {
    runId, fileDigest, authorityCode: request.authorityCode, actor: request.actor, actorOffice: request.actorOffice, at: ranAt,
  }, codec);
  const returnIdOf = (payment: BillPayment) => named.returnOf.get(billKey(payment.ref1, payment.ref2))?.returnId ?? null;
  const line = (payment: BillPayment, outcome: LineOutcome, dueSatang: bigint | null): RunLine => ({
    line: payment.line, outcome, ref1: payment.ref1, ref2: payment.ref2, amountSatang: payment.amountSatang, dueSatang,
    paidAt: payment.paidAt, customerName: payment.customerName, returnId: outcome === 'UNMATCHED' ? null : returnIdOf(payment),
    receiptNumber: receiptOf.get(payment.line) ?? null,
  });
  const lines: RunLine[] = [
    ...result.matched.map(({ payment, bill }) => line(payment, 'MATCHED', bill.dueSatang)),
    ...result.unmatched.map((payment) => line(payment, 'UNMATCHED', null)),
    ...result.exceptions.map(({ payment, reason, dueSatang }) => line(payment, reason, dueSatang ?? null)),
  ].sort((a, b) => a.line - b.line);
  const sum = (outcomes: (l: RunLine) => boolean) => lines.filter(outcomes).reduce((total, l) => total + l.amountSatang, 0n);
  const run: ReconcileRun = {
    runId, authorityCode: request.authorityCode, fileDigest, fileName: request.fileName, effectiveDate: parsed.header.effectiveDate,
    companyAccount: parsed.header.companyAccount, ranBy: request.actor, ranAt, dryRun: request.dryRun, paymentCount: parsed.payments.length,
    matchedCount: result.matched.length, unmatchedCount: result.unmatched.length, exceptionCount: result.exceptions.length,
    matchedSatang: sum((l) => l.outcome === 'MATCHED'), unmatchedSatang: sum((l) => l.outcome === 'UNMATCHED'),
    exceptionSatang: sum((l) => l.outcome !== 'MATCHED' && l.outcome !== 'UNMATCHED'), lines,
  };
  if (!request.dryRun) await finishRun(client, run);
  return run;
}

/** The authority the file is of, when the file may run: its biller's, and not reconciled before. */
async function runnableOn(db: pg.Pool | pg.ClientBase, request: ReconcileRequest, parsed: BillPaymentFile, fileDigest: string) {
  const authority = (await db.query<{ province_code: string; biller_code: string }>(
    'SELECT province_code, biller_code FROM local_authorities WHERE code = $1', [request.authorityCode])).rows[0];
  if (!authority) throw authorityNotFound(request.authorityCode, 'authorityCode');
  requireBiller(parsed, request.authorityCode, authority.biller_code);
  const earlier = (await db.query<{ ran_at: Date }>('SELECT ran_at FROM bill_payment_runs WHERE file_digest = $1', [fileDigest])).rows[0];
  if (earlier) throw reconcileErrors.alreadyReconciled(earlier.ran_at.toISOString());
  return authority;
}

async function insertRun(
  client: pg.ClientBase, runId: string, request: ReconcileRequest, provinceCode: string, fileDigest: string,
  header: { effectiveDate: string; companyAccount: string }, ranAt: string,
): Promise<void> {
  const { rowCount } = await client.query(
    `INSERT INTO bill_payment_runs (run_id, authority_code, province_code, file_digest, file_name, effective_date, company_account, ran_by, ran_at,
       payment_count, matched_count, unmatched_count, exception_count, matched_satang, unmatched_satang, exception_satang)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, 0, 0, 0, 0, 0, 0) ON CONFLICT (file_digest) DO NOTHING`,
    [runId, request.authorityCode, provinceCode, fileDigest, request.fileName, header.effectiveDate, header.companyAccount, request.actor, ranAt]);
  // Another run of the same file committed in between: its row stands, this one stops before paying anything.
  if (rowCount === 0) throw reconcileErrors.alreadyReconciled(ranAt);
}

async function finishRun(client: pg.ClientBase, run: ReconcileRun): Promise<void> {
  await client.query(
    `UPDATE bill_payment_runs SET payment_count = $2, matched_count = $3, unmatched_count = $4, exception_count = $5,
       matched_satang = $6, unmatched_satang = $7, exception_satang = $8 WHERE run_id = $1`,
    [run.runId, run.paymentCount, run.matchedCount, run.unmatchedCount, run.exceptionCount, run.matchedSatang.toString(),
      run.unmatchedSatang.toString(), run.exceptionSatang.toString()]);
  await client.query(
    `INSERT INTO bill_payment_run_lines (run_id, line, outcome, ref1, ref2, amount_satang, due_satang, paid_at, customer_name, return_id, receipt_number)
     SELECT $1, l.line, l.outcome, l.ref1, l.ref2, l.amount::bigint, l.due::bigint, l.paid_at::timestamptz, l.customer_name, l.return_id, l.receipt_number
     FROM jsonb_to_recordset($2::jsonb) AS l(line integer, outcome text, ref1 text, ref2 text, amount text, due text, paid_at text,
       customer_name text, return_id text, receipt_number text)`,
    [run.runId, JSON.stringify(run.lines.map((l) => ({
      line: l.line, outcome: l.outcome, ref1: l.ref1, ref2: l.ref2, amount: l.amountSatang.toString(), due: l.dueSatang?.toString() ?? null,
      paid_at: l.paidAt, customer_name: l.customerName, return_id: l.returnId, receipt_number: l.receiptNumber,
    })))]);
}
