import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type pg from 'pg';
import { CalendarModule } from '../calendar/calendar.module.js';
import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { CLOCK, OWNER_POOL, PG_POOL } from '../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../eventstore/event-store.port.js';
import { METRICS, type Metrics } from '../metrics/metrics.js';
import type { Clock } from '../shared/clock.js';
import { errorLogLine } from '../shared/error-log-line.js';
import { DailyCertifications } from './certification/daily-certification.service.js';
import { DailyReportFreezer } from './daily/daily-report.freezer.js';
import { DailyReportResolver } from './daily/daily-report.resolver.js';
import { DailyReportScheduler } from './daily/daily-report.scheduler.js';
import { DailyReportService } from './daily/daily-report.service.js';
import { DailyReportStore } from './daily/daily-report.store.js';
import { ReportExportController } from './export/report-export.controller.js';
import { ReportFiles } from './export/report-files.js';
import { ReportCutOffResolver } from './daily/report-cut-off.resolver.js';
import { MonthlyReportResolver } from './monthly/monthly-report.resolver.js';
import { MonthlyReportService } from './monthly/monthly-report.service.js';
import { GovernorSummaryResolver } from './governor-summary/governor-summary.resolver.js';
import { GovernorSummaries } from './governor-summary/governor-summary.service.js';

const logger = new Logger('Reporting');

/**
 * The 15:00 daily mediation report (frozen by a scheduler), its certification by the districts, the monthly report, the
 * districts' monthly complaint summary to the governor, and their downloads.
 */
@Module({
  imports: [CalendarModule],
  controllers: [ReportExportController],
  providers: [
    {
      provide: DailyReportService,
      inject: [PG_POOL, HolidayCalendar],
      useFactory: (pool: pg.Pool, calendar: HolidayCalendar) => new DailyReportService(pool, calendar),
    },
    {
      provide: MonthlyReportService,
      inject: [PG_POOL, HolidayCalendar],
      useFactory: (pool: pg.Pool, calendar: HolidayCalendar) => new MonthlyReportService(pool, calendar),
    },
    {
      provide: DailyReportScheduler,
      inject: [OWNER_POOL, EVENT_STORE, HolidayCalendar, CLOCK, METRICS],
      useFactory: (pool: pg.Pool, store: EventStore, calendar: HolidayCalendar, clock: Clock, metrics: Metrics) =>
        new DailyReportScheduler(clock, calendar, new DailyReportStore(pool), new DailyReportFreezer(pool, store, calendar, undefined, metrics), {
          onError: (error) => logger.error(`daily report freeze: ${errorLogLine(error)}`),
        }),
    },
    {
      provide: DailyCertifications,
      inject: [OWNER_POOL, PG_POOL, EVENT_STORE, HolidayCalendar, CLOCK],
      useFactory: (owner: pg.Pool, scoped: pg.Pool, store: EventStore, calendar: HolidayCalendar, clock: Clock) =>
        new DailyCertifications(owner, scoped, store, calendar, clock),
    },
    {
      provide: ReportFiles,
      inject: [DailyReportService, MonthlyReportService, DailyCertifications, EVENT_STORE, PG_POOL, CLOCK],
      useFactory: (daily: DailyReportService, monthly: MonthlyReportService, certifications: DailyCertifications, store: EventStore,
        accounts: pg.Pool, clock: Clock) => new ReportFiles(daily, monthly, certifications, store, accounts, clock),
    },
    {
      provide: GovernorSummaries,
      inject: [PG_POOL, OWNER_POOL, EVENT_STORE, HolidayCalendar, CLOCK, CommandBus],
      useFactory: (scoped: pg.Pool, owner: pg.Pool, store: EventStore, calendar: HolidayCalendar, clock: Clock, bus: CommandBus) =>
        new GovernorSummaries(scoped, owner, store, calendar, clock, (command) => bus.execute(command)),
    },
    GovernorSummaryResolver,
    DailyReportResolver,
    ReportCutOffResolver,
    MonthlyReportResolver,
  ],
})
export class ReportingModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(DailyReportScheduler) private readonly scheduler: DailyReportScheduler) {}

  onApplicationBootstrap(): void {
    this.scheduler.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.scheduler.stop();
  }
}
