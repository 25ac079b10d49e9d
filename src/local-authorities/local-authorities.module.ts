import { Module } from '@nestjs/common';
import type pg from 'pg';
import { OWNER_POOL } from '../database/database.module.js';
import { LocalAuthoritiesStore } from './local-authorities.store.js';
import { LocalAuthoritiesResolver } from './local-authorities.resolver.js';

/** Local administrative organisations (อปท.) and their ordinance terms: reference data for the local e-filings. */
@Module({
  providers: [
    { provide: LocalAuthoritiesStore, inject: [OWNER_POOL], useFactory: (pool: pg.Pool) => new LocalAuthoritiesStore(pool) },
    LocalAuthoritiesResolver,
  ],
  exports: [LocalAuthoritiesStore],
})
export class LocalAuthoritiesModule {}
