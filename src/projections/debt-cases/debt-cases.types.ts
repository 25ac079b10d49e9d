import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  DebtCaseStatusEnum, DebtChannelEnum, DebtCloseReasonEnum, MediationWishEnum, ReferralAgencyEnum,
} from '../../cases/debt/vocabulary/debt.enums.js';
import type {
  DebtCaseStatus, DebtChannel, DebtCloseReason, MediationWish, ReferralAgency,
} from '../../cases/debt/debt.events.js';
import { connectionOf } from '../../graphql/connection.types.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { personalData } from '../../identity/read-log/personal-data-reads.js';

const DATE = 'D/M/YYYY or YYYY-MM-DD, Buddhist or Common Era; Thai digits accepted';
/** The debtor's and creditors' identities and the debts: each read is logged (personal-data-reads.ts). */
const PERSONAL = [personalData<DebtCaseListItem>('debt_case', (item) => item.caseId)];

@ObjectType('DebtCaseNextMediation', { description: 'The mediation session a case is scheduled for' })
export class DebtCaseNextMediation {
  @Field(() => LocalDate) date!: string;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) time!: string | null;
  @Field() place!: string;
}

@ObjectType('DebtCaseListItem', { description: 'An informal-debt case as the case list read model holds it' })
export class DebtCaseListItem {
  @Field(() => ID) caseId!: string;
  @Field(() => DebtCaseStatusEnum) status!: DebtCaseStatus;
  @Field(() => DebtCloseReasonEnum, { nullable: true, description: 'Why it was closed, while CLOSED' }) closedReason!: DebtCloseReason | null;
  @Field({ description: 'The district handling the case now (after transfers)' }) districtCode!: string;
  @Field() districtNameTh!: string;
  @Field() provinceCode!: string;
  @Field() provinceNameTh!: string;
  @Field(() => String, { nullable: true, description: 'ส่งต่อมาจาก: the district the latest transfer moved the case from; null if never transferred' })
  transferredFromDistrictCode!: string | null;
  @Field(() => String, { nullable: true }) transferredFromDistrictNameTh!: string | null;
  @Field(() => DebtChannelEnum) channel!: DebtChannel;
  @Field({ description: 'When the debtor registered; for PAPER the start of the form date in Bangkok' }) registeredAt!: Date;
  @Field(() => LocalDate, { description: 'The Bangkok day of registeredAt' }) registeredOn!: string;
  @Field({ middleware: PERSONAL }) debtorCitizenId!: string;
  @Field({ middleware: PERSONAL }) debtorTitle!: string;
  @Field({ middleware: PERSONAL }) debtorFirstName!: string;
  @Field({ middleware: PERSONAL }) debtorLastName!: string;
  @Field(() => [String], { middleware: PERSONAL }) creditorNames!: string[];
  @Field(() => Int) creditorCount!: number;
  @Field(() => Int) debtCount!: number;
  @Field({ description: 'Baht, exact decimal text', middleware: PERSONAL }) totalPrincipal!: string;
  @Field({ description: 'Baht outstanding as registered (or corrected)', middleware: PERSONAL }) totalOutstanding!: string;
  @Field(() => String, { nullable: true, description: 'Baht before mediation, once agreed', middleware: PERSONAL }) debtBefore!: string | null;
  @Field(() => String, { nullable: true, description: 'Baht after mediation, once agreed', middleware: PERSONAL }) debtAfter!: string | null;
  @Field(() => String, { nullable: true, description: 'Baht the agreement took off', middleware: PERSONAL }) debtReduction!: string | null;
  @Field(() => MediationWishEnum, { description: 'The debtor\'s wish for mediation when last reached' }) wishesMediation!: MediationWish;
  @Field(() => Int) contactAttempts!: number;
  @Field(() => DebtCaseNextMediation, { nullable: true, description: 'Set while MEDIATION_SCHEDULED' })
  nextMediation!: DebtCaseNextMediation | null;
  @Field(() => ReferralAgencyEnum, { nullable: true }) referralAgency!: ReferralAgency | null;
  @Field(() => String, { nullable: true }) referralAgencyName!: string | null;
  @Field(() => Int, { description: 'Number of events of the case the list has applied' }) version!: number;
  @Field() lastEventType!: string;
  @Field({ description: 'When the latest event was recorded' }) lastEventAt!: Date;
}

export const DebtCaseConnection = connectionOf(DebtCaseListItem, 'DebtCase', 'Debt cases, newest registration first, a page at a time');

@InputType('DebtCaseFilter', { description: 'All given conditions must hold' })
export class DebtCaseFilter {
  @Field(() => String, { nullable: true, description: 'District code (4 digits)' }) district?: string | null;
  @Field(() => String, { nullable: true, description: 'Province code (2 digits)' }) province?: string | null;
  @Field(() => DebtCaseStatusEnum, { nullable: true }) status?: DebtCaseStatus | null;
  @Field(() => DebtChannelEnum, { nullable: true }) channel?: DebtChannel | null;
  @Field(() => String, { nullable: true, description: `Registered on or after this day; ${DATE}` }) registeredFrom?: string | null;
  @Field(() => String, { nullable: true, description: `Registered on or before this day; ${DATE}` }) registeredTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of a debtor\'s or creditor\'s name; spaces and punctuation ignored' })
  text?: string | null;
  @Field(() => String, { nullable: true, description: 'The debtor\'s 13-digit citizen id' }) debtorCitizenId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'One search box: a case id (DEBT-7KQ3-M2XP-AB9C), a debtor\'s 13-digit citizen id, or else part of a debtor\'s or '
      + 'creditor\'s name; spaces, dashes and Thai digits accepted',
  })
  search?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only cases that came to their district by a transfer (ส่งต่อมาจากอำเภออื่น); false: only the others. '
      + 'Cases your area transferred away are in handedOverCases',
  })
  transferredIn?: boolean | null;
}
