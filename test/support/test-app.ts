import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module.js';
import { loadConfig } from '../../src/config/config.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { projectionStatuses } from '../../src/projections/runner/projection-status.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  /** POSTs a GraphQL request over HTTP and returns the parsed JSON body. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>;
  /** Resolves once every projection has applied the whole log; fails on a stopped projection or after 20 s. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

/** The whole service on a database of its own, listening on a free port. */
export async function startTestApp(): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = { ...loadConfig({ PROJECTION_POLL_MS: '20' }), databaseUrl: db.url };
  const app = await NestFactory.create(
    AppModule.forRoot({ pool: db.pool, describe: 'test', close: async () => undefined }, config),
    { logger: ['error'] },
  );
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  return {
    app,
    db,
    async graphql(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as Promise<{ data?: any; errors?: any[] }>;
    },
    async caughtUp() {
      const runner = app.get(ProjectionRunner);
      const store = app.get<EventStore>(EVENT_STORE);
      for (const until = Date.now() + 20_000; ;) {
        const statuses = await projectionStatuses(db.pool, store, runner);
        const failed = statuses.find((s) => s.state === 'FAILED');
        if (failed) throw new Error(`projection ${failed.name} failed: ${failed.lastError}`);
        if (statuses.every((s) => s.lagEvents === 0 && s.state === 'RUNNING')) return;
        if (Date.now() > until) throw new Error(`projections not caught up: ${JSON.stringify(statuses)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
