import net, { type AddressInfo } from 'node:net';
import { expect } from '@jest/globals';
import { CookieJar, type IssuerAccount, type TestIssuer } from './oidc-issuer.js';

/**
 * A filer's browser against the service and the test's D.DOPA (oidc-provider): the service's public callback (as
 * behind a proxy; the test, as the browser, brings the issuer's answer to the service's listener), the client the
 * issuer knows, and the steps of a sign-in.
 */
export const PUBLIC_CALLBACK = 'http://localhost:8443/filer/callback';
export const dopaClient = (redirectUri: string) => ({ clientId: 'damrong-filers', clientSecret: 'a-test-client-secret-of-32-chars!', redirectUri });
export const DOPA_CLIENT = dopaClient(PUBLIC_CALLBACK);

/** The service's configuration for this issuer and client. */
export const dopaEnv = (issuer: TestIssuer, client = DOPA_CLIENT) => ({
  DOPA_OIDC_ISSUER: issuer.issuer, DOPA_OIDC_CLIENT_ID: client.clientId, DOPA_OIDC_CLIENT_SECRET: client.clientSecret,
  DOPA_OIDC_REDIRECT_URI: client.redirectUri,
});

/** A loopback port nothing listens on now: a browser suite's service, whose address (its redirect URI) the issuer must know first. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A GraphQL request as the filer page makes it: the browser's cookies, no staff token. */
export async function graphqlWith(base: string, jar: CookieJar, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie: jar.header() }, body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<{ data?: any; errors?: any[] }>;
}

/** The browser from the service's sign-in to the issuer's answer: the callback's query as the issuer sent it. */
export async function throughIssuer(base: string, issuer: TestIssuer, jar: CookieJar, who: IssuerAccount): Promise<URL> {
  issuer.signsIn = who;
  const begun = await jar.visit(`${base}/filer/sign-in`);
  expect(begun.response.status).toBe(302);
  let location = begun.location!;
  for (let hops = 0; !location.startsWith(PUBLIC_CALLBACK); hops++) {
    if (hops > 10) throw new Error(`no way back from the issuer: ${location}`);
    const step = await jar.visit(location);
    if (!step.location) throw new Error(`the issuer answered ${step.response.status}: ${await step.response.text()}`);
    location = step.location;
  }
  return new URL(location);
}

/** The issuer's answer brought to the service, as the browser would; where the service sends the browser next. */
export async function callback(base: string, jar: CookieJar, answer: URL): Promise<string> {
  const { response, location } = await jar.visit(`${base}/filer/callback${answer.search}`);
  expect(response.status).toBe(302);
  return new URL(location!).pathname + new URL(location!).search;
}

/** A browser signed in as `who` through the issuer: its cookies. */
export async function signedInFiler(base: string, issuer: TestIssuer, who: IssuerAccount): Promise<CookieJar> {
  const jar = new CookieJar();
  expect(await callback(base, jar, await throughIssuer(base, issuer, jar, who))).toBe('/filer');
  return jar;
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const thaiDigits = (text: string) => text.replace(/\d/g, (d) => THAI_DIGITS[Number(d)]);

/**
 * A day for a filer's suite to run on, by the service's clock: 10:00 Bangkok on the 25th of next month, a month
 * ahead of the real time the browser and the issuer go by (the filer's cookies expire by that time, so the
 * service's clock may run ahead of it, never behind). Its period, the month before, is filed a month late (due on the 13th).
 */
export function filingDayAhead(now = new Date()) {
  const clockStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 25, 3));
  const month = new Date(Date.UTC(clockStart.getUTCFullYear(), clockStart.getUTCMonth() - 1, 1));
  const [year, mm] = [month.getUTCFullYear(), String(month.getUTCMonth() + 1).padStart(2, '0')];
  const paidOn = new Date(clockStart.getTime() + 86_400_000);
  const paidYear = paidOn.getUTCFullYear() + 543;
  return {
    clockStart,
    /** The period, CE, and as a filer types it: Buddhist Era in Thai digits. */
    period: `${year}-${mm}`, periodTyped: thaiDigits(`${year + 543}-${mm}`), periodBe: `${year + 543}${mm}`,
    /** The day after, as the bank's file writes it (DDMMYYYY, B.E.), and its fiscal year (B.E.). */
    paidOn: `${String(paidOn.getUTCDate()).padStart(2, '0')}${String(paidOn.getUTCMonth() + 1).padStart(2, '0')}${paidYear}`,
    fiscalYear: paidOn.getUTCMonth() >= 9 ? paidYear + 1 : paidYear,
  };
}
