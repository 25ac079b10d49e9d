import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/**
 * Who owns a running embedded server. The process that starts it (the service, or a command line tool run
 * alone) keeps one connection open for as long as it lives, holding a session advisory lock in the
 * service's database. When that process dies, even by `kill -9`, the server ends the connection and the
 * lock goes with it: a server whose lock is free is an orphan, which the next start stops cleanly.
 */
const OWNERSHIP_LOCK = 'damrong:embedded-server-owner';
const TRY_LOCK = 'SELECT pg_try_advisory_lock(hashtext($1)) AS held';

/** The pid and port of a live postmaster of this cluster (lines 1 and 4 of postmaster.pid), if one runs. */
export async function postmasterOf(clusterDir: string): Promise<{ pid: number; port: number } | undefined> {
  const lines = (await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  if (!pid || !isAlive(pid)) return undefined; // none, or a stale lock file that PostgreSQL removes itself
  return { pid, port: Number(lines[3]) };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const client = (url: string, name: string) => {
  const connection = new pg.Client({ connectionString: url, application_name: name, connectionTimeoutMillis: 10_000 });
  connection.on('error', () => undefined);
  return connection;
};

/**
 * Takes the ownership lock on a server this process started; the returned connection holds it until ended.
 * Fails when another process holds it (a start racing this one).
 */
export async function holdOwnership(serviceUrl: string): Promise<pg.Client> {
  const keeper = client(serviceUrl, 'damrong-owner');
  await keeper.connect();
  const { rows } = await keeper.query<{ held: boolean }>(TRY_LOCK, [OWNERSHIP_LOCK]);
  if (rows[0].held) return keeper;
  await keeper.end();
  throw new Error('another process took this server over while it started');
}

/**
 * Whether a live process owns the server at `serviceUrl`: true, false (an orphan), or undefined when the
 * server cannot be asked (not this version's, or not answering).
 */
export async function ownedByLiveProcess(serviceUrl: string): Promise<boolean | undefined> {
  const probe = client(serviceUrl, 'damrong-owner-probe');
  try {
    await probe.connect();
    const { rows } = await probe.query<{ held: boolean }>(TRY_LOCK, [OWNERSHIP_LOCK]);
    return !rows[0].held;
  } catch {
    return undefined;
  } finally {
    await probe.end().catch(() => undefined); // releases the lock if the probe took it
  }
}

/**
 * Stops an orphaned postmaster with a fast shutdown (SIGINT: sessions ended, a checkpoint, a clean stop) and
 * waits until its lock file is gone, for at most a minute.
 */
export async function stopOrphan(clusterDir: string, pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (!(await postmasterOf(clusterDir))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PostgreSQL process ${pid}, left running by a service that ended, did not stop within a minute`);
}
