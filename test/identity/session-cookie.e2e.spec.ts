import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OWN_PASSWORD, startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/** The admin UI's session: the HttpOnly cookie signIn sets, what it may carry, and what it may not. */

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

let app: TestApp;
let officer: SignedIn;
let cookie: string;
let setCookie: string;

beforeAll(async () => {
  app = await startTestApp();
  officer = await app.signInAs({ level: 'DISTRICT', office: '4901' });
  const response = await fetch(`${app.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { citizenId: officer.citizenId, password: OWN_PASSWORD } } }),
  });
  setCookie = response.headers.get('set-cookie') ?? '';
  cookie = setCookie.split(';')[0];
});
afterAll(() => app?.close());

const me = (headers: Record<string, string>) => fetch(`${app.base}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ me { account { citizenId } } }' }),
}).then((r) => r.json() as Promise<{ data?: { me: { account: { citizenId: string } } | null }; errors?: { extensions: { code: string } }[] }>);

describe('the session cookie', () => {
  it('is set by signIn: HttpOnly, SameSite=Strict, for the whole site, expiring with the session', () => {
    expect(cookie).toMatch(/^damrong_session=[A-Za-z0-9_-]{43}$/);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Strict/i);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Expires=/);
    // Not Secure outside production: the service is reached over plain HTTP on a developer's machine.
    expect(setCookie).not.toMatch(/; Secure/i);
  });

  it('signs GraphQL requests in like the bearer token', async () => {
    expect((await me({ cookie })).data?.me?.account.citizenId).toBe(officer.citizenId);
  });

  it('does not pass Apollo CSRF prevention in a request a cross-site form could send', async () => {
    const response = await fetch(`${app.base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: JSON.stringify({ query: '{ me { mustChangePassword } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('mustChangePassword":');
  });

  it('carries report downloads (GET)', async () => {
    const response = await fetch(`${app.base}/reports/daily/2024-05-17/49.xlsx`, { headers: { cookie } });
    expect({ status: response.status, type: response.headers.get('content-type') })
      .toEqual({ status: 200, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  });

  it('carries a REST write only with the same-origin header', async () => {
    const upload = (headers: Record<string, string>) => fetch(`${app.base}/news-photos`, {
      method: 'POST', headers: { 'content-type': 'image/png', cookie, ...headers }, body: PNG,
    });
    const refused = await upload({});
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    const accepted = await upload({ 'x-damrong-request': '1' });
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toMatchObject({ photoId: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('is cleared by signOut, and the session it carried is over', async () => {
    const response = await fetch(`${app.base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/^damrong_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await me({ cookie })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
