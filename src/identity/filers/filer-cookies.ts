import { parseCookie } from 'cookie';
import type { CookieJar } from '../sessions/session-cookie.js';

/**
 * A filer's cookies, apart from the staff session's: the session token (`damrong_filer_session`, HttpOnly, the whole
 * site) and, during a sign-in, its state (`damrong_filer_state`, HttpOnly, /filer only, ten minutes), which binds
 * the callback to the browser that began it. SameSite=Lax: the callback arrives by a top-level navigation from the
 * issuer, which a Strict cookie would not follow; no cross-site POST carries them. Secure in production.
 */
export const FILER_SESSION_COOKIE = 'damrong_filer_session';
export const FILER_STATE_COOKIE = 'damrong_filer_state';

const lax = (secure: boolean, path: string) => ({ httpOnly: true, sameSite: 'lax', secure, path });

export function cookieOf(header: string | string[] | undefined, name: string): string | undefined {
  const value = parseCookie(Array.isArray(header) ? header.join('; ') : header ?? '')[name];
  return value && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
}

export const setStateCookie = (response: CookieJar, state: string, expires: Date, secure: boolean) =>
  response.cookie(FILER_STATE_COOKIE, state, { ...lax(secure, '/filer'), expires });
export const clearStateCookie = (response: CookieJar, secure: boolean) => response.clearCookie(FILER_STATE_COOKIE, lax(secure, '/filer'));
export const setFilerCookie = (response: CookieJar, token: string, expires: Date, secure: boolean) =>
  response.cookie(FILER_SESSION_COOKIE, token, { ...lax(secure, '/'), expires });
export const clearFilerCookie = (response: CookieJar, secure: boolean) => response.clearCookie(FILER_SESSION_COOKIE, lax(secure, '/'));
