import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { toArabicDigits } from '../shared/thai-digits.js';
import { type DopaConfig, loadDopaConfig } from './dopa-config.js';
import { loadMasterKeyConfig, type MasterKeyConfig } from './master-key-config.js';
import { parseRebuildSchedule, type ScheduledRebuild } from './rebuild-schedule.js';
import { loadRetentionConfig, type RetentionConfig } from './retention-config.js';

export type EventStoreKind = 'postgres' | 'memory' | 'kurrentdb';

/** pino's levels an operator may choose; a start-up failure (fatal) always shows. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Everything the service reads from its environment, typed and checked once. */
export interface AppConfig {
  port: number;
  /** The address the HTTP server listens on: loopback unless told (the Docker image says 0.0.0.0). */
  host: string;
  /** An external PostgreSQL server, as the owner of the service's database; absent means the embedded one under `dataDir`. */
  databaseUrl?: string;
  /** With `databaseUrl`: a login that can become the request role and nothing else, for the request connections. */
  databaseRequestUrl?: string;
  /** Limits on the service's own connections (command line tools and migrations go without). */
  sessionTimeouts: SessionTimeouts;
  dataDir: string;
  eventStore: EventStoreKind;
  /** With `eventStore` kurrentdb only: the KurrentDB connection string (the read models stay in PostgreSQL). */
  kurrentdbUrl?: string;
  /** Projection runners poll the log this often when idle. */
  projectionPollMs: number;
  /** How long a list read with `afterPosition` waits for its projection to reach it before PROJECTION_BEHIND. */
  readWaitMs: number;
  production: boolean;
  /** Non-production only: the service's clock starts at this instant and runs on from it. */
  clockStart?: Date;
  /** GET /health/ready fails while a projection trails the log by more events than this. */
  readyMaxLagEvents: number;
  /** The bearer token GET /metrics requires; without it /metrics answers loopback clients only. */
  metricsToken?: string;
  /** The least severe log lines written (LOG_LEVEL, `info` unless told). */
  logLevel: LogLevel;
  /** Projection rebuilds and verifications the service starts by itself (REBUILD_SCHEDULE). */
  rebuildSchedule: ScheduledRebuild[];
  /** An open complaint with no change for more than this many days is stale (COMPLAINT_STALE_DAYS, 30 unless told). */
  complaintStaleDays: number;
  /** Scanned documents of complaints: the largest file (DOCUMENT_MAX_MB, 20 unless told) and most pages (DOCUMENT_MAX_PAGES, 50). */
  documents: { maxBytes: number; maxPages: number };
  /** The OCR worker (documents/): OCR=off turns it off; otherwise it runs when tesseract with the `tha` language is installed. */
  ocr: OcrConfig;
  /** Where scanned documents and news photos are kept (DOCUMENT_STORE): the data folder, or an S3-compatible bucket. */
  documentStore: DocumentStoreConfig;
  /** D.DOPA (OpenID Connect) for filers; undefined when not configured (dopa-config.ts). */
  dopa?: DopaConfig;
  /** Retention of personal data: the years per case type and the daily run (retention-config.ts). */
  retention: RetentionConfig;
  /** The master key that wraps the keys of personal data (master-key-config.ts). */
  masterKey: MasterKeyConfig;
}

export type DocumentStoreConfig = { kind: 'disk' } | ({ kind: 's3' } & S3StoreConfig);

export interface S3StoreConfig {
  /** S3_ENDPOINT: the server of an S3-compatible store (MinIO, Ceph, Garage); absent means AWS S3 itself. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Both or neither; neither means the SDK's own chain (an instance role, AWS_* variables). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** S3_FORCE_PATH_STYLE: `endpoint/bucket/key` rather than `bucket.endpoint/key` (MinIO, Ceph and Garage need it). */
  forcePathStyle: boolean;
}

export interface OcrConfig {
  enabled: boolean;
  /** How often an idle worker looks for work (OCR_POLL_MS). */
  pollMs: number;
  /** The longest one tesseract or pdftoppm run may take (OCR_TIMEOUT_MS). */
  timeoutMs: number;
  /** A job claimed this long ago and not finished is taken for a stopped worker's and claimed again (OCR_LEASE_MS). */
  leaseMs: number;
  /** Attempts at a document before it is recorded unreadable (OCR_MAX_ATTEMPTS). */
  maxAttempts: number;
}

/** PostgreSQL's `statement_timeout` and `idle_in_transaction_session_timeout`, in milliseconds; 0 turns one off. */
export interface SessionTimeouts {
  statementMs: number;
  idleInTransactionMs: number;
}

/** A configuration value that stops start-up; its message is the one line an operator sees. */
export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

/** A whole number from the environment (Thai digits accepted), `fallback` when unset, refused outside min–max. */
export function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const text = toArabicDigits(raw.trim());
  if (!/^\d+$/.test(text)) throw new ConfigError(name, `"${raw}" is not a whole number`);
  const value = Number(text);
  if (value < min || value > max) throw new ConfigError(name, `${value} is outside ${min}–${max}`);
  return value;
}

const PASSWORD_FILE = { DATABASE_URL: 'DATABASE_PASSWORD_FILE', DATABASE_REQUEST_URL: 'DATABASE_REQUEST_PASSWORD_FILE' } as const;

function databaseUrl(env: NodeJS.ProcessEnv, name: 'DATABASE_URL' | 'DATABASE_REQUEST_URL'): string | undefined {
  const raw = env[name]?.trim();
  const passwordFile = env[PASSWORD_FILE[name]]?.trim();
  if (!raw) {
    if (passwordFile) throw new ConfigError(PASSWORD_FILE[name], `needs ${name}, the URL whose password it holds`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL (expected postgres://user:password@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `scheme "${url.protocol}" is not postgres: or postgresql:`);
  }
  return passwordFile ? withPassword(url, passwordFile, PASSWORD_FILE[name], name) : raw;
}

/** The URL with the password a file holds (a Docker or Kubernetes secret), its final line break left out. */
function withPassword(url: URL, file: string, variable: string, urlName: string): string {
  if (url.password) throw new ConfigError(variable, `${urlName} names a password too: give it in one place`);
  const password = readSecret(file, variable);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** A secret's file as it is, its final line break left out; refused when unreadable or empty. */
export function readSecret(file: string, variable: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new ConfigError(variable, `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  if (!text) throw new ConfigError(variable, `${file} is empty`);
  return text;
}

function requestUrl(env: NodeJS.ProcessEnv, owner: string | undefined): string | undefined {
  const raw = databaseUrl(env, 'DATABASE_REQUEST_URL');
  if (raw && !owner) throw new ConfigError('DATABASE_REQUEST_URL', 'needs DATABASE_URL (the embedded server makes its own request login)');
  return raw;
}

function host(env: NodeJS.ProcessEnv): string {
  const raw = env.HOST?.trim();
  if (!raw) return '127.0.0.1';
  if (net.isIP(raw) === 0) throw new ConfigError('HOST', `"${raw}" is not an IP address (127.0.0.1, 0.0.0.0, ::1, ::)`);
  return raw;
}

function eventStore(env: NodeJS.ProcessEnv): EventStoreKind {
  const raw = (env.EVENT_STORE ?? 'postgres').trim().toLowerCase();
  if (raw === 'postgres' || raw === 'memory' || raw === 'kurrentdb') return raw;
  throw new ConfigError('EVENT_STORE', `"${env.EVENT_STORE}" is not one of postgres, memory, kurrentdb`);
}

const KURRENTDB_SCHEMES = ['kurrentdb', 'kurrentdb+discover', 'esdb', 'esdb+discover'];

/**
 * KURRENTDB_URL: the log's KurrentDB, required with EVENT_STORE=kurrentdb; checked whenever given (a tool that copies
 * a log may name it beside another store).
 */
function kurrentdbUrl(env: NodeJS.ProcessEnv, store: EventStoreKind): string | undefined {
  const raw = env.KURRENTDB_URL?.trim();
  if (!raw) {
    if (store === 'kurrentdb') throw new ConfigError('KURRENTDB_URL', 'EVENT_STORE=kurrentdb needs it, e.g. kurrentdb://host:2113?tls=false');
    return undefined;
  }
  const scheme = /^([a-z+]+):\/\/[^/?#\s]+/i.exec(raw)?.[1].toLowerCase();
  if (!scheme || !KURRENTDB_SCHEMES.includes(scheme)) {
    throw new ConfigError('KURRENTDB_URL', 'is not a kurrentdb://, kurrentdb+discover://, esdb:// or esdb+discover:// connection string');
  }
  return raw;
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

/**
 * At least 32 characters of printable ASCII with no space (what fits an `Authorization: Bearer` header as it is), from
 * METRICS_TOKEN or from the file METRICS_TOKEN_FILE names (a Docker or Kubernetes secret, its final line break left out).
 */
function metricsToken(env: NodeJS.ProcessEnv): string | undefined {
  const given = env.METRICS_TOKEN?.trim();
  const file = env.METRICS_TOKEN_FILE?.trim();
  if (given && file) throw new ConfigError('METRICS_TOKEN_FILE', 'METRICS_TOKEN is set too: give the token in one place');
  const variable = file ? 'METRICS_TOKEN_FILE' : 'METRICS_TOKEN';
  const raw = file ? readSecret(file, variable).trim() : given;
  if (!raw) return undefined;
  if (!/^[\x21-\x7e]+$/.test(raw)) throw new ConfigError(variable, 'the token holds a space or a character outside printable ASCII');
  if (raw.length < 32) throw new ConfigError(variable, `the token is ${raw.length} characters long: give at least 32 (openssl rand -hex 32)`);
  return raw;
}

/** LOG_LEVEL alone, for the command line, whose commands read the rest of the configuration themselves. */
export function logLevel(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const raw = (env.LOG_LEVEL ?? '').trim().toLowerCase();
  if (!raw) return 'info';
  const level = LOG_LEVELS.find((l) => l === raw);
  if (!level) throw new ConfigError('LOG_LEVEL', `"${env.LOG_LEVEL}" is not one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const store = eventStore(env);
  if (store === 'memory' && production) {
    throw new ConfigError('EVENT_STORE', 'memory keeps nothing across restarts and is refused in production');
  }
  const owner = databaseUrl(env, 'DATABASE_URL');
  return {
    port: integer(env, 'PORT', 3000, 1, 65535),
    host: host(env),
    databaseUrl: owner,
    databaseRequestUrl: requestUrl(env, owner),
    sessionTimeouts: {
      statementMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 0, 3_600_000),
      idleInTransactionMs: integer(env, 'DATABASE_IDLE_TRANSACTION_TIMEOUT_MS', 60_000, 0, 3_600_000),
    },
    dataDir: path.resolve(env.DATA_DIR?.trim() || '.data'),
    eventStore: store,
    kurrentdbUrl: kurrentdbUrl(env, store),
    projectionPollMs: integer(env, 'PROJECTION_POLL_MS', 200, 10, 60000),
    readWaitMs: integer(env, 'READ_WAIT_MS', 5000, 0, 60000),
    production,
    clockStart: clockStart(env, production),
    readyMaxLagEvents: integer(env, 'READY_MAX_LAG_EVENTS', 10_000, 0, 1_000_000_000),
    metricsToken: metricsToken(env),
    logLevel: logLevel(env),
    rebuildSchedule: rebuildSchedule(env),
    complaintStaleDays: integer(env, 'COMPLAINT_STALE_DAYS', 30, 1, 365),
    documents: { maxBytes: integer(env, 'DOCUMENT_MAX_MB', 20, 1, 500) * 1024 * 1024, maxPages: integer(env, 'DOCUMENT_MAX_PAGES', 50, 1, 1000) },
    ocr: ocrConfig(env),
    documentStore: documentStore(env),
    dopa: loadDopaConfig(env, production),
    retention: loadRetentionConfig(env),
    masterKey: loadMasterKeyConfig(env, production, path.resolve(env.DATA_DIR?.trim() || '.data')),
  };
}

function ocrConfig(env: NodeJS.ProcessEnv): OcrConfig {
  const mode = (env.OCR ?? '').trim().toLowerCase();
  if (mode !== '' && mode !== 'on' && mode !== 'off') throw new ConfigError('OCR', `"${env.OCR}" is not on or off`);
  return {
    enabled: mode !== 'off',
    pollMs: integer(env, 'OCR_POLL_MS', 2000, 10, 600_000),
    timeoutMs: integer(env, 'OCR_TIMEOUT_MS', 120_000, 1000, 3_600_000),
    leaseMs: integer(env, 'OCR_LEASE_MS', 30 * 60_000, 1000, 86_400_000),
    maxAttempts: integer(env, 'OCR_MAX_ATTEMPTS', 3, 1, 20),
  };
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_SECRET_ACCESS_KEY_FILE', 'S3_FORCE_PATH_STYLE'];

function documentStore(env: NodeJS.ProcessEnv): DocumentStoreConfig {
  const kind = (env.DOCUMENT_STORE ?? '').trim().toLowerCase() || 'disk';
  if (kind !== 'disk' && kind !== 's3') throw new ConfigError('DOCUMENT_STORE', `"${env.DOCUMENT_STORE}" is not disk or s3`);
  if (kind === 'disk') {
    const stray = S3_VARIABLES.find((name) => env[name]?.trim());
    if (stray) throw new ConfigError(stray, 'is set but DOCUMENT_STORE is not s3: set DOCUMENT_STORE=s3 to keep files in the bucket, or unset it');
    return { kind };
  }
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) throw new ConfigError('S3_BUCKET', 'DOCUMENT_STORE=s3 needs the name of the bucket');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new ConfigError('S3_BUCKET', `"${bucket}" is not a bucket name (3–63 of a-z, 0-9, dot, hyphen)`);
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || undefined;
  const secretAccessKey = s3Secret(env);
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError(accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID', 'give S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together (or neither, for the SDK\'s own credentials)');
  }
  const endpoint = s3Endpoint(env);
  return {
    kind, endpoint, region: env.S3_REGION?.trim() || 'us-east-1', bucket, accessKeyId, secretAccessKey,
    forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
  };
}

function s3Endpoint(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.S3_ENDPOINT?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname.length > 1 || url.search) {
    throw new ConfigError('S3_ENDPOINT', `"${raw}" is not the address of a server, such as http://minio:9000 or https://s3.example.org`);
  }
  return url.origin;
}

function s3Secret(env: NodeJS.ProcessEnv): string | undefined {
  const given = env.S3_SECRET_ACCESS_KEY?.trim();
  const file = env.S3_SECRET_ACCESS_KEY_FILE?.trim();
  if (given && file) throw new ConfigError('S3_SECRET_ACCESS_KEY_FILE', 'S3_SECRET_ACCESS_KEY is set too: give the key in one place');
  return file ? readSecret(file, 'S3_SECRET_ACCESS_KEY_FILE').trim() : given || undefined;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `"${env[name]}" is not true or false`);
}

function rebuildSchedule(env: NodeJS.ProcessEnv): ScheduledRebuild[] {
  try {
    return parseRebuildSchedule(env.REBUILD_SCHEDULE ?? '');
  } catch (error) {
    throw new ConfigError('REBUILD_SCHEDULE', (error as Error).message);
  }
}
