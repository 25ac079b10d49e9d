import { toArabicDigits } from '../shared/thai-digits.js';
import { ConfigError } from './config.js';

/** Sessions and the client address of sign-in, read from the environment (see README, Configuration). */
export interface IdentityConfig {
  sessionTtlMinutes: number;
  sessionIdleMinutes: number;
  trustProxyHops: number;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const text = toArabicDigits(raw);
  if (!/^\d+$/.test(text)) throw new ConfigError(name, `"${raw}" is not a whole number`);
  const value = Number(text);
  if (value < min || value > max) throw new ConfigError(name, `${value} is outside ${min}–${max}`);
  return value;
}

/** Checked like the rest of the configuration: a bad value stops start-up naming the variable. */
export function loadIdentityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const sessionTtlMinutes = wholeNumber(env, 'SESSION_TTL_MINUTES', 600, 5, 7 * 24 * 60);
  const sessionIdleMinutes = wholeNumber(env, 'SESSION_IDLE_MINUTES', 60, 1, sessionTtlMinutes);
  return { sessionTtlMinutes, sessionIdleMinutes, trustProxyHops: wholeNumber(env, 'TRUST_PROXY_HOPS', 0, 0, 10) };
}
