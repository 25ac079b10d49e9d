import { LocalDate } from '../../../graphql/local-date.scalar.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DistrictObject, ProvinceObject, SubdistrictObject } from '../../../geography/geography.types.js';
import { personalData } from '../../../identity/read-log/personal-data-reads.js';
import { CreditorKindEnum, DebtCaseActionEnum, DebtCaseStatusEnum, DebtChannelEnum, HelpKindEnum, MediationWishEnum } from '../vocabulary/debt.enums.js';
import { DebtMediationSlotObject } from '../debt.types.js';
import {
  DebtCaseAgreementObject, DebtCaseAmendmentObject, DebtCaseClosureObject, DebtCaseContactAttemptObject,
  DebtCaseMediationSessionObject, DebtCaseReferralObject, DebtCaseReopeningObject, DebtCaseTransferObject,
} from './debt-detail-steps.types.js';
import type { DebtCaseAction } from './debt-actions.js';
import type { CreditorKind, DebtCaseStatus, DebtChannel, HelpKind, MediationWish } from '../vocabulary/debt-vocabulary.js';

/** A debt case read back whole (debtCaseDetail): the parties, the debts, and every step taken on it. */

/** Reads of the parties, the money and the free text are logged, by field (personal-data-reads.ts). */
const personal = (within?: readonly string[]) => [personalData<DebtCaseDetailObject>('debt_case', (c) => c.caseId, within)];

@ObjectType('DebtCaseAddress', { description: 'An address with the codes and names of its subdistrict, district and province' })
export class DebtCaseAddressObject {
  @Field() line!: string;
  @Field(() => SubdistrictObject) subdistrict!: SubdistrictObject;
  @Field(() => DistrictObject) district!: DistrictObject;
  @Field(() => ProvinceObject) province!: ProvinceObject;
}

@ObjectType('DebtCaseCreditorAddress', { description: 'A creditor\'s address as far as the debtor knows it: the province at least' })
export class DebtCaseCreditorAddressObject {
  @Field(() => String, { nullable: true }) line!: string | null;
  @Field(() => SubdistrictObject, { nullable: true }) subdistrict!: SubdistrictObject | null;
  @Field(() => DistrictObject, { nullable: true }) district!: DistrictObject | null;
  @Field(() => ProvinceObject) province!: ProvinceObject;
}

@ObjectType('DebtCaseDebtor', { description: 'ลูกหนี้ and how to reach them' })
export class DebtCaseDebtorObject {
  @Field({ description: '13 digits' }) citizenId!: string;
  @Field() title!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field() occupation!: string;
  @Field(() => DebtCaseAddressObject) address!: DebtCaseAddressObject;
}

@ObjectType('DebtCaseCreditor', { description: 'เจ้าหนี้, as far as the debtor knows them' })
export class DebtCaseCreditorObject {
  @Field(() => CreditorKindEnum) kind!: CreditorKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'A PERSON\'s 13-digit citizen id' }) citizenId!: string | null;
  @Field(() => String, { nullable: true, description: 'A COMPANY\'s 13-digit juristic person number' }) companyId!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => DebtCaseCreditorAddressObject, { nullable: true }) address!: DebtCaseCreditorAddressObject | null;
}

@ObjectType('DebtCaseDebt', { description: 'One debt, owed to one of the creditors' })
export class DebtCaseDebtObject {
  @Field(() => Int, { description: 'Index into creditors, from 0' }) creditorIndex!: number;
  @Field({ description: 'Baht, exact decimal text' }) principal!: string;
  @Field({ description: 'Baht, exact decimal text' }) outstanding!: string;
  @Field(() => String, { nullable: true, description: 'Percent per month' }) interestRatePerMonth!: string | null;
  @Field(() => LocalDate, { nullable: true }) startDate!: string | null;
  @Field(() => String, { nullable: true }) collateral!: string | null;
}

@ObjectType('DebtCaseHelpWanted', { description: 'ความต้องการความช่วยเหลือ' })
export class DebtCaseHelpWantedObject {
  @Field(() => [HelpKindEnum]) kinds!: HelpKind[];
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('DebtCaseDetail', {
  description: 'An informal-debt case read back whole from its events: the parties, the debts and every step taken on it',
})
export class DebtCaseDetailObject {
  @Field(() => ID) caseId!: string;
  @Field(() => Int, { description: 'Number of events in the case stream' }) version!: number;
  @Field(() => DebtCaseStatusEnum) status!: DebtCaseStatus;
  @Field(() => DebtChannelEnum) channel!: DebtChannel;
  @Field({ description: 'When the debtor registered; for PAPER the start of the form date in Bangkok' }) registeredAt!: Date;
  @Field(() => LocalDate, { description: 'The Bangkok date of registeredAt' }) registeredOn!: string;
  @Field(() => DistrictObject, { description: 'The district handling the case now' }) district!: DistrictObject;
  @Field(() => ProvinceObject) province!: ProvinceObject;
  @Field(() => DistrictObject, { description: 'The district the registration is attributed to' }) attributedDistrict!: DistrictObject;
  @Field({ description: 'True once the case has moved to another district' }) transferred!: boolean;
  @Field(() => DebtCaseDebtorObject, { middleware: personal() }) debtor!: DebtCaseDebtorObject;
  @Field(() => [DebtCaseCreditorObject], { middleware: personal() }) creditors!: DebtCaseCreditorObject[];
  @Field(() => [DebtCaseDebtObject], { middleware: personal() }) debts!: DebtCaseDebtObject[];
  @Field(() => Int) creditorCount!: number;
  @Field(() => Int) debtCount!: number;
  @Field({ description: 'Baht, exact decimal text', middleware: personal() }) totalPrincipal!: string;
  @Field({ description: 'Baht, exact decimal text', middleware: personal() }) totalOutstanding!: string;
  @Field(() => DebtCaseHelpWantedObject, { middleware: personal(['note']) }) helpWanted!: DebtCaseHelpWantedObject;
  @Field(() => MediationWishEnum, { description: 'As the debtor said when last reached' }) wishesMediation!: MediationWish;
  @Field(() => [DebtCaseAmendmentObject], { middleware: personal(['reason']) }) amendments!: DebtCaseAmendmentObject[];
  @Field(() => [DebtCaseContactAttemptObject], { middleware: personal(['note']) }) contactAttempts!: DebtCaseContactAttemptObject[];
  @Field(() => [DebtCaseTransferObject], { middleware: personal(['reason']) }) transfers!: DebtCaseTransferObject[];
  @Field(() => [DebtCaseMediationSessionObject], {
    description: 'Oldest first', middleware: personal(['outcome.debtBefore', 'outcome.debtAfter', 'outcome.reduction', 'outcome.instalmentPlan', 'outcome.note']),
  })
  mediationSessions!: DebtCaseMediationSessionObject[];
  @Field(() => DebtMediationSlotObject, { nullable: true, description: 'The session to come, while MEDIATION_SCHEDULED' })
  nextMediation!: DebtMediationSlotObject | null;
  @Field(() => DebtCaseAgreementObject, { nullable: true, middleware: personal() }) agreement!: DebtCaseAgreementObject | null;
  @Field(() => DebtCaseReferralObject, { nullable: true, middleware: personal(['note']) }) referral!: DebtCaseReferralObject | null;
  @Field(() => DebtCaseClosureObject, { nullable: true, description: 'Set while closed', middleware: personal(['note']) })
  closing!: DebtCaseClosureObject | null;
  @Field(() => [DebtCaseReopeningObject], { middleware: personal(['reason']) }) reopenings!: DebtCaseReopeningObject[];
  @Field({ description: 'When the latest event was recorded' }) lastEventAt!: Date;
  @Field(() => [DebtCaseActionEnum], {
    description: 'What you may do to the case now: what its status allows (a session\'s outcome from its day on), none for an '
      + 'account that does not work cases (a chief, an auditor)',
  })
  allowedActions!: DebtCaseAction[];
}
