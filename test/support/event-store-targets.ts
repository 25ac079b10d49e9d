import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { EventStore } from '../../src/eventstore/event-store.port.js';
import { KurrentDbEventStore } from '../../src/eventstore/kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import type { StoreCapabilities } from '../eventstore/event-store.contract.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/**
 * The event log adapters the adapter-neutral tests run against: PostgreSQL always; KurrentDB at KURRENTDB_URL (a
 * server nothing else writes to while the tests run: some tests read the whole log after a point), or else in a
 * container of its own per test file when a Docker engine is found (@testcontainers/kurrentdb, image
 * KURRENTDB_TEST_IMAGE); otherwise its tests are skipped, the reason in their titles and on the console.
 */

/** One test file's log and the PostgreSQL database of its read models (on PostgreSQL, of its log too). */
export interface OpenedTarget {
  store: EventStore;
  db: TestDatabase;
  /** How test/support/projection-worker.ts opens the same log, after the database URL. */
  logArgs: string[];
  close(): Promise<void>;
}

export interface EventStoreTarget {
  name: string;
  capabilities: StoreCapabilities;
  /** Why it cannot run on this machine; undefined when it can. */
  unavailable?: string;
  open(): Promise<OpenedTarget>;
}

const KURRENTDB_IMAGE = process.env.KURRENTDB_TEST_IMAGE ?? 'kurrentplatform/kurrentdb:25.0';
/** A first pull of the KurrentDB image and its start take a while. */
const OPEN_TIMEOUT_MS = 300_000;

const postgres: EventStoreTarget = {
  name: 'PostgreSQL',
  capabilities: { eventIdsAcrossStreams: true },
  async open() {
    const db = await createTestDatabase();
    return { store: new PostgresEventStore(db.pool), db, logArgs: [], close: () => db.drop() };
  },
};

/** Where a Docker engine listens, when one is found: DOCKER_HOST or a socket in the usual places. */
function dockerEngine(): string | undefined {
  if (process.env.DOCKER_HOST) return process.env.DOCKER_HOST;
  const sockets = ['/var/run/docker.sock', path.join(os.homedir(), '.docker/run/docker.sock')];
  if (process.env.XDG_RUNTIME_DIR) sockets.push(path.join(process.env.XDG_RUNTIME_DIR, 'docker.sock'));
  return sockets.find((socket) => fs.existsSync(socket));
}

/** KurrentDB at `url`, its read models in a fresh PostgreSQL database; `stop` ends what served it. */
async function openKurrentDb(url: string, stop: () => Promise<unknown> = async () => undefined): Promise<OpenedTarget> {
  const db = await createTestDatabase();
  const store = KurrentDbEventStore.fromConnectionString(url);
  return {
    store, db, logArgs: [url],
    async close() {
      await store.close();
      await Promise.all([db.drop(), stop()]);
    },
  };
}

/** testcontainers 12 (the one @testcontainers/kurrentdb takes) declares Node 22.22 or later, and fails to load on 20. */
const [major, minor] = process.versions.node.split('.').map(Number);
const testcontainersLoads = major > 22 || (major === 22 && minor >= 22);

function kurrentDbUnavailable(): string | undefined {
  if (process.env.KURRENTDB_URL) return undefined;
  if (!dockerEngine()) return 'no KurrentDB server: KURRENTDB_URL is not set and no Docker engine was found (DOCKER_HOST, /var/run/docker.sock)';
  if (!testcontainersLoads) return `no KurrentDB server: KURRENTDB_URL is not set, and @testcontainers/kurrentdb needs Node 22.22 or later (this is ${process.version})`;
  return undefined;
}

const kurrentdb: EventStoreTarget = {
  name: 'KurrentDB',
  capabilities: { eventIdsAcrossStreams: false },
  unavailable: kurrentDbUnavailable(),
  async open() {
    if (process.env.KURRENTDB_URL) return openKurrentDb(process.env.KURRENTDB_URL);
    const { KurrentDbContainer } = await import('@testcontainers/kurrentdb');
    const container = await new KurrentDbContainer(KURRENTDB_IMAGE).start();
    return openKurrentDb(container.getConnectionString(), () => container.stop());
  },
};

export const eventStoreTargets: readonly EventStoreTarget[] = [postgres, kurrentdb];

/**
 * `body` once per target, inside a describe block whose store opens before its tests and closes after them; a
 * target that cannot run here gets a skipped block that says why.
 */
export function describeEachTarget(title: string, body: (opened: () => OpenedTarget, target: EventStoreTarget) => void): void {
  for (const target of eventStoreTargets) {
    if (target.unavailable) {
      console.warn(`${title} on ${target.name}: skipped, ${target.unavailable}`);
      describe.skip(`${title} on ${target.name} (skipped: ${target.unavailable})`, () => {
        it(`runs when ${target.name} is reachable`, () => undefined);
      });
      continue;
    }
    describe(`${title} on ${target.name}`, () => {
      let opened: OpenedTarget | undefined;
      beforeAll(async () => {
        opened = await target.open();
      }, OPEN_TIMEOUT_MS);
      afterAll(() => opened?.close());
      body(() => opened!, target);
    });
  }
}
