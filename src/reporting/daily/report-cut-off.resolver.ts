import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { bangkokDay } from '../../calendar/calendar-day.js';
import { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { CLOCK } from '../../database/database.module.js';
import type { Clock } from '../../shared/clock.js';
import { cutOffOf, reportDayOf } from './cut-off.js';
import { DailyReportCutOffObject } from './report-cut-off.types.js';

/** Today against the 15:00 cut-off, by the service's clock: a page counts down from it without trusting the browser's. */
@Resolver(() => DailyReportCutOffObject)
export class ReportCutOffResolver {
  constructor(@Inject(HolidayCalendar) private readonly calendar: HolidayCalendar, @Inject(CLOCK) private readonly clock: Clock) {}

  @Query(() => DailyReportCutOffObject, {
    nullable: true,
    description: 'Today, whether it is a working day, the next one, and the 15:00 cut-off the figures recorded now count towards',
  })
  async dailyReportCutOff(): Promise<DailyReportCutOffObject> {
    const now = this.clock.now();
    const today = bangkokDay(now);
    const [workingDay, holiday, nextWorkingDay, reportDate] = await Promise.all([
      this.calendar.isWorkingDay(today), this.calendar.holidayOn(today), this.calendar.nextWorkingDay(today), reportDayOf(now, this.calendar),
    ]);
    const cutOff = cutOffOf(reportDate);
    return {
      now, today, todayTh: formatThaiDate(today), workingDay, holidayTh: holiday?.nameTh ?? null,
      nextWorkingDay, nextWorkingDayTh: formatThaiDate(nextWorkingDay),
      reportDate, reportDateTh: formatThaiDate(reportDate), cutOff, cutOffTh: formatThaiDateTime(cutOff),
      secondsToCutOff: Math.floor((cutOff.getTime() - now.getTime()) / 1000),
    };
  }
}
