import { Field, Int, ObjectType } from '@nestjs/graphql';
import { personalData } from '../../identity/personal-data-reads.js';
import { DebtCreditorObject, DebtItemObject, DebtorObject, DebtHelpWantedObject } from './debt-parties.types.js';

/** The case as the decider folds it (debt-state.ts), returned by every debt mutation. */

/** Reads of the parties, the debts and the money are logged (personal-data-reads.ts). */
const personal = (within?: readonly string[]) => [personalData<DebtCaseObject>('debt_case', (c) => c.caseId, within)];

@ObjectType('DebtCaseFigures', { description: 'Where the case is now, with its channel, registration and totals' })
export class DebtCaseFiguresObject {
  @Field({ description: 'The district handling the case now' }) districtCode!: string;
  @Field() provinceCode!: string;
  @Field({ description: 'SELF_QR_THAID, THAID_APP, COUNTER or PAPER' }) channel!: string;
  @Field({ description: 'When the debtor registered (UTC); for PAPER the start of the form date in Bangkok' }) registeredAt!: string;
  @Field({ description: 'The Bangkok date of registeredAt, YYYY-MM-DD' }) registeredOn!: string;
  @Field(() => Int) creditorCount!: number;
  @Field(() => Int) debtCount!: number;
  @Field({ description: 'Baht, exact decimal text' }) totalPrincipal!: string;
  @Field({ description: 'Baht, exact decimal text' }) totalOutstanding!: string;
}

@ObjectType('DebtCaseClosing', { description: 'Why a closed case was closed, and the status it returns to when reopened' })
export class DebtCaseClosingObject {
  @Field({ description: 'SETTLED, REFERRED, WITHDRAWN, UNREACHABLE, DUPLICATE or OTHER' }) reason!: string;
  @Field() statusBefore!: string;
}

@ObjectType('DebtMediationSlot', { description: 'A scheduled mediation session' })
export class DebtMediationSlotObject {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) time!: string | null;
  @Field() place!: string;
}

@ObjectType('DebtAgreement', { description: 'ไกล่เกลี่ยสำเร็จ: the debt before and after the agreement, in baht' })
export class DebtAgreementObject {
  @Field() debtBefore!: string;
  @Field() debtAfter!: string;
  @Field() reduction!: string;
}

@ObjectType('DebtReferral', { description: 'The agency the case was referred to' })
export class DebtReferralObject {
  @Field({ description: 'POLICE_INVESTIGATOR or OTHER_AGENCY' }) agency!: string;
  @Field(() => String, { nullable: true }) agencyName!: string | null;
}

@ObjectType('DebtCase', { description: 'An informal-debt case (ลูกหนี้นอกระบบ) as its events fold' })
export class DebtCaseObject {
  @Field() caseId!: string;
  @Field({ description: 'REGISTERED, CONTACTED, MEDIATION_SCHEDULED, AGREED, NOT_AGREED, PARTY_ABSENT, REFERRED or CLOSED' })
  status!: string;
  @Field(() => DebtCaseClosingObject, { nullable: true, description: 'Set while CLOSED' }) closed!: DebtCaseClosingObject | null;
  @Field(() => DebtCaseFiguresObject, { middleware: personal(['totalPrincipal', 'totalOutstanding']) }) figures!: DebtCaseFiguresObject;
  @Field({ description: 'The district the registration was attributed to' }) attributedDistrictCode!: string;
  @Field({ description: 'True once the case has moved to another district' }) transferred!: boolean;
  @Field(() => DebtorObject, { middleware: personal() }) debtor!: DebtorObject;
  @Field(() => [DebtCreditorObject], { middleware: personal() }) creditors!: DebtCreditorObject[];
  @Field(() => [DebtItemObject], { middleware: personal() }) debts!: DebtItemObject[];
  @Field(() => DebtHelpWantedObject, { middleware: personal(['note']) }) helpWanted!: DebtHelpWantedObject;
  @Field({ description: 'YES, NO or UNDECIDED, as the debtor said when last reached' }) wishesMediation!: string;
  @Field(() => Int) contactAttempts!: number;
  @Field(() => DebtMediationSlotObject, { nullable: true }) mediation!: DebtMediationSlotObject | null;
  @Field(() => DebtAgreementObject, { nullable: true, middleware: personal() }) agreement!: DebtAgreementObject | null;
  @Field(() => DebtReferralObject, { nullable: true }) referral!: DebtReferralObject | null;
}

@ObjectType('DebtCaseResult', { description: 'The case after a command, and the version of its stream' })
export class DebtCaseResultObject {
  @Field() caseId!: string;
  @Field(() => Int, { description: 'Number of events in the case stream after the command' }) version!: number;
  @Field({ description: 'True when this commandId had been handled before: nothing new was stored' }) alreadyHandled!: boolean;
  @Field(() => [String], { description: 'Types of the events the command recorded' }) eventTypes!: string[];
  @Field(() => DebtCaseObject) case!: DebtCaseObject;
}
