import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import {
  CertifyDailyReportInput, DailyReportCertificationObject, DailyReportCertificationsObject, toCertificationObject, toCertificationsObject,
} from '../certification/certification.types.js';
import { DailyCertifications } from '../certification/daily-certification.service.js';
import { DailyReportService } from './daily-report.service.js';
import { DailyMediationReportObject } from './daily-report.types.js';
import { dailyReportView } from './daily-report.view.js';

@Resolver(() => DailyMediationReportObject)
export class DailyReportResolver {
  constructor(
    @Inject(DailyReportService) private readonly reports: DailyReportService,
    @Inject(DailyCertifications) private readonly certifications: DailyCertifications,
  ) {}

  @Query(() => DailyMediationReportObject, {
    nullable: true,
    description: 'The daily mediation report of a working day for a province, as far as your area reaches: frozen at 15:00, provisional until then',
  })
  async dailyMediationReport(
    @CurrentStaff() staff: SignedInStaff,
    @Args('date', { description: 'The working day, YYYY-MM-DD, CE or Buddhist Era (2567-03-01); Thai digits accepted' }) date: string,
    @Args('provinceCode', { description: '2-digit province code; Thai digits accepted' }) provinceCode: string,
  ): Promise<DailyMediationReportObject> {
    return dailyReportView(await this.reports.report(date), provinceCode, staff);
  }

  @Mutation(() => DailyReportCertificationObject, {
    description: "Certifies your district's frozen daily report (ยืนยันรายงาน), once; by one of the district's two responsible reporters",
  })
  async certifyDailyReport(
    @CurrentStaff() staff: SignedInStaff, @Args('input') input: CertifyDailyReportInput,
  ): Promise<DailyReportCertificationObject> {
    return toCertificationObject(await this.certifications.certify(staff, input.date, input.districtCode, input.commandId));
  }

  @Query(() => DailyReportCertificationsObject, {
    nullable: true,
    description: "Which districts of the province have certified the day's report, who and when, as far as your area reaches",
  })
  async dailyReportCertifications(
    @CurrentStaff() staff: SignedInStaff,
    @Args('date', { description: 'The working day, YYYY-MM-DD, CE or Buddhist Era; Thai digits accepted' }) date: string,
    @Args('provinceCode', { description: '2-digit province code; Thai digits accepted' }) provinceCode: string,
  ): Promise<DailyReportCertificationsObject> {
    return toCertificationsObject(await this.certifications.ofProvince(staff, date, provinceCode));
  }
}
