import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults for a fresh machine', () => {
    expect(loadConfig({})).toEqual({
      port: 3000, databaseUrl: undefined, dataDir: path.resolve('.data'), eventStore: 'postgres', projectionPollMs: 200, production: false, clockStart: undefined,
    });
  });

  it('reads Thai digits and every setting', () => {
    const config = loadConfig({ PORT: '๘๐๘๐', DATABASE_URL: 'postgres://u:p@db:5432/damrong', DATA_DIR: '/var/lib/damrong', EVENT_STORE: 'memory' });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u:p@db:5432/damrong', dataDir: '/var/lib/damrong', eventStore: 'memory' });
  });

  it('starts the clock at CLOCK_START outside production only', () => {
    expect(loadConfig({ CLOCK_START: '๒๐๒๔-๐๓-๐๑T14:59:00+07:00' }).clockStart).toEqual(new Date('2024-03-01T07:59:00Z'));
    expect(loadConfig({ CLOCK_START: '2024-03-01T14:59:00+07:00', NODE_ENV: 'production' }).clockStart).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: "abc" is not a whole number'],
    [{ PORT: '70000' }, 'PORT: 70000 is outside 1–65535'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL: is not a URL'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL: scheme "mysql:" is not postgres: or postgresql:'],
    [{ EVENT_STORE: 'kafka' }, 'EVENT_STORE: "kafka" is not one of postgres, memory'],
    [{ EVENT_STORE: 'memory', NODE_ENV: 'production' }, 'EVENT_STORE: memory keeps nothing'],
    [{ CLOCK_START: 'next tuesday' }, 'CLOCK_START: "next tuesday" is not an ISO instant'],
  ])('refuses %j with a line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
