import { describe, expect, it } from '@jest/globals';
import { accountRetention, suspendedSince } from './account-retention.js';
import type { AccountEvent } from './account.events.js';

const created: AccountEvent = {
  type: 'AccountCreated',
  data: {
    accountId: 'a-1', citizenId: '1101700234568', title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', position: 'ADMINISTRATIVE_OFFICER',
    level: 'PROVINCE', office: { kind: 'PROVINCE', code: '49' }, administrator: false, officePhone: '042611111', mobilePhone: null,
    assignedOn: '2030-01-05', at: '2030-01-05T02:00:00.000Z',
  },
};
const suspended = (at: string): AccountEvent => ({ type: 'AccountSuspended', data: { reason: 'ย้ายสังกัด', at } });
const reinstated = (at: string): AccountEvent => ({ type: 'AccountReinstated', data: { at } });

describe('a staff account\'s retention (STAFF_ACCOUNT_CLOSED)', () => {
  it('counts the configured years from the last suspension, in Bangkok days', () => {
    const events = [created, suspended('2035-01-05T03:00:00Z'), reinstated('2035-06-01T03:00:00Z'), suspended('2036-01-05T03:00:00Z')];
    expect(suspendedSince(events)).toEqual(new Date('2036-01-05T03:00:00Z'));
    expect(accountRetention(events, new Date('2037-01-05T23:59:00+07:00'), 1)).toEqual({ kept: true, erasableFrom: new Date('2037-01-06T00:00:00+07:00') });
    expect(accountRetention(events, new Date('2037-01-06T00:00:00+07:00'), 1).kept).toBe(false);
    expect(accountRetention(events, new Date('2037-06-01T00:00:00+07:00'), 3)).toEqual({ kept: true, erasableFrom: new Date('2039-01-06T00:00:00+07:00') });
  });

  it('keeps an active account however long ago it was once suspended', () => {
    const events = [created, suspended('2031-01-05T03:00:00Z'), reinstated('2031-02-01T03:00:00Z')];
    expect(suspendedSince(events)).toBeNull();
    expect(accountRetention(events, new Date('2040-01-01T00:00:00Z'), 1)).toEqual({ kept: true, erasableFrom: null });
    expect(suspendedSince([])).toBeNull();
  });
});
