import path from 'node:path';
import { toArabicDigits } from '../shared/thai-digits.js';

export type EventStoreKind = 'postgres' | 'memory';

/** Everything the service reads from its environment, typed and checked once. */
export interface AppConfig {
  port: number;
  /** An external PostgreSQL server; absent means the embedded one under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  eventStore: EventStoreKind;
  /** Projection runners poll the log this often when idle. */
  projectionPollMs: number;
  production: boolean;
  /** Non-production only: the service's clock starts at this instant and runs on from it. */
  clockStart?: Date;
}

/** A configuration value that stops start-up; its message is the one line an operator sees. */
export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const text = toArabicDigits(raw.trim());
  if (!/^\d+$/.test(text)) throw new ConfigError(name, `"${raw}" is not a whole number`);
  const value = Number(text);
  if (value < min || value > max) throw new ConfigError(name, `${value} is outside ${min}–${max}`);
  return value;
}

function databaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user:password@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `scheme "${url.protocol}" is not postgres: or postgresql:`);
  }
  return raw;
}

function eventStore(env: NodeJS.ProcessEnv): EventStoreKind {
  const raw = (env.EVENT_STORE ?? 'postgres').trim().toLowerCase();
  if (raw === 'postgres' || raw === 'memory') return raw;
  throw new ConfigError('EVENT_STORE', `"${env.EVENT_STORE}" is not one of postgres, memory`);
}

function clockStart(env: NodeJS.ProcessEnv, production: boolean): Date | undefined {
  const raw = env.CLOCK_START?.trim();
  if (!raw || production) return undefined;
  const instant = new Date(toArabicDigits(raw));
  if (!/^\d{4}-\d{2}-\d{2}T/.test(toArabicDigits(raw)) || Number.isNaN(instant.getTime())) {
    throw new ConfigError('CLOCK_START', `"${raw}" is not an ISO instant such as 2024-03-01T14:59:00+07:00`);
  }
  return instant;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const store = eventStore(env);
  if (store === 'memory' && production) {
    throw new ConfigError('EVENT_STORE', 'memory keeps nothing across restarts and is refused in production');
  }
  return {
    port: integer(env, 'PORT', 3000, 1, 65535),
    databaseUrl: databaseUrl(env),
    dataDir: path.resolve(env.DATA_DIR?.trim() || '.data'),
    eventStore: store,
    projectionPollMs: integer(env, 'PROJECTION_POLL_MS', 200, 10, 60000),
    production,
    clockStart: clockStart(env, production),
  };
}
