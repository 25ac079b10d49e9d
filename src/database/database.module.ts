import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { clockStartingAt, systemClock } from '../shared/clock.js';
import type { Database } from './database.js';

export const PG_POOL = Symbol('PgPool');
export const APP_CONFIG = Symbol('AppConfig');
/** The service's Clock: the system clock, or one started at CLOCK_START outside production. */
export const CLOCK = Symbol('Clock');

/** The pool, configuration and clock opened before Nest starts (see main.ts), offered to every module. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: Database, config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: PG_POOL, useValue: database.pool },
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: config.clockStart ? clockStartingAt(config.clockStart) : systemClock },
      ],
      exports: [PG_POOL, APP_CONFIG, CLOCK],
    };
  }
}
