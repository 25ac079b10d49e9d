import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import type { Clock } from '../../shared/clock.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import { freezeEndedMonths } from './complaint-month-end.js';

const INTERVAL_MS = 60_000;
const logger = new Logger('ComplaintMonthEnd');

/** Freezes the month-end complaint figures: at start-up, then every minute, any ended month not frozen yet. */
@Injectable()
export class ComplaintMonthEndTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running: Promise<string[]> = Promise.resolve([]);

  constructor(
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass, after the previous one; the months it froze. */
  tick(): Promise<string[]> {
    this.running = this.running.then(async () => {
      const months = await freezeEndedMonths(this.pool, this.store, this.clock.now());
      for (const month of months) logger.log(`complaint figures at the end of ${month.slice(0, 7)} frozen`);
      return months;
    }).catch((error) => {
      logger.error(`month-end freeze failed: ${errorLogLine(error)}`);
      return [];
    });
    return this.running;
  }
}
