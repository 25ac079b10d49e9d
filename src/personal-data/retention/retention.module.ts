import { Module } from '@nestjs/common';
import type pg from 'pg';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import type { Clock } from '../../shared/clock.js';
import { PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../keys/personal-data-shredder.js';
import { HELD_STREAMS, type HeldStreams } from '../legal-holds/held-streams.port.js';
import { RetentionJob } from './retention-job.js';
import { RetentionScheduleTimer } from './retention-schedule.timer.js';
import { RetentionResolver } from './retention.resolver.js';

/**
 * Retention of personal data (issue 17): the job that erases what has expired, its daily timer, and the GraphQL
 * API for central administrators. The legal holds are optional: without their module nothing is held.
 */
@Module({
  providers: [
    {
      provide: RetentionJob,
      inject: [OWNER_POOL, CLOCK, APP_CONFIG, PERSONAL_DATA_SHREDDER, EVENT_STORE, { token: HELD_STREAMS, optional: true }],
      useFactory: (pool: pg.Pool, clock: Clock, config: AppConfig, shredder: PersonalDataShredder, store: EventStore, holds?: HeldStreams) =>
        new RetentionJob(pool, clock, config.retention, shredder, store, holds),
    },
    RetentionScheduleTimer,
    RetentionResolver,
  ],
})
export class RetentionModule {}
