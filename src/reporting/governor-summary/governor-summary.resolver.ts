import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { GovernorSummaries } from './governor-summary.service.js';
import {
  ComplaintGovernorSummaryObject, ComplaintGovernorSummarySendingObject, ComplaintGovernorSummaryStatusObject, SendComplaintGovernorSummaryInput,
  toSendingObject, toStatusObject,
} from './governor-summary.types.js';

const MONTH = 'YYYY-MM or MM/YYYY, CE or Buddhist Era (2568-02, 2/2568); Thai digits accepted';

/** The monthly complaint summary to the governor: a district's or province's, its certifying and sending, and who has sent it. */
@Resolver(() => ComplaintGovernorSummaryObject)
export class GovernorSummaryResolver {
  constructor(@Inject(GovernorSummaries) private readonly summaries: GovernorSummaries) {}

  @Query(() => ComplaintGovernorSummaryObject, {
    nullable: true,
    description: 'สรุปผลการดำเนินงานศูนย์ดำรงธรรมประจำเดือน เสนอผู้ว่าราชการจังหวัด: of a district, or of a province\'s districts in your area',
  })
  async complaintGovernorSummary(
    @CurrentStaff() staff: SignedInStaff,
    @Args('month', { description: MONTH }) month: string,
    @Args('districtCode', { type: () => String, nullable: true, description: '4-digit district code' }) districtCode?: string | null,
    @Args('provinceCode', { type: () => String, nullable: true, description: '2-digit province code, for the province roll-up' }) provinceCode?: string | null,
  ): Promise<ComplaintGovernorSummaryObject> {
    const view = await this.summaries.summary(staff, month, { districtCode, provinceCode });
    const sent = view.districtCode ? await this.summaries.sent(view.districtCode, view.month) : null;
    return { ...view, sending: sent && toSendingObject(sent) };
  }

  @Query(() => ComplaintGovernorSummaryStatusObject, {
    nullable: true,
    description: 'Which districts of the province have sent the month\'s summary to the governor (when, by whom, on time or late), and which are overdue',
  })
  async complaintGovernorSummaryStatus(
    @CurrentStaff() staff: SignedInStaff,
    @Args('month', { description: MONTH }) month: string,
    @Args('provinceCode', { description: '2-digit province code; Thai digits accepted' }) provinceCode: string,
  ): Promise<ComplaintGovernorSummaryStatusObject> {
    return toStatusObject(await this.summaries.ofProvince(staff, month, provinceCode));
  }

  @Mutation(() => ComplaintGovernorSummarySendingObject, {
    description: "Certifies your district's monthly complaint summary and sends it to the governor, once; by one of the district's two responsible reporters",
  })
  async sendComplaintGovernorSummary(
    @CurrentStaff() staff: SignedInStaff, @Args('input') input: SendComplaintGovernorSummaryInput,
  ): Promise<ComplaintGovernorSummarySendingObject> {
    return toSendingObject(await this.summaries.certifyAndSend(staff, input.month, input.districtCode, input.commandId));
  }
}
