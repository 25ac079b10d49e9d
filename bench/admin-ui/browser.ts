import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium), or the browser CHROMIUM_PATH names, as the browser suites use. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Why the browser measures cannot run here, or null when they can. */
export const chromiumMissing = (): string | null =>
  (existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH)`);

export const openBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

/** What a page is waited for: JavaScript expressions true once it shows it (strings: the bench has no DOM types). */
type Conditions = Record<string, string>;

const LOADING = '[aria-label="กำลังโหลด"]';
const CITIZEN_ID = 'document.querySelector(\'input[name="citizenId"]\')';
const SIGN_IN: Conditions = {
  enabled: `(() => { const f = ${CITIZEN_ID}; return !!f && !f.disabled && !f.readOnly && f.offsetParent !== null; })()`,
  typed: `${CITIZEN_ID}?.value === '1'`,
};

/** The case page shows the case: its id on the page, the timeline filled, no loader left in either. */
export const casePageShown = (caseId: string): string => `(() => {
  const page = document.querySelector('[data-testid="case-page"]'), timeline = document.querySelector('[data-testid="case-timeline"]');
  return !!page && !!timeline && page.textContent.includes(${JSON.stringify(caseId)}) && timeline.innerText.trim() !== ''
    && !page.querySelector('${LOADING}');
})()`;

/** The case list shows its first rows (cells in its table body), no loader left in it. */
export const caseListShown = `(() => {
  const list = document.querySelector('[data-testid="case-list"]');
  return !!list && list.querySelectorAll('tbody tr td').length > 0 && !list.querySelector('${LOADING}');
})()`;

/**
 * Runs in the page before its own scripts: at every animation frame, records in `window.__bench` the page's
 * performance.now() (milliseconds since the navigation started) when each condition first holds, and the
 * timestamp of the first key pressed. The figures are the page's own clock: no Playwright round trip is in them.
 */
function watcher(conditions: Conditions): string {
  const checks = Object.entries(conditions).map(([name, condition]) => `${JSON.stringify(name)}: () => ${condition}`).join(',\n');
  return `(() => {
  const seen = (window.__bench = {});
  const conditions = { ${checks} };
  const holds = (check) => { try { return check(); } catch { return false; } };
  addEventListener('keydown', (event) => { seen.keydown ??= event.timeStamp; }, true);
  const frame = () => {
    for (const [name, check] of Object.entries(conditions)) if (seen[name] === undefined && holds(check)) seen[name] = performance.now();
    if (Object.keys(conditions).some((name) => seen[name] === undefined)) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;
}

/** Resolves with the page's recorded times once `name` has held. */
async function recorded(page: Page, name: string): Promise<Record<string, number>> {
  await page.waitForFunction(`window.__bench?.${name} !== undefined`, undefined, { timeout: 30_000 });
  return (await page.evaluate('window.__bench')) as Record<string, number>;
}

/**
 * Opens `path` in a fresh profile (empty cache) in Thai at 1366×768, watching `conditions`, signed in with
 * `token` as after the sign-in page when given; runs `measure` on it and closes the profile whatever happens.
 */
async function inFreshPage<T>(browser: Browser, base: string, path: string, token: string | undefined, conditions: Conditions,
  measure: (page: Page) => Promise<T>, beforeLoad?: (page: Page) => void): Promise<T> {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 768 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  try {
    if (token) {
      await context.addCookies([{ name: 'damrong_session', value: token, url: base, httpOnly: true, sameSite: 'Strict' }]);
      await context.addInitScript("localStorage.setItem('damrong.signedIn', '1')");
    }
    await context.addInitScript(watcher(conditions));
    const page = await context.newPage();
    beforeLoad?.(page);
    await page.goto(path, { waitUntil: 'commit' });
    return await measure(page);
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from navigation start until the citizen-id field is enabled, plus the time a digit typed then took
 * to show in it (from its key event to the next frame with the value): the page's own time to interactive.
 */
export function signInInteractive(browser: Browser, base: string, path: string): Promise<number> {
  return inFreshPage(browser, base, path, undefined, SIGN_IN, async (page) => {
    await recorded(page, 'enabled');
    await page.getByLabel(/^เลขประจำตัวประชาชน/).pressSequentially('1');
    const { enabled, typed, keydown } = await recorded(page, 'typed');
    return enabled + (typed - keydown);
  });
}

/** Milliseconds from navigation start until `condition` held, signed in with `token`. */
export function shownAfter(browser: Browser, base: string, path: string, token: string, condition: string): Promise<number> {
  return inFreshPage(browser, base, path, token, { shown: condition }, async (page) => (await recorded(page, 'shown')).shown);
}

/**
 * The first, unmeasured load of a signed-in page: whether the UI has the page (its root test id shows, not the
 * UI's "page not found"), and the GraphQL requests it sent until `condition` held (the baseline replays them).
 */
export function probe(browser: Browser, base: string, path: string, token: string, testId: string, condition: string): Promise<{ built: boolean; requests: string[] }> {
  const requests: string[] = [];
  const sent = (page: Page) => page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') requests.push(request.postData() ?? '');
  });
  return inFreshPage(browser, base, path, token, { shown: condition }, async (page) => {
    const notFound = page.getByRole('heading', { name: 'ไม่พบหน้านี้' });
    await page.getByTestId(testId).or(notFound).first().waitFor({ timeout: 30_000 });
    if (await notFound.isVisible()) return { built: false, requests: [] };
    await recorded(page, 'shown');
    return { built: true, requests: [...requests] };
  }, sent);
}
