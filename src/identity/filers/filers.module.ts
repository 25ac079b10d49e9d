import { Module } from '@nestjs/common';
import type pg from 'pg';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, OWNER_POOL } from '../../database/database.module.js';
import { Keyring } from '../../personal-data/keys/keyring.js';
import { DopaIssuer } from './dopa-issuer.js';
import { FilerSignInController } from './filer-sign-in.controller.js';
import { FilerSessionPurgeTimer } from './filer-session-purge.timer.js';
import { FilerSessions } from './filer-sessions.store.js';
import { FilerResolver } from './filer.resolver.js';

/** Filers (ผู้ยื่นแบบ) sign in with D.DOPA (OpenID Connect); their sessions are their own, apart from staff's, and purged hourly once over. */
@Module({
  controllers: [FilerSignInController],
  providers: [
    { provide: DopaIssuer, inject: [APP_CONFIG], useFactory: (config: AppConfig) => (config.dopa ? new DopaIssuer(config.dopa) : null) },
    {
      provide: FilerSessions, inject: [OWNER_POOL, Keyring],
      useFactory: (pool: pg.Pool, keyring: Keyring) => new FilerSessions(pool, (citizenDigits) => keyring.subjectIndex(citizenDigits)),
    },
    FilerResolver,
    FilerSessionPurgeTimer,
  ],
  exports: [FilerSessions],
})
export class FilersModule {}
