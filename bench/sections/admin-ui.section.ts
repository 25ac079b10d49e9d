import type { Browser } from 'playwright-core';
import type pg from 'pg';
import { districtsOf } from '../../src/geography/geography.js';
import { caseListShown, casePageShown, chromiumMissing, CHROMIUM, openBrowser, probe, shownAfter, signInInteractive } from '../admin-ui/browser.js';
import { bundleSizes } from '../admin-ui/bundle.js';
import { CASE_AS_OF_CALLS, caseAsOfInProcess, caseAsOfLatency } from '../admin-ui/case-as-of.js';
import { LIST_CASES, LONG_CASE_EVENTS, seedUiCases } from '../admin-ui/seed.js';
import { BASELINE_PAGE, buildAdminUi, startUiService, type UiService } from '../admin-ui/service.js';
import { fmt, log, median, now } from '../measure.js';
import { percentile, type PageRow, type Row } from '../report.js';
import { ask, centralToken, districtAccount } from '../signed-in.js';
import type { BenchSection } from './section.js';

/** Loads of each page a run, each beside a baseline (BENCH_UI_LOADS): with 20 the p95 is the second slowest. */
const LOADS = Number(process.env.BENCH_UI_LOADS ?? 20);
const TARGETS = { firstPageKb: 250, pageP95Ms: 1_000, caseAsOfP99Ms: 5 };
/** เมืองเชียงใหม่: the district whose staff open the list and the long case. */
const DISTRICT = districtsOf('50')[0];

type Figures = Pick<PageRow, 'damrong' | 'baseline' | 'missing'>;
const summary = (times: number[]) => `median ${fmt(median(times))} ms, p95 ${fmt(percentile(times, 0.95))} ms`;

/** `LOADS` loads of the page, each in a fresh profile, each followed by one of the baseline; a failure becomes the row's `missing`. */
async function measured(name: string, page: () => Promise<number>, baseline: () => Promise<number>): Promise<Figures> {
  try {
    const damrong: number[] = [], base: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      damrong.push(await page());
      base.push(await baseline());
    }
    log(`${name}: ${summary(damrong)}; baseline ${summary(base)}`);
    return { damrong, baseline: base };
  } catch (error) {
    log(`${name}: failed: ${(error as Error).message}`);
    return { damrong: [], baseline: [], missing: `failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** POSTs a recorded request body as the page sent it, with the account's token instead of its cookie; throws on a GraphQL error. */
async function replay(url: string, body: string, token: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const answer = (await response.json()) as { errors?: unknown[] };
  if (answer.errors) throw new Error(`replayed request refused: ${JSON.stringify(answer.errors[0])}`);
}

/**
 * A page of the signed-in part: probed once (is it built? which GraphQL requests does it send?), then timed from
 * navigation start until `condition`, beside its requests replayed one after another from Node.
 */
async function signedInPage(browser: Browser, service: UiService, token: string, path: string, testId: string, condition: string): Promise<Figures> {
  let requests: string[];
  try {
    const probed = await probe(browser, service.base, path, token, testId, condition);
    if (!probed.built) return { damrong: [], baseline: [], missing: 'page not built' };
    requests = probed.requests;
  } catch (error) {
    return { damrong: [], baseline: [], missing: `did not show: ${(error as Error).message.split('\n')[0]}` };
  }
  const url = `${service.base}/graphql`;
  const requestsReplayed = async () => {
    const startedAt = now();
    for (const body of requests) await replay(url, body, token);
    return now() - startedAt;
  };
  return measured(path, () => shownAfter(browser, service.base, path, token, condition), requestsReplayed);
}

/** The seed as the district's staff read it over the API: the list's count and the long case's history. */
async function checkSeed(url: string, token: string, longCaseId: string): Promise<void> {
  const { debtCases, debtCaseHistory } = await ask(url, `query ($id: ID!) {
    debtCases(first: 1) { totalCount } debtCaseHistory(id: $id) { eventId } }`, { id: longCaseId }, token);
  if (debtCases.totalCount !== LIST_CASES || debtCaseHistory.length !== LONG_CASE_EVENTS) {
    throw new Error(`seed: the district lists ${debtCases.totalCount} cases, the long case has ${debtCaseHistory.length} events`);
  }
}

/**
 * Issue 12: the admin UI in Debian's Chromium against the whole service: the first page's JavaScript, the sign-in
 * page, the case page of a 200-event case and the case list of a district with 5,000 cases; issue 14: caseAsOf of
 * that case.
 */
export const adminUiSection: BenchSection = {
  name: 'admin UI',
  async run(pool: pg.Pool) {
    buildAdminUi();
    const sizes = await bundleSizes();
    log(`first page JavaScript ${sizes.firstPage.kb.toFixed(1)} KB gzip (${sizes.firstPage.files.join(', ')}), all ${sizes.allChunks.files} chunks ${sizes.allChunks.kb.toFixed(1)} KB gzip`);
    const rows: Row[] = [{
      kind: 'size', kb: sizes.firstPage.kb, baselineKb: sizes.allChunks.kb, targetKb: TARGETS.firstPageKb,
      measure: `JavaScript of the first page (sign-in): the entry script of admin/dist/index.html and its modulepreload imports, `
        + `${sizes.firstPage.files.length} file(s) (baseline: all ${sizes.allChunks.files} JavaScript chunks of the build, for reference)`,
    }];
    const notes = [
      `Sizes: each file gzipped by node:zlib at its default level, KB of 1,024 bytes; the first page's stylesheet adds ${sizes.firstPageCssKb.toFixed(1)} KB gzip. `
        + 'The service itself sends them uncompressed (compression is left to a proxy in front of it).',
    ];
    const missing = chromiumMissing();
    if (missing) return { rows, notes: [...notes, `The browser measures were skipped: ${missing}.`] };

    const service = await startUiService(pool);
    let browser: Browser | undefined;
    try {
      const url = `${service.base}/graphql`;
      const district = await districtAccount(url, await centralToken(pool, service.store, url), DISTRICT.code);
      let startedAt = now();
      const cases = await seedUiCases(service.store, { accountId: district.accountId, districtCode: DISTRICT.code });
      const written = (now() - startedAt) / 1000;
      startedAt = now();
      await service.caughtUp();
      log(`seeded ${fmt(LIST_CASES)} cases (${fmt(cases.events)} events) in ${written.toFixed(1)} s; projections caught up in ${((now() - startedAt) / 1000).toFixed(1)} s`);
      await checkSeed(url, district.token, cases.longCaseId);
      const asOf = await caseAsOfLatency(url, district.token, cases.longCaseId, LONG_CASE_EVENTS);
      rows.push({ kind: 'latency', ...asOf, targetP99Ms: TARGETS.caseAsOfP99Ms, measure: `caseAsOf of a ${LONG_CASE_EVENTS}-event debt case over GraphQL, `
        + `${fmt(CASE_AS_OF_CALLS)} calls a run one after another, version i mod ${LONG_CASE_EVENTS + 1}, signed in as its district `
        + '(baseline: debtCaseDetail of the same case, the same fields)' });
      const folded = await caseAsOfInProcess(service.store, { districtCode: DISTRICT.code }, cases.longCaseId, LONG_CASE_EVENTS);
      rows.push({ kind: 'latency', ...folded, targetP99Ms: TARGETS.caseAsOfP99Ms, measure: `caseAsOf of the same case in process (CaseReplay.at: `
        + `the ${LONG_CASE_EVENTS} events read as the owner, folded for the area check and to the version), ${fmt(CASE_AS_OF_CALLS)} calls a run `
        + '(baseline: reading the stream alone)' });

      browser = await openBrowser();
      const b = browser;
      await signInInteractive(b, service.base, '/');
      await signInInteractive(b, service.base, BASELINE_PAGE);
      const signIn = await measured('sign-in', () => signInInteractive(b, service.base, '/'), () => signInInteractive(b, service.base, BASELINE_PAGE));
      const casePage = await signedInPage(b, service, district.token, `/debt-cases/${cases.longCaseId}`, 'case-page', casePageShown(cases.longCaseId));
      const caseList = await signedInPage(b, service, district.token, '/debt-cases', 'case-list', caseListShown);

      const loads = `${LOADS} loads, each in a fresh browser profile`;
      rows.push(
        { kind: 'page', ...signIn, targetP95Ms: TARGETS.pageP95Ms, measure: `Sign-in page to interactive: \`/\` opened signed out until the citizen-id field `
          + `is enabled and a typed digit shows in it, ${loads} (baseline: a static page with one such field, served by the same service)` },
        { kind: 'page', ...casePage, targetP95Ms: TARGETS.pageP95Ms, measure: `Case page of a ${LONG_CASE_EVENTS}-event debt case: \`/debt-cases/:caseId\` `
          + `signed in as its district until case-page and case-timeline show the case, ${loads} (baseline: the page's GraphQL requests replayed from Node)` },
        { kind: 'page', ...caseList, targetP95Ms: TARGETS.pageP95Ms, measure: `Case list of a district with ${fmt(LIST_CASES)} cases: \`/debt-cases\` `
          + `signed in as the district until case-list shows its first rows, ${loads} (baseline: the page's GraphQL requests replayed from Node)` },
      );
      notes.push(
        `Browser: ${CHROMIUM} ${browser.version()} headless through playwright-core, 1366×768, th-TH; the service (AppModule, projections running) `
          + 'and PostgreSQL on the same machine over loopback, so no network time is in the figures and the three share its cores.',
        'Times: milliseconds from navigation start (the page\'s performance.now()) until the condition holds, checked at every animation frame; '
          + 'each load in a new profile with an empty cache (a returning browser has the hashed bundles cached), after one unmeasured load. '
          + 'Sign-in: `/` signed out asks who is signed in, then shows the sign-in form; its figure is the time the citizen-id field was enabled '
          + 'plus the time a digit then typed through the keyboard took from its key event to the frame showing it. Signed-in pages: '
          + 'the session cookie set beforehand as after signing in. Their baseline posts, one after another, the GraphQL requests the page sent on its '
          + 'unmeasured load until it showed (the session check included), with the token as a Bearer header. A page not yet in the UI reads "page not built".',
        `Data: ${fmt(LIST_CASES)} debt cases of ${DISTRICT.nameTh} (${DISTRICT.code}) written whole with appendNewStreams as if recorded by a district account `
          + `(${fmt(cases.events)} events; a fifth each: just registered, an unreached call, a session scheduled, failed, agreed and closed), the oldest the `
          + `case of ${LONG_CASE_EVENTS} events (49 weeks of calls and failed sessions, then an agreement); every projection caught up before the first load.`,
      );
      return { rows, notes };
    } finally {
      await browser?.close();
      await service.close();
    }
  },
};
