import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { citizenId } from '../support/complaint-fixtures.js';
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

/** A loopback port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describeInBrowser('the filer page in the browser', () => {
  let issuer: TestIssuer;
  let app: TestService;
  let browser: Browser;

  beforeAll(async () => {
    // The service's address must be known before it starts: it is its redirect URI, which the issuer registers too.
    const port = await freePort();
    const client = { clientId: 'damrong-filers', clientSecret: 'a-test-client-secret-of-32-chars!', redirectUri: `http://127.0.0.1:${port}/filer/callback` };
    issuer = await TestIssuer.start(client, [somchai]);
    issuer.signsIn = somchai;
    [app, browser] = await Promise.all([startTestService({ port, env: {
      DOPA_OIDC_ISSUER: issuer.issuer, DOPA_OIDC_CLIENT_ID: client.clientId, DOPA_OIDC_CLIENT_SECRET: client.clientSecret,
      DOPA_OIDC_REDIRECT_URI: client.redirectUri,
    } }), openBrowser()]);
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
