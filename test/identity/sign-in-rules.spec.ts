import { describe, expect, it } from '@jest/globals';
import { addressBlock, clientAddress } from '../../src/identity/sign-in/client-address.js';
import { checkNewPassword } from '../../src/identity/sign-in/password-policy.js';
import { bearerToken, newSessionToken, tokenDigest } from '../../src/identity/sessions/session-tokens.js';
import {
  afterFailure, afterSignIn, DEFAULT_LOCKOUT, forgetAt, isKnownAddress, NEW_PAIR, standingAt, type PairRecord,
} from '../../src/identity/sign-in/sign-in-policy.js';
import { DomainError } from '../../src/shared/domain-error.js';

const now = new Date('2024-01-15T03:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('lockout policy (per user name and client address)', () => {
  const failuresAt = (at: Date, count: number, from = NEW_PAIR) =>
    Array.from({ length: count }).reduce<PairRecord>((record) => afterFailure(record, at, DEFAULT_LOCKOUT), from);

  it('lets three failures pass, then doubles the wait, then locks for 15 minutes', () => {
    const waits: (number | string)[] = [];
    let record = NEW_PAIR;
    for (let i = 0; i < 11; i++) {
      record = afterFailure(record, now, DEFAULT_LOCKOUT);
      const standing = standingAt(record, now);
      waits.push(standing.kind === 'OPEN' ? 0 : standing.kind === 'DELAYED' ? standing.seconds : `locked ${standing.minutes}`);
    }
    expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 64, 'locked 15', 'locked 15']);
  });

  it('opens again once the wait or the lock has passed', () => {
    const delayed = failuresAt(now, 4);
    expect(standingAt(delayed, later(1_999))).toEqual({ kind: 'DELAYED', seconds: 1 });
    expect(standingAt(delayed, later(2_000))).toEqual({ kind: 'OPEN' });
    const locked = failuresAt(now, 10);
    expect(standingAt(locked, later(15 * 60_000))).toEqual({ kind: 'OPEN' });
  });

  it('ends a run at a right password, or a day after its last failure', () => {
    expect(afterFailure(afterSignIn(now), now, DEFAULT_LOCKOUT).failedAttempts).toBe(1);
    const run = failuresAt(now, 9);
    expect(afterFailure(run, later(24 * 3_600_000 - 1), DEFAULT_LOCKOUT).lockedUntil).not.toBeNull();
    expect(afterFailure(run, later(24 * 3_600_000), DEFAULT_LOCKOUT)).toMatchObject({ failedAttempts: 1, notBefore: null, lockedUntil: null });
  });

  it('knows an address for 30 days after a right password, and keeps a record as long as it says anything', () => {
    const days = (n: number) => later(n * 24 * 3_600_000);
    const known = afterSignIn(now);
    expect(isKnownAddress(known, days(30), DEFAULT_LOCKOUT)).toBe(false);
    expect(isKnownAddress(known, later(30 * 24 * 3_600_000 - 1), DEFAULT_LOCKOUT)).toBe(true);
    expect(isKnownAddress(failuresAt(now, 3), now, DEFAULT_LOCKOUT)).toBe(false);
    expect(isKnownAddress(failuresAt(now, 3, known), now, DEFAULT_LOCKOUT)).toBe(true);
    expect(forgetAt(known, DEFAULT_LOCKOUT)).toEqual(days(30));
    expect(forgetAt(failuresAt(now, 10), DEFAULT_LOCKOUT)).toEqual(days(1));
    expect(forgetAt(failuresAt(days(40), 1, known), DEFAULT_LOCKOUT)).toEqual(days(41));
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

  it('counts an IPv4 address by itself and an IPv6 one by its /64', () => {
    expect(addressBlock('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBlock('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBlock('2001:db8:5:1::a')).toBe('2001:db8:5:1::/64');
    expect(addressBlock('2001:0DB8:0005:0001:ffff:0:0:1')).toBe('2001:db8:5:1::/64');
    expect(addressBlock('2001:db8::5:1:0:1:2')).toBe('2001:db8:0:5::/64');
    expect(addressBlock('2001:db8::5:1:0:1')).toBe('2001:db8:0:0::/64');
    expect(addressBlock('2001:db8:5::')).toBe('2001:db8:5:0::/64');
    expect(addressBlock('::1')).toBe('0:0:0:0::/64');
    expect(addressBlock('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressBlock('64:ff9b::198.51.100.7')).toBe('64:ff9b:0:0::/64');
    expect(addressBlock('unknown')).toBe('unknown');
  });
});
