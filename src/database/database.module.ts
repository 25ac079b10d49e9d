import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import type { Database } from './database.js';

export const PG_POOL = Symbol('PgPool');
export const APP_CONFIG = Symbol('AppConfig');

/** The pool and configuration opened before Nest starts (see main.ts), offered to every module. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: Database, config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: PG_POOL, useValue: database.pool },
        { provide: APP_CONFIG, useValue: config },
      ],
      exports: [PG_POOL, APP_CONFIG],
    };
  }
}
