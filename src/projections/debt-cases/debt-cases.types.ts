import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { personalData } from '../../identity/personal-data-reads.js';

const STATUSES = 'REGISTERED, CONTACTED, MEDIATION_SCHEDULED, AGREED, NOT_AGREED, PARTY_ABSENT, REFERRED or CLOSED';
const CHANNELS = 'SELF_QR_THAID, THAID_APP, COUNTER or PAPER';
const DATE = 'D/M/YYYY or YYYY-MM-DD, Buddhist or Common Era; Thai digits accepted';
/** The debtor's and creditors' identities and the debts: each read is logged (personal-data-reads.ts). */
const PERSONAL = [personalData<DebtCaseListItem>('debt_case', (item) => item.caseId)];

@ObjectType('DebtCaseNextMediation', { description: 'The mediation session a case is scheduled for' })
export class DebtCaseNextMediation {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) time!: string | null;
  @Field() place!: string;
}

@ObjectType('DebtCaseListItem', { description: 'An informal-debt case as the case list read model holds it' })
export class DebtCaseListItem {
  @Field() caseId!: string;
  @Field({ description: STATUSES }) status!: string;
  @Field(() => String, { nullable: true, description: 'Why it was closed, while CLOSED' }) closedReason!: string | null;
  @Field({ description: 'The district handling the case now (after transfers)' }) districtCode!: string;
  @Field() districtNameTh!: string;
  @Field() provinceCode!: string;
  @Field() provinceNameTh!: string;
  @Field({ description: CHANNELS }) channel!: string;
  @Field({ description: 'When the debtor registered (UTC); for PAPER the start of the form date in Bangkok' }) registeredAt!: string;
  @Field({ description: 'The Bangkok date of registeredAt, YYYY-MM-DD' }) registeredOn!: string;
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
  @Field({ description: 'YES, NO or UNDECIDED: the debtor\'s wish for mediation when last reached' }) wishesMediation!: string;
  @Field(() => Int) contactAttempts!: number;
  @Field(() => DebtCaseNextMediation, { nullable: true, description: 'Set while MEDIATION_SCHEDULED' })
  nextMediation!: DebtCaseNextMediation | null;
  @Field(() => String, { nullable: true }) referralAgency!: string | null;
  @Field(() => String, { nullable: true }) referralAgencyName!: string | null;
  @Field(() => Int, { description: 'Number of events of the case the list has applied' }) version!: number;
  @Field() lastEventType!: string;
  @Field({ description: 'When the latest event was recorded (UTC)' }) lastEventAt!: string;
}

@ObjectType('DebtCasePage', { description: 'One page of debt cases, newest registration first' })
export class DebtCasePage {
  @Field(() => [DebtCaseListItem]) items!: DebtCaseListItem[];
  @Field(() => Int, { description: 'How many cases match the filter in all' }) totalCount!: number;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@InputType('DebtCaseFilter', { description: 'All given conditions must hold' })
export class DebtCaseFilter {
  @Field(() => String, { nullable: true, description: 'District code (4 digits)' }) district?: string | null;
  @Field(() => String, { nullable: true, description: 'Province code (2 digits)' }) province?: string | null;
  @Field(() => String, { nullable: true, description: STATUSES }) status?: string | null;
  @Field(() => String, { nullable: true, description: CHANNELS }) channel?: string | null;
  @Field(() => String, { nullable: true, description: `Registered on or after this day; ${DATE}` }) registeredFrom?: string | null;
  @Field(() => String, { nullable: true, description: `Registered on or before this day; ${DATE}` }) registeredTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of a debtor\'s or creditor\'s name; spaces and punctuation ignored' })
  text?: string | null;
  @Field(() => String, { nullable: true, description: 'The debtor\'s 13-digit citizen id' }) debtorCitizenId?: string | null;
}
