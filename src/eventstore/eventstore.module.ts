import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, PG_POOL } from '../database/database.module.js';
import { CaseCommandHandler } from './case-command.js';
import { EVENT_STORE } from './event-store.port.js';
import { InMemoryEventStore } from './in-memory/in-memory-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { StreamHistoryResolver } from './stream-history.resolver.js';

@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, PG_POOL],
      useFactory: (config: AppConfig, pool: pg.Pool) =>
        config.eventStore === 'memory' ? new InMemoryEventStore() : new PostgresEventStore(pool),
    },
    CaseCommandHandler,
    StreamHistoryResolver,
  ],
  exports: [EVENT_STORE, CqrsModule],
})
export class EventStoreModule {}
