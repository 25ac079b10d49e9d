import type { IdentityConfig } from '../config/identity-config.js';
import { DEFAULT_LOCKOUT, type LockoutPolicy } from './sign-in/sign-in-policy.js';

/** A budget of sign-in attempts per window. */
export interface AttemptBudget {
  points: number;
  durationSeconds: number;
}

/** Everything sign-in and sessions are tuned by: the configuration's values and the policy's constants. */
export interface IdentitySettings {
  /** A session ends this long after sign-in, however busy. */
  sessionTtlMinutes: number;
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** Proxies in front of the service whose X-Forwarded-For entries are trusted to name the client. */
  trustProxyHops: number;
  lockout: LockoutPolicy;
  /** Wrong passwords and refused attempts per client address over all user names (a district office's staff share one). */
  attemptsPerAddress: AttemptBudget;
  /** Wrong passwords per typed user name over all addresses, except those it signed in from lately. */
  failuresPerUserName: AttemptBudget;
}

export const IDENTITY_SETTINGS = Symbol('IdentitySettings');

export function identitySettings(config: IdentityConfig): IdentitySettings {
  return {
    sessionTtlMinutes: config.sessionTtlMinutes,
    sessionIdleMinutes: config.sessionIdleMinutes,
    trustProxyHops: config.trustProxyHops,
    lockout: DEFAULT_LOCKOUT,
    attemptsPerAddress: { points: 60, durationSeconds: 15 * 60 },
    failuresPerUserName: { points: 100, durationSeconds: 60 * 60 },
  };
}
