import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { POSITION_DESCRIPTION } from '../../graphql/log-position.js';
import { personalData } from '../../identity/read-log/personal-data-reads.js';
import { DebtCreditorObject, DebtItemObject, DebtorObject, DebtHelpWantedObject } from './registration/debt-parties.types.js';
import type { DebtCaseStatus, DebtChannel, DebtCloseReason, MediationWish, ReferralAgency } from './vocabulary/debt-vocabulary.js';
import { DebtCaseStatusEnum, DebtChannelEnum, DebtCloseReasonEnum, MediationWishEnum, ReferralAgencyEnum } from './vocabulary/debt.enums.js';

/** The case as the decider folds it (debt-state.ts), returned by every debt mutation. */

/** Reads of the parties, the debts and the money are logged (personal-data-reads.ts). */
const personal = (within?: readonly string[]) => [personalData<DebtCaseObject>('debt_case', (c) => c.caseId, within)];

@ObjectType('DebtCaseFigures', { description: 'Where the case is now, with its channel, registration and totals' })
export class DebtCaseFiguresObject {
  @Field({ description: 'The district handling the case now' }) districtCode!: string;
  @Field() provinceCode!: string;
  @Field(() => DebtChannelEnum) channel!: DebtChannel;
  @Field({ description: 'When the debtor registered; for PAPER the start of the form date in Bangkok' }) registeredAt!: Date;
  @Field(() => LocalDate, { description: 'The Bangkok day of registeredAt' }) registeredOn!: string;
  @Field(() => Int) creditorCount!: number;
  @Field(() => Int) debtCount!: number;
  @Field({ description: 'Baht, exact decimal text' }) totalPrincipal!: string;
  @Field({ description: 'Baht, exact decimal text' }) totalOutstanding!: string;
}

@ObjectType('DebtCaseClosing', { description: 'Why a closed case was closed, and the status it returns to when reopened' })
export class DebtCaseClosingObject {
  @Field(() => DebtCloseReasonEnum) reason!: DebtCloseReason;
  @Field(() => DebtCaseStatusEnum) statusBefore!: DebtCaseStatus;
}

@ObjectType('DebtMediationSlot', { description: 'A scheduled mediation session' })
export class DebtMediationSlotObject {
  @Field(() => LocalDate) date!: string;
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
  @Field(() => ReferralAgencyEnum) agency!: ReferralAgency;
  @Field(() => String, { nullable: true }) agencyName!: string | null;
}

@ObjectType('DebtCase', { description: 'An informal-debt case (ลูกหนี้นอกระบบ) as its events fold' })
export class DebtCaseObject {
  @Field(() => ID) caseId!: string;
  @Field(() => DebtCaseStatusEnum) status!: DebtCaseStatus;
  @Field(() => DebtCaseClosingObject, { nullable: true, description: 'Set while CLOSED' }) closed!: DebtCaseClosingObject | null;
  @Field(() => DebtCaseFiguresObject, { middleware: personal(['totalPrincipal', 'totalOutstanding']) }) figures!: DebtCaseFiguresObject;
  @Field({ description: 'The district the registration was attributed to' }) attributedDistrictCode!: string;
  @Field({ description: 'True once the case has moved to another district' }) transferred!: boolean;
  @Field(() => DebtorObject, { middleware: personal() }) debtor!: DebtorObject;
  @Field(() => [DebtCreditorObject], { middleware: personal() }) creditors!: DebtCreditorObject[];
  @Field(() => [DebtItemObject], { middleware: personal() }) debts!: DebtItemObject[];
  @Field(() => DebtHelpWantedObject, { middleware: personal(['note']) }) helpWanted!: DebtHelpWantedObject;
  @Field(() => MediationWishEnum, { description: 'As the debtor said when last reached' }) wishesMediation!: MediationWish;
  @Field(() => Int) contactAttempts!: number;
  @Field(() => DebtMediationSlotObject, { nullable: true }) mediation!: DebtMediationSlotObject | null;
  @Field(() => DebtAgreementObject, { nullable: true, middleware: personal() }) agreement!: DebtAgreementObject | null;
  @Field(() => DebtReferralObject, { nullable: true }) referral!: DebtReferralObject | null;
}

@ObjectType('DebtCaseResult', { description: 'The case after a command, and the version of its stream' })
export class DebtCaseResultObject {
  @Field(() => ID) caseId!: string;
  @Field(() => Int, { description: 'Number of events in the case stream after the command' }) version!: number;
  @Field({ description: 'True when this commandId had been handled before: nothing new was stored' }) alreadyHandled!: boolean;
  @Field(() => [String], { description: 'Types of the events the command recorded' }) eventTypes!: string[];
  @Field({ description: POSITION_DESCRIPTION }) position!: string;
  @Field(() => DebtCaseObject) case!: DebtCaseObject;
}
