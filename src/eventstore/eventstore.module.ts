import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, OWNER_POOL, PG_POOL } from '../database/database.module.js';
import { CaseCommandHandler } from './case-command.js';
import { EVENT_STORE, type EventStore } from './event-store.port.js';
import { HISTORY_READER } from './history-reader.js';
import { APPEND_OBSERVER, type AppendObserver } from './observers.js';
import { InMemoryEventStore } from './in-memory/in-memory-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, OWNER_POOL, { token: APPEND_OBSERVER, optional: true }],
      useFactory: (config: AppConfig, pool: pg.Pool, appends?: AppendObserver) =>
        config.eventStore === 'memory' ? new InMemoryEventStore() : new PostgresEventStore(pool, appends),
    },
    {
      provide: HISTORY_READER,
      inject: [APP_CONFIG, PG_POOL, EVENT_STORE],
      useFactory: (config: AppConfig, pool: pg.Pool, store: EventStore) =>
        config.eventStore === 'memory' ? store : new PostgresEventStore(pool),
    },
    CaseCommandHandler,
  ],
  exports: [EVENT_STORE, HISTORY_READER, CqrsModule],
})
export class EventStoreModule {}
