import { expect, it, jest } from '@jest/globals';
import { loadConfig } from '../../src/config/config.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { personalDataCodec } from '../../src/personal-data/keys/master-key.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../src/personal-data/keys/personal-field-catalogue.js';
import { sealStoredEvents } from '../../src/personal-data/keys/seal-log/seal-stored-events.js';
import { registration, runCase, step } from '../support/debt-generator.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, untilText } from './support/centre-pages.js';

/**
 * `/log-integrity` after the log was sealed in place (issue 17): a debt case written plain before sealing is sealed by
 * a run with the service's master key; then, behind the service's back, its transfer is changed in the database and
 * the transfer's seal receipt made to agree with the change, so that the event's own hash chain reads whole. An auditor
 * checking the log is told in Thai that a sealing run's receipts no longer add up, and which run.
 */

jest.setTimeout(240_000);
let runId = '';

describeInBrowser('a broken reseal on the log\'s check', () => {
  const suite = browserSuite({
    async beforeStart(db) {
      await runCase(new PostgresEventStore(db.pool), 'reseal-1', [registration(1, 'reseal-1', { districtCode: '4901' }), step.transfer('4902')]);
      const codec = await personalDataCodec(loadConfig({}).masterKey, db.pool);
      const run = await sealStoredEvents(db.pool, codec, Object.keys(PERSONAL_FIELD_CATALOGUE));
      expect(run.eventsSealed).toBe(2);
      runId = run.runId;
    },
  });

  it('names the sealing run whose receipt was changed to hide a changed event', async () => {
    const auditor = await suite.app.signInAs({ level: 'AUDITOR' });
    const page = patient(await suite.pageAs(auditor));
    await page.goto('/log-integrity');
    await page.getByRole('heading', { name: 'ตรวจสอบความถูกต้องของบันทึกเหตุการณ์' }).waitFor();
    await page.getByRole('button', { name: 'เริ่มตรวจสอบ' }).click();
    const result = page.getByTestId('log-verification');
    await untilText(result.getByRole('status'), 'บันทึกเหตุการณ์และตราผนึกทุกฉบับตรงกับที่เก็บไว้');
    await expect(page.getByTestId('broken-reseals').count()).resolves.toBe(0);

    const { rows: [changed] } = await suite.app.db.pool.query<{ event_id: string }>(
      `UPDATE events SET data = jsonb_set(data, '{toDistrictCode}', '"4903"') WHERE stream_id = 'debt-reseal-1' AND type = 'DebtCaseTransferred'
       RETURNING event_id::text`);
    await suite.app.db.pool.query(
      `UPDATE event_seal_receipts r SET sealed_digest = sha256(damrong_event_bytes(e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.recorded_at, e.data, e.metadata))
       FROM events e WHERE e.event_id = r.event_id AND r.event_id = $1`, [changed.event_id]);

    await page.getByRole('button', { name: 'ตรวจสอบอีกครั้ง' }).click();
    await untilText(result.getByRole('alert'), 'พบบันทึกเหตุการณ์ที่ถูกเปลี่ยนแปลง');
    await expect(result.getByTestId('broken-links').innerText()).resolves.toBe('0');
    await untilText(page.getByTestId('broken-reseals'), /ใบรับการปิดผนึกข้อมูลส่วนบุคคลไม่ตรงกับเหตุการณ์ที่ปิดผนึกไว้ 1 รอบ/);
    const row = await untilText(page.getByTestId(`reseal-${runId}`), new RegExp(`${runId}\\s+[0-9a-f]`));
    expect(row).toContain(runId);
    await expect(page.getByRole('table', { name: 'ใบรับการปิดผนึกข้อมูลส่วนบุคคลที่ไม่ตรง' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'log-integrity-broken-reseal');
  });
});
