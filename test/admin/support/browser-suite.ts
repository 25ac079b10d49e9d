import { afterAll, beforeAll } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type SignedIn, type TestApp, type TestAppOptions } from '../../support/test-app.js';
import { newContext, openBrowser, pageSignedInAs } from './browser.js';

/** What a browser suite works with once its hooks have run: the service, Chromium, and pages on the service. */
export interface BrowserSuite {
  readonly app: TestApp;
  readonly browser: Browser;
  /** A page signed in as `account` (its session cookie set), as after the sign-in page. */
  pageAs(account: Pick<SignedIn, 'token'>): Promise<Page>;
  /** A page of a fresh profile, signed in as nobody (the sign-in page, the public follow-up). */
  freshPage(): Promise<Page>;
}

/**
 * The setup every browser suite shares, called in its `describeInBrowser` body: before its tests the service
 * (started with `options`, or with what `options()` answers then) and Chromium start side by side; after them
 * Chromium closes, then the service. `timeout` is the start's, when the suite's default is too short for it.
 * The suite's own `beforeAll` runs after the start and its `afterAll` after the close (hooks run in order).
 */
export function browserSuite(options: TestAppOptions | (() => Promise<TestAppOptions>) = {}, timeout?: number): BrowserSuite {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const appOptions = typeof options === 'function' ? await options() : options;
    [app, browser] = await Promise.all([startTestApp(appOptions), openBrowser()]);
  }, timeout);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} has not started: read it in a hook or a test`);
    return value;
  };
  return {
    get app() { return started(app, 'service'); },
    get browser() { return started(browser, 'browser'); },
    pageAs: async (account) => pageSignedInAs(started(browser, 'browser'), started(app, 'service'), account),
    freshPage: async () => (await newContext(started(browser, 'browser'), started(app, 'service'))).newPage(),
  };
}
