import { Module } from '@nestjs/common';
import type pg from 'pg';
import { OWNER_POOL } from '../database/database.module.js';
import { HolidayCalendar } from './holiday-calendar.js';
import { HolidayCalendarResolver } from './holiday-calendar.resolver.js';

/** Working days and government holidays; other modules inject HolidayCalendar. */
@Module({
  providers: [
    { provide: HolidayCalendar, inject: [OWNER_POOL], useFactory: (pool: pg.Pool) => new HolidayCalendar(pool) },
    HolidayCalendarResolver,
  ],
  exports: [HolidayCalendar],
})
export class CalendarModule {}
