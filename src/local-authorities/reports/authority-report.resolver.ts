import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { AuthorityReports } from './authority-reports.service.js';
import { LocalAuthorityReportObject, LocalProvinceReportObject } from './authority-report.types.js';

const CODE = { description: "The authority's 7-digit code; Thai digits accepted" };
const PERIOD = {
  type: () => String, nullable: true,
  description: 'A fiscal year (2569) or a month (2568-09), CE or Buddhist Era; Thai digits accepted; omitted: the current fiscal year',
};

/** The authorities' collection reports: an authority's own staff theirs, the department's accounts those of their area. */
@Resolver()
export class AuthorityReportResolver {
  constructor(@Inject(AuthorityReports) private readonly reports: AuthorityReports) {}

  @Query(() => LocalAuthorityReportObject, {
    nullable: true,
    description: "An authority's collection by kind and month of payment, a PAO's outstanding bills and non-filers, an issuer's permits issued",
  })
  async localAuthorityReport(
    @CurrentStaff() staff: SignedInStaff, @Args('authorityCode', CODE) authorityCode: string, @Args('period', PERIOD) period?: string | null,
  ): Promise<LocalAuthorityReportObject> {
    return this.reports.ofAuthority(staff, authorityCode, period ?? null);
  }

  @Query(() => LocalProvinceReportObject, {
    nullable: true,
    description: "A PAO's province-wide view: its own collection and non-filers, and the permits every authority of its province issued",
  })
  async localProvinceReport(
    @CurrentStaff() staff: SignedInStaff, @Args('authorityCode', CODE) authorityCode: string, @Args('period', PERIOD) period?: string | null,
  ): Promise<LocalProvinceReportObject> {
    return this.reports.ofProvince(staff, authorityCode, period ?? null);
  }
}
