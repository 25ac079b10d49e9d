import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/config/config.js';
import { loadIdentityConfig } from '../../src/config/identity-config.js';

describe('identity configuration', () => {
  it('has defaults and reads Thai digits', () => {
    expect(loadIdentityConfig({})).toEqual({ sessionTtlMinutes: 600, sessionIdleMinutes: 60, trustProxyHops: 0 });
    expect(loadIdentityConfig({ SESSION_TTL_MINUTES: '๔๘๐', SESSION_IDLE_MINUTES: '30', TRUST_PROXY_HOPS: '1' }))
      .toEqual({ sessionTtlMinutes: 480, sessionIdleMinutes: 30, trustProxyHops: 1 });
  });

  it('stops start-up on a bad value, naming the variable', () => {
    expect(() => loadIdentityConfig({ SESSION_TTL_MINUTES: 'ten hours' })).toThrow(new ConfigError('SESSION_TTL_MINUTES', '"ten hours" is not a whole number'));
    expect(() => loadIdentityConfig({ SESSION_TTL_MINUTES: '60', SESSION_IDLE_MINUTES: '90' })).toThrow(/SESSION_IDLE_MINUTES: 90 is outside 1–60/);
  });
});
