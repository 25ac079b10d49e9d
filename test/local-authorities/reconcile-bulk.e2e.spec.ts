import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { commandKeyOf, eventIdFor } from '../../src/eventstore/event-ids.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { reconcileBillPaymentFile } from '../../src/local-authorities/bill-payments/reconcile-file.js';
import { monthlyReturnDecider } from '../../src/local-authorities/monthly-returns/monthly-return.decider.js';
import { monthlyReturnStreamId } from '../../src/local-authorities/monthly-returns/monthly-return.events.js';
import { newEvent } from '../eventstore/event-store.contract.js';
import { billPaymentFile, type PaymentLine } from '../support/bill-payment-records.js';
import { citizenIdOf } from '../support/debt-generator.js';
import { registerChonburiPao } from '../support/chonburi-pao.js';
import { type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The set-based reconciliation (paid-returns.ts) on a real PostgreSQL: the returns a file names read in bulk, the
 * receipt numbers taken at once, the events appended in a few statements after each return's version. Matching
 * stays exact (two bills of one return paid in one file), a return another writer changes meanwhile sends the run
 * round again without losing or repeating a receipt number, and a run that fails gives back every number it took.
 */
let t: TestApp;
let district: SignedIn;
let chonburi: SignedIn;
type Bill = { ref1: string; ref2: string; amount: string };
const bills: Bill[][] = [];
const businessNos: number[] = [];
let files = 0;

async function ok(who: SignedIn, query: string, variables: Record<string, unknown>) {
  const answer = await who.graphql(query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}
const satang = (baht: string) => BigInt(baht.replace('.', ''));
const pay = (bill: Bill, over: Partial<PaymentLine> = {}): PaymentLine => ({ ref1: bill.ref1, ref2: bill.ref2, satang: satang(bill.amount), ...over });
/** A file of the day (each a new one, so never the same SHA-256; 11 to 13 October 2568, by the bills' pay-by date), reconciled as the CLI does. */
const fileOf = (payments: PaymentLine[]) => billPaymentFile({ companyAccount: '9860012345', companyCode: '80141', day: `${10 + ++files}102568`, payments });
const reconcileFile = (file: Buffer) => reconcileBillPaymentFile(t.db.pool, {
  file, fileName: null, authorityCode: '2200101', actor: 'system:cli', dryRun: false, at: new Date(),
});
const receipts = async () => (await t.db.pool.query<{ number: number; stream_id: string }>(
  "SELECT number, stream_id FROM local_numbers_taken WHERE book = 'RECEIPT' ORDER BY fiscal_year, number")).rows;
const counter = async () => (await t.db.pool.query<{ last_number: number }>(
  "SELECT coalesce(sum(last_number), 0)::int AS last_number FROM local_number_counters WHERE book = 'RECEIPT'")).rows[0].last_number;
const streamTypes = async (returnId: string) => (await new PostgresEventStore(t.db.pool).readStream(monthlyReturnStreamId(returnId))).map((e) => e.type);

beforeAll(async () => {
  t = await startTestApp({ clockStart: new Date('2025-10-11T10:00:00+07:00') });
  await registerChonburiPao(t.admin);
  district = await t.signInAs({ level: 'DISTRICT', office: '2004' });
  chonburi = await t.signInAs({ level: 'PROVINCE', office: '20' });
  for (let i = 0; i < 6; i++) {
    const { registerBusiness } = await ok(district, 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }', {
      input: { authorityCode: '2200101', nameTh: `โรงแรมชายหาด ${i + 1}`, kinds: ['HOTEL'], addressLine: '1 ถนนสุขุมวิท', subdistrictCode: '200401',
        ownerKind: 'CITIZEN', ownerIdNumber: citizenIdOf(500 + i), ownerName: `บริษัท ชายหาด ${i + 1} จำกัด` },
    });
    businessNos.push(registerBusiness.businessNo);
    const { fileMonthlyReturn } = await ok(district, 'mutation ($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { versions { bill { ref1 ref2 amount } } } }', {
      input: { businessNo: registerBusiness.businessNo, kind: 'HOTEL', period: '2568-09', figures: { roomRent: `${(i + 1) * 100000}` }, filer: { name: 'นางสมใจ ใจดี' }, receivedOn: '2568-10-10' },
    });
    bills.push(fileMonthlyReturn.versions.map((v: { bill: Bill }) => v.bill));
  }
  const { amendMonthlyReturn } = await ok(chonburi, 'mutation ($input: AmendMonthlyReturnInput!) { amendMonthlyReturn(input: $input) { versions { bill { ref1 ref2 amount } } } }', {
    input: { returnId: `${businessNos[0]}-HOTEL-2025-09`, figures: { roomRent: '150000' }, filer: { name: 'นางสมใจ ใจดี' }, reason: 'ค่าห้องตกหล่น' },
  });
  bills[0] = amendMonthlyReturn.versions.map((v: { bill: Bill }) => v.bill);
});
afterAll(() => t.close());

describe('reconciling a file in bulk', () => {
  it('pays two bills of one return in one append, matches to the satang, and numbers the receipts in the order of the file', async () => {
    const [first, second] = bills[0];
    const run = await reconcileFile(fileOf([pay(second), pay(bills[1][0], { satang: satang(bills[1][0].amount) + 1n }), pay(first), pay(bills[2][0])]));
    expect(run.lines.map((l) => [l.line, l.outcome, l.receiptNumber])).toEqual([
      [2, 'MATCHED', '1/2569'], [3, 'OVERPAID', null], [4, 'MATCHED', '2/2569'], [5, 'MATCHED', '3/2569'],
    ]);
    const returnId = `${businessNos[0]}-HOTEL-2025-09`;
    expect((await streamTypes(returnId)).slice(-4)).toEqual(['MonthlyReturnPaid', 'MonthlyReturnReceiptIssued', 'MonthlyReturnPaid', 'MonthlyReturnReceiptIssued']);
    expect(await receipts()).toEqual([
      { number: 1, stream_id: monthlyReturnStreamId(returnId) }, { number: 2, stream_id: monthlyReturnStreamId(returnId) },
      { number: 3, stream_id: monthlyReturnStreamId(`${businessNos[2]}-HOTEL-2025-09`) },
    ]);
    expect(await streamTypes(`${businessNos[1]}-HOTEL-2025-09`)).not.toContain('MonthlyReturnPaid');
  });

  it('starts again when another writer changes a return meanwhile: the amendment kept, the bill paid once, no receipt number lost or twice', async () => {
    const returnId = `${businessNos[3]}-HOTEL-2025-09`;
    const other = await t.db.pool.connect();
    let run: ReturnType<typeof reconcileFile> | undefined;
    try {
      await other.query('BEGIN');
      // The other writer appends first and holds its transaction open; the run reads the return as it was committed.
      await handleCommand(await PostgresEventStore.within(other), monthlyReturnStreamId(returnId), monthlyReturnDecider, {
        type: 'AmendMonthlyReturn', returnId, figures: { roomRent: '500000' }, filer: { name: 'นางสมใจ ใจดี' }, channel: 'ONLINE', reason: 'แก้ค่าห้อง', at: new Date().toISOString(),
      }, { commandId: 'amend-meanwhile', actor: 'account:test' });
      run = reconcileFile(fileOf([pay(bills[3][0]), pay(bills[4][0])]));
      await untilWaitingOnLock();
      await other.query('COMMIT');
    } finally {
      other.release();
    }
    const done = await run;
    expect(done.lines.map((l) => [l.outcome, l.receiptNumber])).toEqual([['MATCHED', '4/2569'], ['MATCHED', '5/2569']]);
    expect(await streamTypes(returnId)).toEqual([
      'MonthlyReturnFiled', 'MonthlyReturnAssessed', 'MonthlyReturnBillIssued', 'MonthlyReturnAmended', 'MonthlyReturnAssessed', 'MonthlyReturnBillIssued',
      'MonthlyReturnPaid', 'MonthlyReturnReceiptIssued',
    ]);
    expect((await receipts()).map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(await counter()).toBe(5);
  });

  it('gives back every number a failed run took: the book runs on without a gap', async () => {
    const payments = [pay(bills[1][0]), pay(bills[5][0])];
    const file = fileOf(payments);
    const digest = createHash('sha256').update(file).digest('hex');
    // The last payment's event id is stored already (elsewhere): its append fails after both receipt numbers were taken.
    const taken = { ...newEvent(), eventId: eventIdFor(commandKeyOf('system:cli', `bill-payment:${digest}:3`), 0) };
    await new PostgresEventStore(t.db.pool).appendToStream('tally-in-the-way', [taken], 'no-stream');
    await expect(reconcileFile(file)).rejects.toMatchObject({ code: 'DUPLICATE_EVENT_ID' });
    expect(await counter()).toBe(5);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM bill_payment_runs WHERE file_digest = $1', [digest])).rows[0].n).toBe(0);
    expect(await streamTypes(`${businessNos[1]}-HOTEL-2025-09`)).not.toContain('MonthlyReturnPaid');

    const next = await reconcileFile(fileOf([pay(bills[1][0])]));
    expect(next.lines.map((l) => [l.outcome, l.receiptNumber])).toEqual([['MATCHED', '6/2569']]);
    expect((await receipts()).map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

/** Until a session of the test database waits on a lock: the run's append behind the other writer's open one. */
async function untilWaitingOnLock(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { rows } = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO events%'");
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the run never waited for the other writer');
}
