import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentStaff } from '../../identity/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/staff-context.js';
import { DailyReportService } from './daily-report.service.js';
import { DailyMediationReportObject } from './daily-report.types.js';
import { dailyReportView } from './daily-report.view.js';

@Resolver(() => DailyMediationReportObject)
export class DailyReportResolver {
  constructor(@Inject(DailyReportService) private readonly reports: DailyReportService) {}

  @Query(() => DailyMediationReportObject, {
    description: 'The daily mediation report of a working day for a province, as far as your area reaches: frozen at 15:00, provisional until then',
  })
  async dailyMediationReport(
    @CurrentStaff() staff: SignedInStaff,
    @Args('date', { description: 'The working day, YYYY-MM-DD, CE or Buddhist Era (2567-03-01); Thai digits accepted' }) date: string,
    @Args('provinceCode', { description: '2-digit province code; Thai digits accepted' }) provinceCode: string,
  ): Promise<DailyMediationReportObject> {
    return dailyReportView(await this.reports.report(date), provinceCode, staff);
  }
}
