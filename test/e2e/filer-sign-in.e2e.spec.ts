import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Keyring } from '../../src/personal-data/keys/keyring.js';
import { citizenId } from '../support/complaint-fixtures.js';
import { databaseText } from '../support/database-text.js';
import {
  callback as callbackAt, DOPA_CLIENT as client, dopaEnv, graphqlWith as graphqlAt, PUBLIC_CALLBACK, throughIssuer as issuerAnswer,
} from '../support/filer-sign-in.js';
import { CookieJar, type IssuerAccount, TestIssuer } from '../support/oidc-issuer.js';
import { startTestService, type TestService } from '../support/test-app.js';

/**
 * Filers sign in with D.DOPA: the authorization code flow (PKCE, state, nonce) against a real OpenID Connect provider
 * (oidc-provider) on a loopback port, driven by the test as the browser; a filer session of its own, its cookie, the
 * `filer` query, sign-out; then what is refused. The redirect URI is the service's public address (as behind a
 * proxy); the test, as the browser, brings the issuer's answer to the service's listener.
 */
const somchai: IssuerAccount = { sub: 'dopa-0001', pid: citizenId('110170023070'), name: 'นายสมชาย ใจดี' };
const typo: IssuerAccount = { sub: 'dopa-0002', pid: `${citizenId('110170023071').slice(0, 12)}${(Number(citizenId('110170023071')[12]) + 1) % 10}`, name: 'นางสาวผิด หลัก' };
const FILER = '{ filer { citizenIdMasked name sessionExpiresAt } }';

let issuer: TestIssuer;
let app: TestService;

const graphqlWith = (jar: CookieJar, query: string) => graphqlAt(app.base, jar, query);
const throughIssuer = (jar: CookieJar, who: IssuerAccount) => issuerAnswer(app.base, issuer, jar, who);
const callback = (jar: CookieJar, answer: URL) => callbackAt(app.base, jar, answer);

beforeAll(async () => {
  issuer = await TestIssuer.start(client, [somchai, typo]);
  app = await startTestService({ env: dopaEnv(issuer) });
});
afterAll(async () => {
  await app?.close();
  await issuer?.close();
});

describe('a filer signs in with D.DOPA', () => {
  it('goes to the issuer with PKCE (S256), state and nonce, the state bound to the browser by an HttpOnly cookie', async () => {
    const jar = new CookieJar();
    const { response, location } = await jar.visit(`${app.base}/filer/sign-in`);
    expect(response.status).toBe(302);
    const to = new URL(location!);
    expect(to.origin).toBe(issuer.issuer);
    expect(Object.fromEntries(['response_type', 'client_id', 'redirect_uri', 'scope', 'code_challenge_method'].map((k) => [k, to.searchParams.get(k)])))
      .toEqual({ response_type: 'code', client_id: client.clientId, redirect_uri: PUBLIC_CALLBACK, scope: 'openid profile', code_challenge_method: 'S256' });
    expect(to.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(to.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(jar.value('damrong_filer_state')).toBe(to.searchParams.get('state'));
    expect(response.headers.getSetCookie().join()).toMatch(/damrong_filer_state=[^;]+; Path=\/filer; Expires=[^;]+; HttpOnly; SameSite=Lax/);
    const { rows } = await app.db.pool.query('SELECT nonce, code_verifier FROM filer_sign_in_requests WHERE state = $1', [to.searchParams.get('state')]);
    expect(rows[0].nonce).toBe(to.searchParams.get('nonce'));
  });

  it('comes back with a code, exchanged for a verified ID token: a filer session of its own, not a staff one', async () => {
    const jar = new CookieJar();
    const answer = await throughIssuer(jar, somchai);
    expect(answer.searchParams.get('code')).toBeTruthy();
    expect(await callback(jar, answer)).toBe('/filer');
    const token = jar.value('damrong_filer_session')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(jar.value('damrong_filer_state')).toBeUndefined();

    const filer = (await graphqlWith(jar, FILER)).data.filer;
    expect(filer).toEqual({ citizenIdMasked: `xxxxxxxxx${somchai.pid.slice(-4)}`, name: 'นายสมชาย ใจดี', sessionExpiresAt: expect.any(String) });
    const minutes = (Date.parse(filer.sessionExpiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(55);
    expect(minutes).toBeLessThanOrEqual(60);
    const { rows } = await app.db.pool.query('SELECT citizen_index, issuer, subject, token_sha256 FROM filer_sessions');
    expect(rows).toEqual([{ citizen_index: app.app.get(Keyring).subjectIndex(somchai.pid), issuer: issuer.issuer, subject: somchai.sub, token_sha256: expect.any(Buffer) }]);
    expect(JSON.stringify(rows)).not.toContain(token);
    // Nothing in the database names the filer: neither their citizen id and name, nor an unkeyed hash of the id.
    const everything = await databaseText(app.db.pool);
    for (const kept of [somchai.pid, somchai.name, createHash('sha256').update(somchai.pid).digest('hex')]) expect(everything).not.toContain(kept);
    // The filer's cookie is no staff session, nor the other way round.
    expect((await graphqlWith(jar, '{ me { account { id } } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(FILER)).data.filer).toBeNull();

    // The same answer again (a replayed callback) finds its sign-in taken.
    expect(await callback(jar, answer)).toBe('/filer?error=FILER_SIGN_IN_EXPIRED');
  });

  it('signs out: the session ends and its cookie is cleared', async () => {
    const jar = new CookieJar();
    await callback(jar, await throughIssuer(jar, somchai));
    const token = jar.value('damrong_filer_session')!;
    const out = await fetch(`${app.base}/filer/sign-out`, { method: 'POST', headers: { cookie: jar.header() } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/damrong_filer_session=;/);
    const stale = new CookieJar();
    stale.keep(new Response(null, { headers: { 'set-cookie': `damrong_filer_session=${token}; Path=/` } }));
    expect((await graphqlWith(stale, FILER)).data.filer).toBeNull();
  });
});

describe('what a filer sign-in refuses', () => {
  it('a callback this browser did not begin, and a code that is not the issuer\'s', async () => {
    const jar = new CookieJar();
    const answer = await throughIssuer(jar, somchai);
    expect(await callback(new CookieJar(), answer)).toBe('/filer?error=FILER_SIGN_IN_EXPIRED');
    const forged = new URL(answer);
    forged.searchParams.set('code', 'not-a-code-the-issuer-gave');
    expect(await callback(jar, forged)).toBe('/filer?error=FILER_SIGN_IN_REFUSED');
    expect(jar.value('damrong_filer_session')).toBeUndefined();
  });

  it('a citizen id whose check digit fails, opening no session', async () => {
    const jar = new CookieJar();
    expect(await callback(jar, await throughIssuer(jar, typo))).toBe('/filer?error=CITIZEN_ID_CHECK_DIGIT');
    expect(jar.value('damrong_filer_session')).toBeUndefined();
    const { rows } = await app.db.pool.query('SELECT count(*)::int AS n FROM filer_sessions WHERE subject = $1', [typo.sub]);
    expect(rows[0].n).toBe(0);
  });
});

describe('without an issuer configured', () => {
  let bare: TestService;
  beforeAll(async () => {
    bare = await startTestService();
  });
  afterAll(() => bare?.close());

  it('starts all the same; the routes answer FILER_SIGN_IN_NOT_CONFIGURED and the page learns it', async () => {
    const response = await fetch(`${bare.base}/filer/sign-in`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'FILER_SIGN_IN_NOT_CONFIGURED', messageTh: expect.stringMatching(/D\.DOPA/), messageEn: expect.stringMatching(/not configured/), field: null,
    });
    const callbackAnswer = await fetch(`${bare.base}/filer/callback?code=x&state=y`, { redirect: 'manual' });
    expect(callbackAnswer.headers.get('location')).toBe('/filer?error=FILER_SIGN_IN_NOT_CONFIGURED');
    expect((await bare.graphql('{ filerSignInAvailable filer { name } }')).data).toEqual({ filerSignInAvailable: false, filer: null });
  });
});
