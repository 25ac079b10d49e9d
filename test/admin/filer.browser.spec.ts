import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { citizenId } from '../support/complaint-fixtures.js';
import { dopaClient, dopaEnv, freePort } from '../support/filer-sign-in.js';
import { type IssuerAccount, TestIssuer } from '../support/oidc-issuer.js';
import { startTestService, type TestService } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, newContext, openBrowser, screenshot } from './support/browser.js';
import { patient, untilText } from './support/centre-pages.js';

/**
 * The citizen filer's page `/filer` in the browser: เข้าสู่ระบบด้วย D.DOPA takes the browser to a real OpenID Connect
 * provider (oidc-provider, the login finished by the test) and back; the page shows the filer, masked; sign-out.
 */

jest.setTimeout(300_000);

const somchai: IssuerAccount = { sub: 'dopa-0001', pid: citizenId('110170023070'), name: 'นายสมชาย ใจดี' };

describeInBrowser('the filer page in the browser', () => {
  let issuer: TestIssuer;
  let app: TestService;
  let browser: Browser;

  beforeAll(async () => {
    // The service's address must be known before it starts: it is its redirect URI, which the issuer registers too.
    const port = await freePort();
    const client = dopaClient(`http://127.0.0.1:${port}/filer/callback`);
    issuer = await TestIssuer.start(client, [somchai]);
    issuer.signsIn = somchai;
    [app, browser] = await Promise.all([startTestService({ port, env: dopaEnv(issuer, client) }), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await issuer?.close();
  });

  it('signs a filer in with D.DOPA and out again', async () => {
    const context = await newContext(browser, app);
    const page = patient(await context.newPage());
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
    await context.close();
  });
});
