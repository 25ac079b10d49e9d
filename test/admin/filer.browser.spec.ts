import { expect, it, jest } from '@jest/globals';
import { citizenId } from '../support/complaint-fixtures.js';
import type { IssuerAccount } from '../support/oidc-issuer.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { patient, untilText } from './support/centre-pages.js';
import { filerBrowserSuite } from './support/filer-suite.js';

/**
 * The citizen filer's page `/filer` in the browser: เข้าสู่ระบบด้วย D.DOPA takes the browser to a real OpenID Connect
 * provider (oidc-provider, the login finished by the test) and back; the page shows the filer, masked; sign-out.
 */

jest.setTimeout(300_000);

const somchai: IssuerAccount = { sub: 'dopa-0001', pid: citizenId('110170023070'), name: 'นายสมชาย ใจดี' };

describeInBrowser('the filer page in the browser', () => {
  const suite = filerBrowserSuite(somchai);

  it('signs a filer in with D.DOPA and out again', async () => {
    const page = patient(await suite.freshPage());
    await page.goto('/filer');
    await page.getByRole('heading', { level: 1, name: 'ยื่นแบบออนไลน์' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'เข้าสู่ระบบด้วย D.DOPA' }).click();
    await untilText(page.getByTestId('filer-signed-in'), /นายสมชาย ใจดี[\s\S]*xxxxxxxxx/);
    await expect(page.getByTestId('filer-signed-in').innerText()).resolves.toContain(somchai.pid.slice(-4));
    await expect(page.getByTestId('filer-signed-in').innerText()).resolves.not.toContain(somchai.pid);
    await expectAccessible(page);
    await screenshot(page, 'filer-signed-in');
    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await page.getByRole('link', { name: 'เข้าสู่ระบบด้วย D.DOPA' }).waitFor();
  });
});
