import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type pg from 'pg';
import { AppModule } from '../../src/app.module.js';
import { loadConfig } from '../../src/config/config.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { projectionStatuses } from '../../src/projections/runner/projection-status.js';
import { sleep } from '../measure.js';
import { createLog } from '../../src/logging/log.js';

/**
 * The baseline page: static HTML with nothing but the sign-in's first field, answered by the same HTTP server
 * (an Express handler placed before the service's routes and the UI's files).
 */
export const BASELINE_PAGE = '/bench-baseline.html';
const BASELINE_HTML = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>หน้าเปล่า</title></head>'
  + '<body><label>เลขประจำตัวประชาชน <input name="citizenId"></label></body></html>';

export interface UiService {
  /** http://127.0.0.1:<port> */
  base: string;
  store: EventStore;
  /** Resolves once every projection has applied the whole log. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

interface Reply { setHeader(name: string, value: string): void; end(body: string): void }

/** Builds admin/dist when its sources are newer, as `npm start` and `npm test` do. */
export function buildAdminUi(): void {
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../scripts/build-admin.mjs'), '--if-stale'], { stdio: 'inherit' });
}

/** The whole service as `npm start` runs it (API, projections, the admin UI's files) on the bench database, on a free port. */
export async function startUiService(pool: pg.Pool): Promise<UiService> {
  const database = { pool, requestUrl: pool.options.connectionString!, describe: 'bench', close: async () => undefined };
  const app: INestApplication = await NestFactory.create(AppModule.forRoot(database, loadConfig({}), createLog('error')), { logger: ['error'] });
  app.use(BASELINE_PAGE, (_: unknown, reply: Reply) => {
    reply.setHeader('content-type', 'text/html; charset=utf-8');
    reply.setHeader('cache-control', 'no-cache');
    reply.end(BASELINE_HTML);
  });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const store = app.get<EventStore>(EVENT_STORE);
  return {
    base,
    store,
    async caughtUp() {
      const runner = app.get(ProjectionRunner);
      for (const until = Date.now() + 600_000; ;) {
        const statuses = await projectionStatuses(pool, store, runner);
        const failed = statuses.find((s) => s.state === 'FAILED');
        if (failed) throw new Error(`projection ${failed.name} failed: ${failed.lastError}`);
        if (statuses.every((s) => s.lagEvents === 0 && s.state === 'RUNNING')) return;
        if (Date.now() > until) throw new Error(`projections not caught up: ${JSON.stringify(statuses)}`);
        await sleep(50);
      }
    },
    close: () => app.close(),
  };
}
