import { expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { allProjections } from '../../src/projections/projection-list.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, untilText } from './support/centre-pages.js';

/** `/projections`: each projection's state and lag; a central administrator restarts one that stopped. */

jest.setTimeout(180_000);

const NAMES = allProjections().map((p) => p.name);
const STATUS = '{ projectionStatus { name state lastError } }';

describeInBrowser('projection status in the browser', () => {
  const suite = browserSuite();

  async function statusAs(who: SignedIn): Promise<Page> {
    const page = patient(await suite.pageAs(who));
    await page.goto('/projections');
    await page.getByTestId('projections').waitFor();
    return page;
  }

  const stateOf = async (name: string) =>
    (await suite.app.admin.graphql(STATUS)).data.projectionStatus.find((p: { name: string }) => p.name === name);

  it('lists every projection running with no lag once the log is caught up', async () => {
    await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    await suite.app.caughtUp();
    const page = await statusAs(suite.app.admin);
    const rows = page.getByTestId('projections').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(NAMES.length);
    for (const name of NAMES) {
      const row = page.getByTestId(`projection-${name}`);
      await untilText(row, new RegExp(`^${name}\\s+ทำงานอยู่`));
      await expect(row.getByTestId('lag-events').innerText()).resolves.toBe('0');
      await expect(row.getByRole('button', { name: 'เริ่มใหม่' }).count()).resolves.toBe(0);
    }
    await expectAccessible(page);
    await screenshot(page, 'projections');
  });

  it('shows a projection stopped by a failing event with its error, and restarts it once the cause is repaired', async () => {
    // The stream catalogue's table goes missing: the next event stops the projection there.
    await suite.app.db.pool.query('ALTER TABLE stream_catalogue RENAME TO stream_catalogue_away');
    await suite.app.signInAs({ level: 'DISTRICT', office: '4902' });
    for (const until = Date.now() + 20_000; (await stateOf('stream-catalogue')).state !== 'FAILED';) {
      if (Date.now() > until) throw new Error('stream-catalogue did not stop');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const page = await statusAs(suite.app.admin);
    const row = page.getByTestId('projection-stream-catalogue');
    // The error as the log line keeps it (class, SQLSTATE 42P01: no such table, frames), never its message.
    await untilText(row, /หยุดเพราะข้อผิดพลาด[\s\S]*DatabaseError 42P01[\s\S]*stream-catalogue\.projection\.ts/);
    await expectAccessible(page);
    await suite.app.db.pool.query('ALTER TABLE stream_catalogue_away RENAME TO stream_catalogue');
    await row.getByRole('button', { name: 'เริ่มใหม่' }).click();
    await untilText(page.getByTestId('projection-notice'), 'สั่งให้ stream-catalogue เริ่มทำงานใหม่');
    await suite.app.caughtUp();
    await page.getByRole('button', { name: 'ปรับปรุงข้อมูล' }).click();
    await untilText(row, /ทำงานอยู่/);
    await untilText(row.getByTestId('lag-events'), /^0$/);
    await expect(row.getByRole('button', { name: 'เริ่มใหม่' }).count()).resolves.toBe(0);
    const { rows } = await suite.app.db.pool.query("SELECT restarted_by FROM projection_checkpoints WHERE name = 'stream-catalogue'");
    expect(rows).toEqual([{ restarted_by: `account:${suite.app.admin.accountId}` }]);
  });

  it('shows an auditor the status with nothing to restart', async () => {
    const auditor = await suite.app.signInAs({ level: 'AUDITOR' });
    const page = await statusAs(auditor);
    await expect(page.getByRole('columnheader', { name: 'การจัดการ' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'เริ่มใหม่' }).count()).resolves.toBe(0);
  });
});
