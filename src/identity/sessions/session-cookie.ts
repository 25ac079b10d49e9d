import { parseCookie } from 'cookie';
import type { RequestOrigin } from '../sign-in/client-address.js';
import { bearerToken } from './session-tokens.js';

/**
 * How the admin UI carries its session: the token of signIn in an HttpOnly cookie (scripts never read it), sent
 * back only on same-site requests (SameSite=Strict), Secure in production. GraphQL over a cookie stays behind
 * Apollo's CSRF prevention; a cookie-carried write to a REST route needs a header no cross-site form can send.
 */
export const SESSION_COOKIE = 'damrong_session';

/** The header a cookie-carried POST to a REST route (photo upload) must carry: only a same-origin script can set it. */
export const SAME_ORIGIN_HEADER = 'x-damrong-request';

export interface CookieJar {
  cookie(name: string, value: string, options: Record<string, unknown>): void;
  clearCookie(name: string, options: Record<string, unknown>): void;
}

const options = (secure: boolean) => ({ httpOnly: true, sameSite: 'strict', secure, path: '/' });

export function setSessionCookie(response: CookieJar | undefined, token: string, expiresAt: Date, secure: boolean): void {
  response?.cookie(SESSION_COOKIE, token, { ...options(secure), expires: expiresAt });
}

export function clearSessionCookie(response: CookieJar | undefined, secure: boolean): void {
  response?.clearCookie(SESSION_COOKIE, options(secure));
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SessionCarrier extends RequestOrigin {
  method?: string;
}

/**
 * The session token of a request: `Authorization: Bearer` first, else the session cookie; `refused` when a
 * cookie would carry a REST write without the same-origin header (GraphQL's own check runs in Apollo).
 */
export function sessionTokenOf(request: SessionCarrier, graphql: boolean): { token?: string; refused?: true } {
  const bearer = bearerToken(request.headers.authorization);
  if (bearer) return { token: bearer };
  const header = request.headers.cookie;
  const token = parseCookie(Array.isArray(header) ? header.join('; ') : header ?? '')[SESSION_COOKIE];
  if (!token) return {};
  if (!graphql && !SAFE_METHODS.has(request.method ?? 'GET') && !request.headers[SAME_ORIGIN_HEADER]) return { refused: true };
  return { token: bearerToken(`Bearer ${token}`) };
}
