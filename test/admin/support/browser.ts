import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { SignedIn, TestService } from '../../support/test-app.js';

/** Debian's Chromium (apt-get install chromium), or the browser CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Why the browser suites do not run here, or null when they do: no browser, or BROWSER_TESTS=skip (CI runs them
 * once, on Node 20: the second pass, on Node 24, checks the service, which the browser reaches the same way).
 */
export const browserMissing: string | null = process.env.BROWSER_TESTS === 'skip'
  ? 'BROWSER_TESTS=skip'
  : existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH)`;

/** A describe block that runs in Chromium, or is skipped with the reason in its name. */
export function describeInBrowser(name: string, body: () => void): void {
  if (browserMissing) describe.skip(`${name} — skipped: ${browserMissing}`, body);
  else describe(name, body);
}

/** Where the suites leave a screenshot of each main page at 1366×768 (README: "Screenshots"). */
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

export async function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** A fresh browser profile on the service, in Thai and Bangkok time, at 1366×768. */
export async function newContext(browser: Browser, service: Pick<TestService, 'base'>): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: service.base, viewport: { width: 1366, height: 768 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok', reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** A page already signed in as `account` (its session cookie set), as after the sign-in page. */
export async function pageSignedInAs(browser: Browser, service: Pick<TestService, 'base'>, account: Pick<SignedIn, 'token'>): Promise<Page> {
  const context = await newContext(browser, service);
  await context.addCookies([{ name: 'damrong_session', value: account.token, url: service.base, httpOnly: true, sameSite: 'Strict' }]);
  await context.addInitScript("localStorage.setItem('damrong.signedIn', '1')");
  return context.newPage();
}

/** The field labelled exactly `label` (a required field's label ends in " *"). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
}

/** Signs in through the sign-in form, of the page or of the dialog over it. */
export async function signInThroughPage(page: Page | Locator, citizenId: string, password: string): Promise<void> {
  await field(page, 'เลขประจำตัวประชาชน').fill(citizenId);
  await field(page, 'รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
}

/** axe-core on the page as it stands: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
  expect(grave).toEqual([]);
}

/** A screenshot of the page at 1366×768 in SCREENSHOTS, named after the page. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
