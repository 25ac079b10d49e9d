import { describe, expect, it } from '@jest/globals';
import { clientAddress } from '../../src/identity/client-address.js';
import { checkNewPassword } from '../../src/identity/password-policy.js';
import { bearerToken, newSessionToken, tokenDigest } from '../../src/identity/session-tokens.js';
import { afterFailure, DEFAULT_LOCKOUT, standingAt, type FailureRecord } from '../../src/identity/sign-in-policy.js';
import { DomainError } from '../../src/shared/domain-error.js';

const now = new Date('2024-01-15T03:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('lockout policy', () => {
  it('lets three failures pass, then doubles the wait, then locks for 15 minutes', () => {
    const waits: (number | string)[] = [];
    let record: FailureRecord = { failedAttempts: 0, notBefore: null, lockedUntil: null };
    for (let i = 0; i < 11; i++) {
      record = afterFailure(record.failedAttempts, now, DEFAULT_LOCKOUT);
      const standing = standingAt(record, now);
      waits.push(standing.kind === 'OPEN' ? 0 : standing.kind === 'DELAYED' ? standing.seconds : `locked ${standing.minutes}`);
    }
    expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 64, 'locked 15', 'locked 15']);
  });

  it('opens again once the wait or the lock has passed', () => {
    const delayed = afterFailure(3, now, DEFAULT_LOCKOUT);
    expect(standingAt(delayed, later(1_999))).toEqual({ kind: 'DELAYED', seconds: 1 });
    expect(standingAt(delayed, later(2_000))).toEqual({ kind: 'OPEN' });
    const locked = afterFailure(9, now, DEFAULT_LOCKOUT);
    expect(standingAt(locked, later(15 * 60_000))).toEqual({ kind: 'OPEN' });
  });
});

describe('password rules', () => {
  const rule = (password: string, current = 'ABCD-EFGH-JKMN-PQRS-TVWX') => {
    try {
      checkNewPassword(password, { currentPassword: current, citizenId: '1101700203451' });
      return 'OK';
    } catch (error) {
      return (error as DomainError).code;
    }
  };

  it('asks for length, not composition, and refuses the old password, the user name and monotony', () => {
    expect(rule('ขอให้วันนี้เป็นวันดี')).toBe('OK');
    expect(rule('correct horse battery')).toBe('OK');
    expect(rule('short-pass1')).toBe('PASSWORD_TOO_SHORT');
    expect(rule('x'.repeat(129))).toBe('PASSWORD_TOO_LONG');
    expect(rule('ABCD-EFGH-JKMN-PQRS-TVWX')).toBe('PASSWORD_UNCHANGED');
    expect(rule('me๑๑๐๑๗๐๐๒๐๓๔๕๑!')).toBe('PASSWORD_CONTAINS_CITIZEN_ID');
    expect(rule('abababababababab')).toBe('PASSWORD_TOO_SIMPLE');
  });
});

describe('session tokens and client addresses', () => {
  it('makes 256-bit tokens, stores only their SHA-256, and reads them from a Bearer header', () => {
    const token = newSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(tokenDigest(token)).toHaveLength(32);
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer ${token} `)).toBe(token);
    expect(bearerToken(`Basic ${token}`)).toBeUndefined();
    expect(bearerToken('Bearer short')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('trusts X-Forwarded-For only as far as the configured proxies', () => {
    const request = { socket: { remoteAddress: '10.0.0.5' }, headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' } };
    expect(clientAddress(request, 0)).toBe('10.0.0.5');
    expect(clientAddress(request, 1)).toBe('203.0.113.7');
    expect(clientAddress({ ...request, headers: {} }, 1)).toBe('10.0.0.5');
  });
});
