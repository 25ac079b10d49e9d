import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, OWNER_POOL, PG_POOL } from '../database/database.module.js';
import { CaseCommandHandler } from './case-command.js';
import { CodecEventStore, codecOf, EVENT_DATA_CODEC, type EventDataCodec, innermostLog } from './event-codec.js';
import { EVENT_STORE, type EventStore } from './event-store.port.js';
import { HISTORY_READER } from './history-reader.js';
import { APPEND_OBSERVER, type AppendObserver } from './observers.js';
import { InMemoryEventStore } from './in-memory/in-memory-event-store.js';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

function eventStore(config: AppConfig, pool: pg.Pool, appends?: AppendObserver, codec?: EventDataCodec): EventStore {
  const log = configuredLog(config, pool, appends);
  return codec ? new CodecEventStore(log, codec) : log;
}

function configuredLog(config: AppConfig, pool: pg.Pool, appends?: AppendObserver): EventStore {
  switch (config.eventStore) {
    case 'memory':
      return new InMemoryEventStore();
    case 'kurrentdb':
      return KurrentDbEventStore.fromConnectionString(config.kurrentdbUrl!, appends);
    case 'postgres':
      return new PostgresEventStore(pool, appends);
  }
}

@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, OWNER_POOL, { token: APPEND_OBSERVER, optional: true }, { token: EVENT_DATA_CODEC, optional: true }],
      useFactory: eventStore,
    },
    {
      // PostgreSQL reads histories in the reader's area scope (see history-reader.ts); other stores read them as they are.
      provide: HISTORY_READER,
      inject: [APP_CONFIG, PG_POOL, EVENT_STORE],
      useFactory: (config: AppConfig, pool: pg.Pool, store: EventStore) => {
        if (config.eventStore !== 'postgres') return store;
        const codec = codecOf(store);
        return codec ? new CodecEventStore(new PostgresEventStore(pool), codec) : new PostgresEventStore(pool);
      },
    },
    CaseCommandHandler,
  ],
  exports: [EVENT_STORE, HISTORY_READER, CqrsModule],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** KurrentDB's client holds connections: closed once everything that reads or writes the log has stopped. */
  async onApplicationShutdown(): Promise<void> {
    const log = innermostLog(this.store);
    if (log instanceof KurrentDbEventStore) await log.close();
  }
}
