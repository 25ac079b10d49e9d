import { afterAll } from '@jest/globals';
import type { Page } from 'playwright-core';
import { dopaClient, dopaEnv, freePort } from '../../support/filer-sign-in.js';
import { type IssuerAccount, TestIssuer } from '../../support/oidc-issuer.js';
import { browserSuite, type BrowserSuite } from './browser-suite.js';
import { untilText } from './centre-pages.js';

/**
 * A browser suite for the filer's pages: its service knows the test's D.DOPA (oidc-provider, a real OpenID Connect
 * provider), which signs `who` in; the service's clock starts at `clockStart` when given. The service's address must
 * be known before it starts: it is the redirect URI the issuer registers. The issuer closes after the suite.
 */
export function filerBrowserSuite(who: IssuerAccount, clockStart?: Date): BrowserSuite {
  let issuer: TestIssuer | undefined;
  const suite = browserSuite(async () => {
    const port = await freePort();
    const client = dopaClient(`http://127.0.0.1:${port}/filer/callback`);
    issuer = await TestIssuer.start(client, [who]);
    issuer.signsIn = who;
    return { port, clockStart, env: dopaEnv(issuer, client) };
  });
  afterAll(() => issuer?.close());
  return suite;
}

/** The filer's page signed in with D.DOPA as a person does it: เข้าสู่ระบบด้วย D.DOPA, and back greeted by name. */
export async function signInWithDopa(page: Page, who: IssuerAccount): Promise<void> {
  await page.goto('/filer');
  await page.getByRole('link', { name: 'เข้าสู่ระบบด้วย D.DOPA' }).click();
  await untilText(page.getByTestId('filer-signed-in'), `สวัสดี ${who.name}`);
}
