import { Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { DatabaseModule } from '../src/database/database.module.js';
import { EventStoreModule } from '../src/eventstore/eventstore.module.js';
import { IdentityModule } from '../src/identity/identity.module.js';
import { Metrics } from '../src/metrics/metrics.js';
import { MetricsModule } from '../src/metrics/metrics.module.js';

@Module({})
class WriteSideBenchModule {}

/**
 * A case type's write side as the service wires it: a Nest application context with the database, the event
 * store (CommandBus, CaseCommandHandler and its stream cache), the metrics it reports to, the identity module its
 * controllers' guards need, and `caseModule`; `work` gets its `handlers`.
 */
export async function withWriteSide<H, T>(pool: pg.Pool, caseModule: Type, handlers: Type<H>, work: (handlers: H) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext({
    module: WriteSideBenchModule,
    imports: [DatabaseModule.forRoot({ pool, requestUrl: pool.options.connectionString!, describe: 'bench', close: async () => undefined }, loadConfig({})),
      MetricsModule.forRoot(new Metrics()), EventStoreModule, IdentityModule, caseModule],
  }, { logger: ['error'] });
  try {
    return await work(app.get(handlers));
  } finally {
    await app.close();
  }
}
