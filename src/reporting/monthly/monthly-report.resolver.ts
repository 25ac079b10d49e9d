import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { MonthlyReportService } from './monthly-report.service.js';
import { MonthlyMediationReportObject } from './monthly-report.types.js';
import { monthlyReportView } from './monthly-report.view.js';

@Resolver(() => MonthlyMediationReportObject)
export class MonthlyReportResolver {
  constructor(@Inject(MonthlyReportService) private readonly reports: MonthlyReportService) {}

  @Query(() => MonthlyMediationReportObject, {
    nullable: true,
    description: 'The monthly mediation report, as far as your area reaches: per district of a province, or per province without one; month and fiscal year to date',
  })
  async monthlyMediationReport(
    @CurrentStaff() staff: SignedInStaff,
    @Args('month', { description: 'YYYY-MM, CE or Buddhist Era (2568-01); Thai digits accepted' }) month: string,
    @Args('provinceCode', { type: () => String, nullable: true, description: '2-digit province code; omit for the whole country' })
    provinceCode?: string | null,
  ): Promise<MonthlyMediationReportObject> {
    return monthlyReportView(await this.reports.report(month), provinceCode ?? null, staff);
  }
}
