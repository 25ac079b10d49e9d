import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { billPaymentFile } from '../support/bill-payment-records.js';
import { type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';
import { registerChonburiPao } from '../support/chonburi-pao.js';

/**
 * `npm run cli -- payments reconcile` on the sample in test/fixtures (written by test/support/write-bill-payment-sample.ts)
 * against a real PostgreSQL holding the September 2568 returns its references name: the report, the exit codes,
 * receipts numbered in fiscal year 2569, and the same file refused the second time.
 */
const SAMPLE = fileURLToPath(new URL('../fixtures/bill-payments/ktb-bill-payment-sample.txt', import.meta.url));
let t: TestApp;
let district: SignedIn;

const cli = (...args: string[]) => promisify(execFile)(
  process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'payments', 'reconcile', ...args],
  { env: { ...process.env, DATABASE_URL: t.db.url } },
).then((r) => ({ ...r, exitCode: 0 }), (e: { stdout: string; stderr: string; code: number }) => ({ ...e, exitCode: e.code }));

async function ok(who: SignedIn, query: string, variables: Record<string, unknown>) {
  const answer = await who.graphql(query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

beforeAll(async () => {
  t = await startTestApp({ clockStart: new Date('2025-10-20T10:00:00+07:00') });
  await registerChonburiPao(t.admin);
  district = await t.signInAs({ level: 'DISTRICT', office: '2004' });
  const businesses: [string, string, string, Record<string, unknown>][] = [
    ['โรงแรมบางแสนบีช', 'HOTEL', '0105556000017', { roomRent: '2500100' }],
    ['หจก. ปั๊มน้ำมันศรีราชา', 'FUEL', '0105556000025', { fuel: { petrol: '100000' } }],
    ['โรงแรมเกาะสีชัง', 'HOTEL', '0105556000033', { roomRent: '1000000' }],
  ];
  for (const [nameTh, kind, ownerIdNumber, figures] of businesses) {
    const { registerBusiness } = await ok(district, 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }', {
      input: { authorityCode: '2200101', nameTh, kinds: [kind], addressLine: '1 ถนนสุขุมวิท', subdistrictCode: '200401', ownerKind: 'JURISTIC', ownerIdNumber, ownerName: nameTh },
    });
    await ok(district, 'mutation ($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { id } }', {
      input: { businessNo: registerBusiness.businessNo, kind, period: '2568-09', figures, filer: { name: 'นางสมใจ ใจดี' }, receivedOn: '2568-10-10' },
    });
  }
});
afterAll(() => t.close());

describe('payments reconcile (CLI)', () => {
  it('prints a dry run and stores nothing: exit 1, for lines to settle', async () => {
    const run = await cli(SAMPLE, '--authority', '๒๒๐๐๑๐๑', '--dry-run');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('line 2 MATCHED Ref1 22001011256809 Ref2 00000001015 12500.50 baht return 1-HOTEL-2025-09: ชำระตรงยอด ออกใบเสร็จแล้ว / paid in full, receipt issued');
    expect(run.stdout).toContain('dry run: nothing stored, no receipt numbered');
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM bill_payment_runs')).rows[0].n).toBe(0);
  });

  it('pays the two matches with receipts 1 and 2 of fiscal year 2569, and reports the unmatched and the reversal', async () => {
    const run = await cli(SAMPLE, '--authority', '2200101');
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').slice(0, 6)).toEqual([
      'line 2 MATCHED Ref1 22001011256809 Ref2 00000001015 12500.50 baht return 1-HOTEL-2025-09 receipt 1/2569: ชำระตรงยอด ออกใบเสร็จแล้ว / paid in full, receipt issued',
      'line 3 MATCHED Ref1 22001012256809 Ref2 00000002011 4540.00 baht return 2-FUEL-2025-09 receipt 2/2569: ชำระตรงยอด ออกใบเสร็จแล้ว / paid in full, receipt issued',
      'line 4 UNMATCHED Ref1 22001013256809 Ref2 00000009016 930.00 baht: ไม่พบใบแจ้งชำระตาม Ref1/Ref2 / no bill of the authority has these references',
      'line 5 REVERSED_IN_FILE Ref1 22001011256809 Ref2 00000003018 5000.00 baht (bill 5000.00) return 3-HOTEL-2025-09: รายการนี้ถูกยกเลิกในไฟล์เดียวกัน / reversed later in the same file',
      'line 6 REVERSAL Ref1 22001011256809 Ref2 00000003018 5000.00 baht (bill 5000.00) return 3-HOTEL-2025-09: ธนาคารยกเลิกรายการ / a reversal from the bank',
      expect.stringMatching(/^file [0-9a-f]{64} of 2025-10-10, account 9860012345, authority 2200101: 5 payments$/),
    ]);
    expect(run.stdout).toContain('matched 2 (17040.50 baht), unmatched 1 (930.00 baht), exceptions 2 (10000.00 baht)');
    const { rows } = await t.db.pool.query(`SELECT number, stream_id FROM local_numbers_taken WHERE book = 'RECEIPT' AND fiscal_year = 2569 ORDER BY number`);
    expect(rows).toEqual([{ number: 1, stream_id: 'monthly-return-1-HOTEL-2025-09' }, { number: 2, stream_id: 'monthly-return-2-FUEL-2025-09' }]);
  });

  it('refuses the same file again and a malformed authority: exit 2, nothing more stored', async () => {
    const again = await cli(SAMPLE, '--authority', '2200101');
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('PAYMENT_FILE_ALREADY_RECONCILED');
    const bad = await cli(SAMPLE, '--authority', '22');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('AUTHORITY_CODE_MALFORMED');
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM local_numbers_taken')).rows[0].n).toBe(2);
  });

  it("refuses another biller's file (its header's company code is not the authority's): exit 2, the line named, nothing stored", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'damrong-other-biller-'));
    const file = path.join(dir, 'KTB221068.txt');
    await writeFile(file, billPaymentFile({ companyAccount: '9860099999', companyCode: '81234', day: '22102568', payments: [{ ref1: '22001011256809', ref2: '00000003018', satang: 500_000n }] }));
    try {
      const run = await cli(file, '--authority', '2200101');
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain('PAYMENT_FILE_OTHER_BILLER');
      expect(run.stderr).toContain('line 1');
      expect((await t.db.pool.query('SELECT count(*)::int AS n FROM bill_payment_runs')).rows[0].n).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
