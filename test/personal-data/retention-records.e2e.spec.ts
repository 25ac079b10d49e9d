import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ERASED_MARKER } from '../../src/personal-data/keys/personal-data-shredder.js';
import { pastRecords } from '../support/retention-records.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Retention of what is not a case, on PostgreSQL with the service's clock at 1 June 2037: leaflet permits (one refused
 * in 2026 and one whose period ended in February 2026, due; one issued in May 2027 whose period ends on 30 June 2027,
 * kept and expiring within 30 days; one requested in 2026 and never decided, under way), the filers of a juristic
 * person's business (one revoked in 2026, due; one revoked in 2030, kept; one still authorised; one revoked in 2026
 * and authorised again, kept) and staff accounts (one suspended in January 2036, due after its one year; one suspended
 * in March 2037, kept; one active), and a permit refused in 2026 under a legal hold (held, kept). The run erases the
 * due ones alone, each through the shredder.
 */
const NOW = new Date('2037-06-01T10:00:00+07:00');
const SETTINGS = `{ retentionSettings { rules { rule years dueNow heldNow expiringIn30Days } } }`;
const RUN = `mutation { runRetentionNow { runId state counts { rule erased held unsealed } } }`;
const logLines: string[] = [];

let t: TestApp;
let records: ReturnType<typeof pastRecords>;
const permits: Record<'refused' | 'ended' | 'current' | 'underWay' | 'held', { streamId: string; citizenId: string }> = {} as never;
const filers: Record<'revoked' | 'recent' | 'active' | 'again', { filerNo: number; citizenId: string }> = {} as never;
const accounts: Record<'left' | 'recent' | 'active', { accountId: string; citizenId: string }> = {} as never;

beforeAll(async () => {
  t = await startTestApp({ clockStart: NOW, logs: { write: (line: string) => void logLines.push(line) } });
  records = pastRecords(t, 'RTR1');
  permits.refused = await records.permitOf('2026-01-05T09:00:00+07:00', ['2026-01-20', '2026-01-31'], { refusedAt: '2026-01-10T10:00:00+07:00' });
  permits.ended = await records.permitOf('2026-02-01T09:00:00+07:00', ['2026-02-10', '2026-02-28'], { issuedAt: '2026-02-05T10:00:00+07:00' });
  permits.current = await records.permitOf('2027-05-01T09:00:00+07:00', ['2027-05-10', '2027-06-30'], { issuedAt: '2027-05-05T10:00:00+07:00' });
  permits.underWay = await records.permitOf('2026-01-05T09:00:00+07:00', ['2026-01-20', '2026-01-31']);
  filers.revoked = await records.filerOf(901, '2025-01-10T09:00:00+07:00', '2026-01-10T10:00:00+07:00');
  filers.recent = await records.filerOf(901, '2025-01-10T09:00:00+07:00', '2030-01-10T10:00:00+07:00');
  filers.active = await records.filerOf(901, '2025-01-10T09:00:00+07:00');
  filers.again = await records.filerOf(902, '2025-01-10T09:00:00+07:00', '2026-01-10T10:00:00+07:00', '2027-01-10T10:00:00+07:00');
  accounts.left = await records.accountOf('2030-01-05T09:00:00+07:00', '2036-01-05T10:00:00+07:00');
  accounts.recent = await records.accountOf('2030-01-05T09:00:00+07:00', '2037-03-01T10:00:00+07:00');
  accounts.active = await records.accountOf('2030-01-05T09:00:00+07:00');
  permits.held = await records.permitOf('2026-01-05T09:00:00+07:00', ['2026-01-20', '2026-01-31'], { refusedAt: '2026-01-10T10:00:00+07:00' });
  const hold = await t.admin.graphql(`mutation ($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { caseStreamId active } }`, {
    input: { caseType: 'LEAFLET_PERMIT', caseId: permits.held.streamId.slice('leaflet-'.length), orderReference: 'ศาลปกครอง คดีหมายเลขดำที่ ๑๒/๒๕๘๐', reason: 'ผู้ขออนุญาตฟ้องเรื่องค่าธรรมเนียม' },
  });
  expect(hold.data.placeLegalHold).toEqual({ caseStreamId: permits.held.streamId, active: true });
  await t.caughtUp();
}, 120_000);
afterAll(() => t.close());

const permitRow = async (streamId: string) => (await t.db.pool.query(
  `SELECT applicant_name AS name, status FROM leaflet_permits WHERE 'leaflet-' || permit_id = $1`, [streamId])).rows[0];
const filerRows = async (businessNo: number) => (await t.db.pool.query(
  'SELECT filer_no AS "filerNo", citizen_id AS "citizenId", name, revoked_at IS NOT NULL AS revoked FROM business_authorised_filers WHERE business_no = $1 ORDER BY filer_no',
  [businessNo])).rows;
const accountRow = async (accountId: string) => (await t.db.pool.query(
  'SELECT first_name AS name, status, erased_at IS NOT NULL AS erased FROM staff_accounts WHERE account_id = $1', [accountId])).rows[0];
const totals = async () => (await t.db.pool.query(`SELECT (SELECT count(*)::int FROM events) AS events,
  (SELECT count(*)::int FROM leaflet_permits) AS permits, (SELECT count(*)::int FROM business_authorised_filers) AS filers,
  (SELECT count(*)::int FROM staff_accounts) AS accounts`)).rows[0];

describe('retention of leaflet permits, business filers and staff accounts', () => {
  it('finds the permits ended, the filer revoked and the account suspended past their periods, no other', async () => {
    const answer = await t.admin.graphql(SETTINGS);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.retentionSettings.rules.slice(2)).toEqual([
      { rule: 'LEAFLET_PERMIT_ENDED', years: 10, dueNow: 2, heldNow: 1, expiringIn30Days: 1 },
      { rule: 'BUSINESS_FILER_REVOKED', years: 10, dueNow: 1, heldNow: 0, expiringIn30Days: 0 },
      { rule: 'STAFF_ACCOUNT_CLOSED', years: 1, dueNow: 1, heldNow: 0, expiringIn30Days: 0 },
    ]);
  });

  it('erases them through the shredder: their data shows the marker, the others keep theirs, every count stays', async () => {
    const before = await totals();
    const ran = await t.admin.graphql(RUN);
    expect(ran.errors).toBeUndefined();
    expect(ran.data.runRetentionNow.counts.slice(2)).toEqual([
      { rule: 'LEAFLET_PERMIT_ENDED', erased: 2, held: 1, unsealed: 0 },
      { rule: 'BUSINESS_FILER_REVOKED', erased: 1, held: 0, unsealed: 0 },
      { rule: 'STAFF_ACCOUNT_CLOSED', erased: 1, held: 0, unsealed: 0 },
    ]);
    await t.caughtUp();
    await expect(permitRow(permits.refused.streamId)).resolves.toEqual({ name: ERASED_MARKER, status: 'REFUSED' });
    await expect(permitRow(permits.ended.streamId)).resolves.toEqual({ name: ERASED_MARKER, status: 'ISSUED' });
    await expect(permitRow(permits.current.streamId)).resolves.toEqual({ name: 'นายใบปลิว ทดสอบที่3', status: 'ISSUED' });
    await expect(permitRow(permits.underWay.streamId)).resolves.toEqual({ name: 'นายใบปลิว ทดสอบที่4', status: 'REQUESTED' });
    await expect(permitRow(permits.held.streamId)).resolves.toEqual({ name: 'นายใบปลิว ทดสอบที่12', status: 'REFUSED' });

    // Only the revoked filer's own key went: the other filers of the business keep their names and citizen ids.
    await expect(filerRows(901)).resolves.toEqual([
      { filerNo: 1, citizenId: null, name: ERASED_MARKER, revoked: true },
      { filerNo: 2, citizenId: filers.recent.citizenId, name: 'นายยื่นแทน ทดสอบที่6', revoked: true },
      { filerNo: 3, citizenId: filers.active.citizenId, name: 'นายยื่นแทน ทดสอบที่7', revoked: false },
    ]);
    expect((await filerRows(902)).map((row) => row.citizenId)).toEqual([filers.again.citizenId, filers.again.citizenId]);

    await expect(accountRow(accounts.left.accountId)).resolves.toEqual({ name: ERASED_MARKER, status: 'SUSPENDED', erased: true });
    await expect(accountRow(accounts.recent.accountId)).resolves.toEqual({ name: 'พ้นหน้าที่10', status: 'SUSPENDED', erased: false });
    await expect(accountRow(accounts.active.accountId)).resolves.toEqual({ name: 'พ้นหน้าที่11', status: 'ACTIVE', erased: false });
    await expect(totals()).resolves.toEqual(before);

    const { rows: erasures } = await t.db.pool.query('SELECT stream_id, rule FROM retention_erasures ORDER BY stream_id');
    expect(erasures).toEqual([
      { stream_id: `account-${accounts.left.accountId}`, rule: 'STAFF_ACCOUNT_CLOSED' },
      { stream_id: 'business-901/1', rule: 'BUSINESS_FILER_REVOKED' },
      { stream_id: permits.refused.streamId, rule: 'LEAFLET_PERMIT_ENDED' },
      { stream_id: permits.ended.streamId, rule: 'LEAFLET_PERMIT_ENDED' },
    ]);
    const { rows: causes } = await t.db.pool.query(
      `SELECT DISTINCT stream_id, role, cause_reference FROM personal_data_erasures WHERE stream_id = 'business-901' ORDER BY role`);
    expect(causes).toEqual([{ stream_id: 'business-901', role: 'PARTY', cause_reference: 'BUSINESS_FILER_REVOKED' }]);

    const lines = logLines.filter((line) => line.includes('retention run')).join('\n');
    expect(lines).toContain('LEAFLET_PERMIT_ENDED erased 2 held 1 unsealed 0, BUSINESS_FILER_REVOKED erased 1 held 0 unsealed 0, STAFF_ACCOUNT_CLOSED erased 1');
    for (const value of [permits.refused.citizenId, filers.revoked.citizenId, accounts.left.citizenId, accounts.left.accountId, 'ใบปลิว', 'business-901']) {
      expect(lines).not.toContain(value);
    }

    const again = await t.admin.graphql(RUN);
    expect(again.data.runRetentionNow.counts.slice(2).map((c: { erased: number }) => c.erased)).toEqual([0, 0, 0]);
  });
});
