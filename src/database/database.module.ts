import {
  type DynamicModule, Global, Inject, type MiddlewareConsumer, Module, type NestModule, type OnApplicationShutdown,
} from '@nestjs/common';
import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { clockStartingAt, systemClock } from '../shared/clock.js';
import { createRequestPool, type Database } from './database.js';
import { RequestScopeMiddleware } from './request-scope.middleware.js';
import { REQUEST_POOL, ScopedPool } from './scoped-pool.js';

/**
 * The read side's pool: inside a request, the request's transaction as the request role with the reader's
 * area scope (row-level security applies); outside requests, the owner's pool. See scoped-pool.ts.
 */
export const PG_POOL = Symbol('PgPool');
/** The owner's pool: the service's own writes and lookups (event store, projections, identity, command handlers). */
export const OWNER_POOL = Symbol('OwnerPool');
export { REQUEST_POOL };
export const APP_CONFIG = Symbol('AppConfig');
/** The service's Clock: the system clock, or one started at CLOCK_START outside production. */
export const CLOCK = Symbol('Clock');

/** The pools, configuration and clock opened before Nest starts (see main.ts), offered to every module. */
@Global()
@Module({})
export class DatabaseModule implements NestModule, OnApplicationShutdown {
  constructor(@Inject(REQUEST_POOL) private readonly requestPool: pg.Pool) {}

  static forRoot(database: Database, config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: OWNER_POOL, useValue: database.pool },
        { provide: REQUEST_POOL, useFactory: () => createRequestPool(database.requestUrl, 20, config.sessionTimeouts) },
        { provide: PG_POOL, useFactory: () => new ScopedPool(database.pool) },
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: config.clockStart ? clockStartingAt(config.clockStart) : systemClock },
        RequestScopeMiddleware,
      ],
      exports: [PG_POOL, OWNER_POOL, REQUEST_POOL, APP_CONFIG, CLOCK],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestScopeMiddleware).forRoutes('*');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.requestPool.end();
  }
}
