import { beforeAll, expect, it, jest } from '@jest/globals';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { registration, runCase } from '../support/debt-generator.js';
import { bkk } from '../reporting/report-fixture.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { besideField, patient, untilText } from './support/centre-pages.js';

/**
 * `/verify-report`: a district officer checks a paper copy's code; `/log-integrity`: an auditor re-hashes the log and
 * sees an event changed in the database named.
 */

jest.setTimeout(240_000);

const FRI = '2025-03-07';

describeInBrowser('tamper evidence in the browser', () => {
  // The service starts on Monday 10 March 2025: Friday's report is frozen at start-up.
  const suite = browserSuite({
    clockStart: new Date(bkk('2025-03-10', '10:00:00')),
    async beforeStart(db) {
      await runCase(new PostgresEventStore(db.pool), 'seal-1', [registration(1, 'seal-1', { districtCode: '4901', channel: 'COUNTER', at: bkk(FRI, '11:00:00') })]);
      for (let seen = 0; seen < 1; await new Promise((resolve) => setTimeout(resolve, 20))) {
        seen = (await db.pool.query('SELECT count(*)::int AS n FROM events WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())')).rows[0].n;
      }
    },
  });
  /** The code Friday's report of Mukdahan prints. */
  let code: string;
  beforeAll(async () => {
    for (const until = Date.now() + 30_000; Date.now() < until;) {
      if ((await suite.app.db.pool.query(`SELECT 1 FROM daily_mediation_reports WHERE report_day = '${FRI}'`)).rows.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const province = await suite.app.signInAs({ level: 'PROVINCE', office: '49' });
    const { data } = await province.graphql(`{ dailyMediationReport(date: "${FRI}", provinceCode: "49") { verificationCode } }`) as any;
    code = data.dailyMediationReport.verificationCode;
    expect(code).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
  });

  it('tells a district officer which report a printed code is and that it holds, and says so beside a mistyped code', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4902' });
    const page = patient(await suite.pageAs(officer));
    await page.goto('/');
    await page.getByRole('link', { name: 'ตรวจสอบรายงานด้วยรหัส' }).click();
    await page.getByRole('heading', { name: 'ตรวจสอบรายงานด้วยรหัส' }).waitFor();
    await field(page, 'รหัสตรวจสอบ').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'ตรวจสอบ', exact: true }).click();
    const result = page.getByTestId('report-verification');
    await untilText(result.getByRole('status'), 'รายงานฉบับนี้ตรงกับที่ระบบปิดยอดไว้');
    await expect(result.getByTestId('code').innerText()).resolves.toBe(code);
    await untilText(result.getByTestId('day'), '7 มีนาคม 2568');
    await untilText(result.getByTestId('office'), 'ที่ทำการปกครองจังหวัดมุกดาหาร');
    await expectAccessible(page);

    await field(page, 'รหัสตรวจสอบ').fill('AAAAA-AAAAA');
    await page.getByRole('button', { name: 'ตรวจสอบ', exact: true }).click();
    expect(await besideField(field(page, 'รหัสตรวจสอบ'))).toContain('ไม่พบรายงานที่มีรหัสตรวจสอบนี้');
    await expectAccessible(page);
  });

  it('shows an auditor the log intact, then names the stream, version and event of an event changed in the database', async () => {
    const auditor = await suite.app.signInAs({ level: 'AUDITOR' });
    const page = patient(await suite.pageAs(auditor));
    await page.goto('/');
    await page.getByRole('link', { name: 'ตรวจสอบบันทึกเหตุการณ์' }).click();
    await page.getByRole('heading', { name: 'ตรวจสอบความถูกต้องของบันทึกเหตุการณ์' }).waitFor();
    await page.getByRole('button', { name: 'เริ่มตรวจสอบ' }).click();
    const result = page.getByTestId('log-verification');
    await untilText(result.getByRole('status'), 'บันทึกเหตุการณ์และตราผนึกทุกฉบับตรงกับที่เก็บไว้');
    await expect(result.getByTestId('broken-links').innerText()).resolves.toBe('0');
    await expect(result.getByTestId('checked-seals').innerText()).resolves.not.toBe('0');
    await expectAccessible(page);

    const { rows: [changed] } = await suite.app.db.pool.query(
      `UPDATE events SET data = replace(data::text, '"4901"', '"4902"')::jsonb WHERE stream_id = 'debt-seal-1' AND version = 1 RETURNING event_id`);
    await page.getByRole('button', { name: 'ตรวจสอบอีกครั้ง' }).click();
    await untilText(result.getByTestId('broken-links'), /^1$/);
    await untilText(page.getByTestId('broken-debt-seal-1'), new RegExp(`debt-seal-1\\s+1\\s+${changed.event_id}\\s+ค่าแฮชไม่ตรง`));
    await untilText(result.getByRole('alert'), 'พบบันทึกเหตุการณ์ที่ถูกเปลี่ยนแปลง');
    await expectAccessible(page);
    await screenshot(page, 'log-integrity');
  });

  it('lets any signed-in staff check a code, and keeps the log\'s check to auditors and central administrators', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4902' });
    const refused = await officer.graphql('{ verifyLog { intact } }') as any;
    expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    const checked = await officer.graphql(`{ verifyReport(code: "${code}") { day provinceCode sealed } }`) as any;
    expect(checked.data.verifyReport).toEqual({ day: FRI, provinceCode: '49', sealed: true });
    const unknown = await officer.graphql('{ verifyReport(code: "AAAAA-AAAAA") { day } }') as any;
    expect(unknown.errors[0].extensions).toMatchObject({ code: 'UNKNOWN_VERIFICATION_CODE', field: 'code' });
  });
});
