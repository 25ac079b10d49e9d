import { LocalDate } from '../../../graphql/local-date.scalar.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DistrictObject } from '../../../geography/geography.types.js';
import type { AmendedPart } from '../debt.events.js';
import {
  ContactMethodEnum, DebtAmendedPartEnum, DebtCaseStatusEnum, DebtCloseReasonEnum, MediationOutcomeEnum, MediationSessionStateEnum,
  MediationWishEnum, ReferralAgencyEnum,
} from '../vocabulary/debt.enums.js';
import { DebtMediationSlotObject } from '../debt.types.js';
import type { MediationSessionState } from './debt-detail.js';
import type {
  ContactMethod, DebtCaseStatus, DebtCloseReason, MediationOutcome, MediationWish, ReferralAgency,
} from '../vocabulary/debt-vocabulary.js';

/** What was done on a debt case, each step with the instant the server recorded it (DebtCaseDetail). */

const BAHT = 'Baht, exact decimal text';

@ObjectType('DebtCaseAmendment', { description: 'A correction of the registration; the history shows each value before and after' })
export class DebtCaseAmendmentObject {
  @Field() at!: Date;
  @Field() reason!: string;
  @Field(() => [DebtAmendedPartEnum]) changed!: AmendedPart[];
}

@ObjectType('DebtCaseContactAttempt', { description: 'An attempt to reach the debtor, by the district then handling the case' })
export class DebtCaseContactAttemptObject {
  @Field() at!: Date;
  @Field(() => DistrictObject) district!: DistrictObject;
  @Field(() => ContactMethodEnum) method!: ContactMethod;
  @Field() reached!: boolean;
  @Field(() => MediationWishEnum, { description: 'UNDECIDED when not reached' }) wishesMediation!: MediationWish;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('DebtCaseTransfer', { description: 'ส่งต่อ: the case moved from one district to another' })
export class DebtCaseTransferObject {
  @Field() at!: Date;
  @Field(() => DistrictObject) from!: DistrictObject;
  @Field(() => DistrictObject) to!: DistrictObject;
  @Field() reason!: string;
  @Field(() => DebtMediationSlotObject, { nullable: true, description: 'The session the move called off' })
  cancelledMediation!: DebtMediationSlotObject | null;
}

@ObjectType('DebtCaseInstalmentPlan', { description: 'The agreed instalments' })
export class DebtCaseInstalmentPlanObject {
  @Field(() => Int) instalmentCount!: number;
  @Field({ description: BAHT }) instalmentAmount!: string;
  @Field(() => LocalDate) firstDueDate!: string;
}

@ObjectType('DebtCaseMediationOutcome', { description: 'What came of a session; the figures only when AGREED' })
export class DebtCaseMediationOutcomeObject {
  @Field(() => MediationOutcomeEnum) outcome!: MediationOutcome;
  @Field() recordedAt!: Date;
  @Field(() => String, { nullable: true, description: BAHT }) debtBefore!: string | null;
  @Field(() => String, { nullable: true, description: BAHT }) debtAfter!: string | null;
  @Field(() => String, { nullable: true, description: BAHT }) reduction!: string | null;
  @Field(() => DebtCaseInstalmentPlanObject, { nullable: true }) instalmentPlan!: DebtCaseInstalmentPlanObject | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('DebtCaseMediationSession', { description: 'A mediation session as scheduled, and what became of it' })
export class DebtCaseMediationSessionObject {
  @Field({ description: 'When it was scheduled' }) scheduledAt!: Date;
  @Field(() => DistrictObject, { description: 'The district that scheduled it' }) district!: DistrictObject;
  @Field(() => LocalDate) date!: string;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) time!: string | null;
  @Field() place!: string;
  @Field(() => MediationSessionStateEnum) state!: MediationSessionState;
  @Field(() => DebtCaseMediationOutcomeObject, { nullable: true, description: 'Set once HELD' })
  outcome!: DebtCaseMediationOutcomeObject | null;
}

@ObjectType('DebtCaseAgreement', { description: 'ไกล่เกลี่ยสำเร็จ: the agreement standing now' })
export class DebtCaseAgreementObject {
  @Field({ description: BAHT }) debtBefore!: string;
  @Field({ description: BAHT }) debtAfter!: string;
  @Field({ description: BAHT }) reduction!: string;
  @Field(() => DebtCaseInstalmentPlanObject, { nullable: true, description: 'None when nothing remains to pay' })
  instalmentPlan!: DebtCaseInstalmentPlanObject | null;
  @Field(() => LocalDate, { description: 'The day of the session' }) mediationDate!: string;
  @Field() recordedAt!: Date;
}

@ObjectType('DebtCaseReferral', { description: 'The agency the case was referred to' })
export class DebtCaseReferralObject {
  @Field(() => ReferralAgencyEnum) agency!: ReferralAgency;
  @Field(() => String, { nullable: true }) agencyName!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() at!: Date;
}

@ObjectType('DebtCaseClosure', { description: 'ยุติ: why the case was closed, and the status a reopening returns it to' })
export class DebtCaseClosureObject {
  @Field(() => DebtCloseReasonEnum) reason!: DebtCloseReason;
  @Field(() => DebtCaseStatusEnum) statusBefore!: DebtCaseStatus;
  @Field(() => ID, { nullable: true, description: 'Set when closed as a DUPLICATE' }) duplicateOfCaseId!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() at!: Date;
}

@ObjectType('DebtCaseReopening', { description: 'A closed case opened again' })
export class DebtCaseReopeningObject {
  @Field() at!: Date;
  @Field() reason!: string;
  @Field(() => DebtCloseReasonEnum, { description: 'Why it had been closed' }) closedReason!: DebtCloseReason;
}
