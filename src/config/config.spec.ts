import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

/** A master key of personal data as an operator gives it (64 hex digits). */
const KEY_HEX = 'ab'.repeat(32);

describe('loadConfig', () => {
  it('has defaults for a fresh machine', () => {
    expect(loadConfig({})).toEqual({
      port: 3000, host: '127.0.0.1', databaseUrl: undefined, databaseRequestUrl: undefined, sessionTimeouts: { statementMs: 30_000, idleInTransactionMs: 60_000 },
      dataDir: path.resolve('.data'), eventStore: 'postgres', kurrentdbUrl: undefined, projectionPollMs: 200, readWaitMs: 5000, production: false, clockStart: undefined,
      readyMaxLagEvents: 10_000, metricsToken: undefined, logLevel: 'info', rebuildSchedule: [], complaintStaleDays: 30,
      documents: { maxBytes: 20 * 1024 * 1024, maxPages: 50 },
      ocr: { enabled: true, pollMs: 2000, timeoutMs: 120_000, leaseMs: 1_800_000, maxAttempts: 3 },
      documentStore: { kind: 'disk' },
      retention: {
        debtCaseYears: 10, complaintYears: 10, leafletPermitYears: 10, businessFilerYears: 10, staffAccountYears: 1, runAt: { hour: 2, minute: 30 }, batchSize: 200,
      },
      masterKey: { kind: 'generated', file: path.resolve('.data', 'personal-data-master.key') },
    });
  });

  it('takes the master key of personal data in hex or base64, inline or from a file; production refuses to make one', () => {
    const key = Buffer.from(KEY_HEX, 'hex');
    expect(loadConfig({ PERSONAL_DATA_MASTER_KEY: KEY_HEX }).masterKey).toEqual({ kind: 'given', key });
    expect(loadConfig({ PERSONAL_DATA_MASTER_KEY: key.toString('base64') }).masterKey).toEqual({ kind: 'given', key });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'damrong-key-')), 'master-key');
    fs.writeFileSync(file, `${key.toString('base64')}\n`);
    expect(loadConfig({ PERSONAL_DATA_MASTER_KEY_FILE: file, NODE_ENV: 'production' }).masterKey).toEqual({ kind: 'given', key });
    expect(loadConfig({ DATA_DIR: '/var/lib/damrong' }).masterKey).toEqual({ kind: 'generated', file: '/var/lib/damrong/personal-data-master.key' });
  });

  it('reads the S3-compatible store of documents and photos, refusing what would store them elsewhere than meant', () => {
    const s3 = { DOCUMENT_STORE: 'S3', S3_BUCKET: 'damrong-files', S3_ENDPOINT: 'http://minio:9000/', S3_ACCESS_KEY_ID: 'damrong', S3_SECRET_ACCESS_KEY: 'secret' };
    expect(loadConfig(s3).documentStore).toEqual({
      kind: 's3', endpoint: 'http://minio:9000', region: 'us-east-1', bucket: 'damrong-files', accessKeyId: 'damrong', secretAccessKey: 'secret', forcePathStyle: true,
    });
    expect(loadConfig({ DOCUMENT_STORE: 's3', S3_BUCKET: 'damrong-files', S3_REGION: 'ap-southeast-1' }).documentStore)
      .toEqual({ kind: 's3', endpoint: undefined, region: 'ap-southeast-1', bucket: 'damrong-files', accessKeyId: undefined, secretAccessKey: undefined, forcePathStyle: false });
    expect(loadConfig({ ...s3, S3_FORCE_PATH_STYLE: 'false' }).documentStore).toMatchObject({ forcePathStyle: false });
    expect(() => loadConfig({ DOCUMENT_STORE: 'nfs' })).toThrow('DOCUMENT_STORE: "nfs" is not disk or s3');
    expect(() => loadConfig({ DOCUMENT_STORE: 's3' })).toThrow('S3_BUCKET: DOCUMENT_STORE=s3 needs the name of the bucket');
    expect(() => loadConfig({ ...s3, S3_BUCKET: 'My_Bucket' })).toThrow('S3_BUCKET: "My_Bucket" is not a bucket name');
    expect(() => loadConfig({ ...s3, S3_ENDPOINT: 'minio:9000' })).toThrow('S3_ENDPOINT: "minio:9000" is not the address of a server');
    expect(() => loadConfig({ ...s3, S3_SECRET_ACCESS_KEY: '' })).toThrow('S3_SECRET_ACCESS_KEY: give S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together');
    expect(() => loadConfig({ ...s3, S3_FORCE_PATH_STYLE: 'yes' })).toThrow('S3_FORCE_PATH_STYLE: "yes" is not true or false');
    expect(() => loadConfig({ S3_BUCKET: 'damrong-files' })).toThrow('S3_BUCKET: is set but DOCUMENT_STORE is not s3');
  });

  it('reads the document limits and the OCR settings, Thai digits accepted, OCR on or off', () => {
    expect(loadConfig({ DOCUMENT_MAX_MB: '๕', DOCUMENT_MAX_PAGES: '10', OCR: 'off', OCR_TIMEOUT_MS: '5000' })).toMatchObject({
      documents: { maxBytes: 5 * 1024 * 1024, maxPages: 10 }, ocr: { enabled: false, timeoutMs: 5000 },
    });
    expect(() => loadConfig({ DOCUMENT_MAX_MB: '0' })).toThrow('DOCUMENT_MAX_MB: 0 is outside 1–500');
    expect(() => loadConfig({ OCR: 'maybe' })).toThrow('OCR: "maybe" is not on or off');
  });

  it('reads the readiness lag bound and the metrics token, refusing a short or spaced token', () => {
    const token = 'a'.repeat(32);
    expect(loadConfig({ READY_MAX_LAG_EVENTS: '๕๐๐', METRICS_TOKEN: ` ${token}\n` })).toMatchObject({ readyMaxLagEvents: 500, metricsToken: token });
    expect(() => loadConfig({ READY_MAX_LAG_EVENTS: '-1' })).toThrow('READY_MAX_LAG_EVENTS: "-1" is not a whole number');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN: the token is 5 characters long: give at least 32 (openssl rand -hex 32)');
    expect(() => loadConfig({ METRICS_TOKEN: `${token} ${token}` })).toThrow(ConfigError);
  });

  it('reads the days after which an open complaint is stale, Thai digits accepted, 1 to 365', () => {
    expect(loadConfig({ COMPLAINT_STALE_DAYS: '๑๕' }).complaintStaleDays).toBe(15);
    expect(() => loadConfig({ COMPLAINT_STALE_DAYS: '0' })).toThrow('COMPLAINT_STALE_DAYS: 0 is outside 1–365');
    expect(() => loadConfig({ COMPLAINT_STALE_DAYS: 'month' })).toThrow('COMPLAINT_STALE_DAYS: "month" is not a whole number');
  });

  it('reads the metrics token from METRICS_TOKEN_FILE (a Compose secret), not from both places', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'damrong-config-'));
    try {
      const file = path.join(dir, 'metrics-token');
      fs.writeFileSync(file, `${'b'.repeat(40)}\n`);
      expect(loadConfig({ METRICS_TOKEN_FILE: file }).metricsToken).toBe('b'.repeat(40));
      expect(() => loadConfig({ METRICS_TOKEN_FILE: file, METRICS_TOKEN: 'c'.repeat(40) })).toThrow('METRICS_TOKEN_FILE: METRICS_TOKEN is set too');
      fs.writeFileSync(file, 'short\n');
      expect(() => loadConfig({ METRICS_TOKEN_FILE: file })).toThrow('METRICS_TOKEN_FILE: the token is 5 characters long');
      expect(() => loadConfig({ METRICS_TOKEN_FILE: path.join(dir, 'missing') })).toThrow(`METRICS_TOKEN_FILE: cannot read ${path.join(dir, 'missing')} (ENOENT)`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads Thai digits and every setting', () => {
    const config = loadConfig({
      PORT: '๘๐๘๐', HOST: '0.0.0.0', DATABASE_URL: 'postgres://u:p@db:5432/damrong', DATABASE_REQUEST_URL: 'postgres://r:q@db:5432/damrong',
      DATABASE_STATEMENT_TIMEOUT_MS: '๐', DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: '5000', DATA_DIR: '/var/lib/damrong', EVENT_STORE: 'memory',
    });
    expect(config).toMatchObject({
      port: 8080, host: '0.0.0.0', databaseUrl: 'postgres://u:p@db:5432/damrong', databaseRequestUrl: 'postgres://r:q@db:5432/damrong',
      sessionTimeouts: { statementMs: 0, idleInTransactionMs: 5000 }, dataDir: '/var/lib/damrong', eventStore: 'memory',
    });
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
  });

  it('takes KurrentDB as the event log with its connection string, in production too', () => {
    for (const url of ['kurrentdb://localhost:2113?tls=false', 'kurrentdb+discover://a:2113,b:2113', 'esdb://db:2113', 'ESDB+DISCOVER://cluster.example:2113']) {
      expect(loadConfig({ EVENT_STORE: ' KurrentDB ', KURRENTDB_URL: ` ${url} `, NODE_ENV: 'production', PERSONAL_DATA_MASTER_KEY: KEY_HEX }))
        .toMatchObject({ eventStore: 'kurrentdb', kurrentdbUrl: url, production: true });
    }
    expect(loadConfig({ KURRENTDB_URL: 'kurrentdb://db:2113' })).toMatchObject({ eventStore: 'postgres', kurrentdbUrl: 'kurrentdb://db:2113' });
  });

  it('starts the clock at CLOCK_START outside production only', () => {
    expect(loadConfig({ CLOCK_START: '๒๐๒๔-๐๓-๐๑T14:59:00+07:00' }).clockStart).toEqual(new Date('2024-03-01T07:59:00Z'));
    expect(loadConfig({ CLOCK_START: '2024-03-01T14:59:00+07:00', NODE_ENV: 'production', PERSONAL_DATA_MASTER_KEY: KEY_HEX }).clockStart).toBeUndefined();
  });

  it('reads LOG_LEVEL in any case and refuses a level it does not know, naming the variable', () => {
    expect(loadConfig({ LOG_LEVEL: ' Debug ' }).logLevel).toBe('debug');
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(new ConfigError('LOG_LEVEL', '"verbose" is not one of fatal, error, warn, info, debug, trace'));
  });

  it('reads the passwords of the database URLs from files (Docker secrets), as written, final line break left out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'damrong-secrets-'));
    fs.writeFileSync(path.join(dir, 'owner'), 'p@ss:wörd/%41\n');
    fs.writeFileSync(path.join(dir, 'request'), 'q');
    const config = loadConfig({
      DATABASE_URL: 'postgres://damrong@postgres:5432/damrong', DATABASE_PASSWORD_FILE: path.join(dir, 'owner'),
      DATABASE_REQUEST_URL: 'postgres://damrong_request_login@postgres/damrong', DATABASE_REQUEST_PASSWORD_FILE: path.join(dir, 'request'),
    });
    expect(decodeURIComponent(new URL(config.databaseUrl!).password)).toBe('p@ss:wörd/%41');
    expect(new URL(config.databaseUrl!)).toMatchObject({ username: 'damrong', host: 'postgres:5432', pathname: '/damrong' });
    expect(config.databaseRequestUrl).toBe('postgres://damrong_request_login:q@postgres/damrong');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@db/d', DATABASE_PASSWORD_FILE: path.join(dir, 'missing') }))
      .toThrow(`DATABASE_PASSWORD_FILE: cannot read ${path.join(dir, 'missing')} (ENOENT)`);
    fs.rmSync(dir, { recursive: true });
  });

  it.each([
    [{ DATABASE_PASSWORD_FILE: '/run/secrets/x' }, 'DATABASE_PASSWORD_FILE: needs DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://u:p@db/d', DATABASE_PASSWORD_FILE: '/run/secrets/x' }, 'DATABASE_PASSWORD_FILE: DATABASE_URL names a password too'],
    [{ PORT: 'abc' }, 'PORT: "abc" is not a whole number'],
    [{ PORT: '70000' }, 'PORT: 70000 is outside 1–65535'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL: is not a URL'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL: scheme "mysql:" is not postgres: or postgresql:'],
    [{ HOST: 'everywhere' }, 'HOST: "everywhere" is not an IP address'],
    [{ DATABASE_REQUEST_URL: 'postgres://r:q@db/damrong' }, 'DATABASE_REQUEST_URL: needs DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://u@db/d', DATABASE_REQUEST_URL: 'http://r@db/d' }, 'DATABASE_REQUEST_URL: scheme "http:"'],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '-1' }, 'DATABASE_STATEMENT_TIMEOUT_MS: "-1" is not a whole number'],
    [{ DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: '3600001' }, 'DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: 3600001 is outside 0–3600000'],
    [{ EVENT_STORE: 'kafka' }, 'EVENT_STORE: "kafka" is not one of postgres, memory, kurrentdb'],
    [{ EVENT_STORE: 'kurrentdb' }, 'KURRENTDB_URL: EVENT_STORE=kurrentdb needs it'],
    [{ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: '  ' }, 'KURRENTDB_URL: EVENT_STORE=kurrentdb needs it'],
    [{ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'postgres://u@db/d' }, 'KURRENTDB_URL: is not a kurrentdb://, kurrentdb+discover://, esdb://'],
    [{ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://' }, 'KURRENTDB_URL: is not a kurrentdb://'],
    [{ KURRENTDB_URL: 'localhost:2113' }, 'KURRENTDB_URL: is not a kurrentdb://'],
    [{ EVENT_STORE: 'memory', NODE_ENV: 'production' }, 'EVENT_STORE: memory keeps nothing'],
    [{ CLOCK_START: 'next tuesday' }, 'CLOCK_START: "next tuesday" is not an ISO instant'],
    [{ NODE_ENV: 'production' }, 'PERSONAL_DATA_MASTER_KEY: is unset: production needs the master key'],
    [{ PERSONAL_DATA_MASTER_KEY: 'ab'.repeat(31) }, 'PERSONAL_DATA_MASTER_KEY: is not 32 bytes in base64 or hex'],
    [{ PERSONAL_DATA_MASTER_KEY: KEY_HEX, PERSONAL_DATA_MASTER_KEY_FILE: '/run/secrets/key' }, 'PERSONAL_DATA_MASTER_KEY_FILE: PERSONAL_DATA_MASTER_KEY is set too'],
    [{ PERSONAL_DATA_MASTER_KEY_FILE: '/nowhere/key' }, 'PERSONAL_DATA_MASTER_KEY_FILE: cannot read /nowhere/key'],
  ])('refuses %j with a line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
