import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { bangkokDay } from '../src/calendar/calendar-day.js';
import { inTransaction } from '../src/database/transaction.js';
import { handleCommand } from '../src/eventstore/handle-command.js';
import { PostgresEventStore } from '../src/eventstore/postgres/postgres-event-store.js';
import { subdistrictsOf } from '../src/geography/geography.js';
import type { ReconcileRun } from '../src/local-authorities/bill-payments/reconcile-file.js';
import { reconcileBillPaymentFile } from '../src/local-authorities/bill-payments/reconcile-file.js';
import { BusinessesStore } from '../src/local-authorities/businesses/businesses.store.js';
import { AuthorityRegisterModule } from '../src/local-authorities/authority-register.module.js';
import { LocalAuthoritiesStore } from '../src/local-authorities/local-authorities.store.js';
import { decideAuthority } from '../src/local-authorities/local-authority.decider.js';
import { MonthlyReturnCommandHandlers, staffSender } from '../src/local-authorities/monthly-returns/monthly-return.command-handlers.js';
import { monthlyReturnDecider } from '../src/local-authorities/monthly-returns/monthly-return.decider.js';
import { monthlyReturnStreamId } from '../src/local-authorities/monthly-returns/monthly-return.events.js';
import { takeNextNumber } from '../src/local-authorities/receipts/local-numbers.js';
import { deriveMasterKeys } from '../src/personal-data/keys/envelope.js';
import { Keyring } from '../src/personal-data/keys/keyring.js';
import { billPaymentFile, type PaymentLine } from '../test/support/bill-payment-records.js';
import { CHONBURI_PAO, CHONBURI_PAO_TERMS } from '../test/support/chonburi-pao.js';
import { citizenIdOf } from '../test/support/debt-generator.js';
import { signedInStaff } from '../test/support/signed-in-staff.js';
import { now, sample, type Sample } from './measure.js';
import { withWriteSide } from './write-side.js';

/** Returns filed and paid by the file (BENCH_LA_RETURNS), and paid one write a payment by the baseline (BENCH_NAIVE_LA_PAYMENTS). */
export const LA_RETURNS = Number(process.env.BENCH_LA_RETURNS ?? 100_000);
export const NAIVE_LA_PAYMENTS = Number(process.env.BENCH_NAIVE_LA_PAYMENTS ?? 5_000);
export const LA_WRITERS = 16;
export const LA_TARGET_PER_SECOND = 20_000;
/** Each business files a hotel return for each of these months (terms in force from October 2024). */
export const LA_PERIODS = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'];

const BY = { actor: 'system:bench', office: 'CENTRAL' };
const SUBDISTRICT = subdistrictsOf('2001')[0];

/** A bill a filing issued: what the bank file pays. */
export interface IssuedBill { returnId: string; ref1: string; ref2: string; satang: bigint }

/** Chonburi PAO and its terms, and `count` hotels of Mueang Chonburi, each registered through BusinessesStore. */
export async function registerPaoAndHotels(pool: pg.Pool, count: number): Promise<number[]> {
  const authorities = new LocalAuthoritiesStore(pool);
  await authorities.register(decideAuthority(CHONBURI_PAO), BY);
  await authorities.enact(CHONBURI_PAO.code, CHONBURI_PAO_TERMS, BY);
  // Their owners are citizens: sealed under keys of a master key of this run's own.
  const businesses = new BusinessesStore(pool, new Keyring(pool, deriveMasterKeys(randomBytes(32))));
  const numbers: number[] = new Array(count);
  await Promise.all(Array.from({ length: 8 }, async (_, w) => {
    for (let i = w; i < count; i += 8) {
      const business = await businesses.register({
        authorityCode: CHONBURI_PAO.code, nameTh: `โรงแรมทดสอบ ${i + 1}`, kinds: ['HOTEL'], addressLine: `${i + 1} ถนนสุขุมวิท`,
        subdistrictCode: SUBDISTRICT.code, districtCode: '2001', provinceCode: '20', ownerKind: 'CITIZEN', ownerId: citizenIdOf(7_000_000 + i), ownerName: `เจ้าของ ${i + 1}`,
      }, BY, new Date());
      numbers[i] = business.businessNo;
    }
  }));
  return numbers;
}

/**
 * Files one hotel return for each business and month through MonthlyReturnCommandHandlers and the CommandBus (as the
 * fileMonthlyReturn mutation does), LA_WRITERS at once, signed in as Chonburi province staff: each is assessed and
 * billed at once. Answers returns/s and the bills.
 */
export async function fileReturnsRun(pool: pg.Pool, businessNos: readonly number[], returns: number): Promise<{ rate: Sample; bills: IssuedBill[] }> {
  const staff = signedInStaff('PROVINCE', { kind: 'PROVINCE', code: '20' });
  return withWriteSide(pool, AuthorityRegisterModule, MonthlyReturnCommandHandlers, [], async (handlers) => {
    const bills: IssuedBill[] = new Array(returns);
    const startedAt = now();
    await Promise.all(Array.from({ length: LA_WRITERS }, async (_, w) => {
      for (let i = w; i < returns; i += LA_WRITERS) {
        const outcome = await handlers.file(staffSender(staff), {
          businessNo: businessNos[i % businessNos.length], kind: 'HOTEL', period: LA_PERIODS[Math.floor(i / businessNos.length)],
          figures: { roomRent: String(10_000 + (i % 5_000) * 7) }, filer: { name: 'นางสมใจ ใจดี' }, channel: 'ONLINE',
        });
        const bill = outcome.events.find((e) => e.type === 'MonthlyReturnBillIssued');
        if (bill?.type !== 'MonthlyReturnBillIssued') throw new Error(`return ${outcome.returnId} was not billed`);
        bills[i] = { returnId: outcome.returnId, ref1: bill.data.ref1, ref2: bill.data.ref2, satang: BigInt(bill.data.amountSatang) };
      }
    }));
    return { rate: sample(returns, startedAt), bills };
  });
}

const PAID_ON = '20082568';
const paymentsOf = (bills: readonly IssuedBill[]): PaymentLine[] => bills.map((b, i) => ({
  ref1: b.ref1, ref2: b.ref2, satang: b.satang, paidTime: `${String(8 + (i % 10)).padStart(2, '0')}${String(i % 60).padStart(2, '0')}00`, customerName: 'โรงแรมทดสอบ',
}));

/** The bank's file of one payment a bill (written before the clock starts), reconciled as `payments reconcile` does: payments/s. */
export async function reconcileFileRun(pool: pg.Pool, bills: readonly IssuedBill[]): Promise<{ rate: Sample; run: ReconcileRun }> {
  const file = billPaymentFile({ companyAccount: '9860012345', companyCode: CHONBURI_PAO.billerCode, day: PAID_ON, payments: paymentsOf(bills) });
  const startedAt = now();
  const run = await reconcileBillPaymentFile(pool, { file, fileName: 'KTB200868.txt', authorityCode: CHONBURI_PAO.code, actor: 'system:cli', dryRun: false, at: new Date() });
  const rate = sample(bills.length, startedAt);
  if (run.matchedCount !== bills.length) throw new Error(`the bench file matched ${run.matchedCount} of ${bills.length} payments`);
  return { rate, run };
}

/**
 * The baseline: the same payments paid one write each, as reconciliation did before it was set-based: a transaction a
 * payment, its return's stream read, the next receipt number taken, RecordReturnPaid decided and appended.
 */
export async function paymentAtATimeRun(pool: pg.Pool, bills: readonly IssuedBill[]): Promise<Sample> {
  const payments = paymentsOf(bills);
  const fileDigest = 'b'.repeat(64);
  const startedAt = now();
  for (const [i, bill] of bills.entries()) {
    const paidAt = `2025-08-20T${payments[i].paidTime!.slice(0, 2)}:${payments[i].paidTime!.slice(2, 4)}:00+07:00`;
    await inTransaction(pool, async (client) => {
      const log = await PostgresEventStore.within(client);
      const streamId = monthlyReturnStreamId(bill.returnId);
      const receipt = await takeNextNumber(client, 'RECEIPT', CHONBURI_PAO.code, bangkokDay(new Date(paidAt)), streamId);
      await handleCommand(log, streamId, monthlyReturnDecider, {
        type: 'RecordReturnPaid', ref1: bill.ref1, ref2: bill.ref2, amountSatang: Number(bill.satang), paidAt, fileDigest, line: i + 2,
        receipt: { fiscalYear: receipt.fiscalYear, number: receipt.number }, at: new Date().toISOString(),
      }, { commandId: `bill-payment:${fileDigest}:${i + 2}`, actor: 'system:bench' }, { maxAttempts: 1 });
    });
  }
  return sample(bills.length, startedAt);
}

/**
 * The log's own ceiling for what a reconciliation writes: the events the file's run appended (MonthlyReturnPaid and
 * MonthlyReturnReceiptIssued, two a payment) written again in ONE `INSERT … SELECT` in SQL alone, onto fresh streams
 * at the same versions (new event ids), through the log's triggers (append lock, hash chain) and indexes, in a
 * transaction rolled back afterwards. No JSON crosses the wire and nothing is decided: it is the rate no
 * reconciliation that writes these events through this log can pass. Answers payments/s (events / 2).
 */
export async function paidEventsCeilingRun(pool: pg.Pool, runId: string): Promise<Sample & { events: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock_shared(1684106610, 1634758244), set_config('damrong.appending', 'on', true)`);
    const startedAt = now();
    const { rowCount } = await client.query(
      `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
       SELECT 'ceiling-' || stream_id, version, gen_random_uuid(), type, schema_version, data, metadata FROM events
       WHERE metadata ->> 'correlationId' = $1 ORDER BY global_position`, [`bill-payment-run:${runId}`]);
    const events = rowCount ?? 0;
    return { ...sample(events / 2, startedAt), events };
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}
