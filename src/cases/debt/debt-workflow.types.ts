import { Field, InputType } from '@nestjs/graphql';
import type { InstalmentPlanInput } from './debt-inputs.js';
import type { ContactMethod, DebtCloseReason, MediationOutcome, MediationWish, ReferralAgency } from './debt-vocabulary.js';

/** Inputs of the steps after registration; the decider validates every value (see debt-registration.types.ts). */
const DATE = 'D/M/YYYY or YYYY-MM-DD, Buddhist or Common Era; Thai digits accepted';

@InputType('RecordContactAttemptInput')
export class RecordContactAttemptInput {
  @Field(() => String, { description: 'LETTER, PHONE, COMMUNITY_LEADER, IN_PERSON or OTHER' }) method!: ContactMethod;
  @Field({ description: 'Whether the debtor was reached' }) reached!: boolean;
  @Field(() => String, { description: 'YES, NO or UNDECIDED; UNDECIDED when not reached' }) wishesMediation!: MediationWish;
  @Field(() => String, { nullable: true, description: 'Required for OTHER' }) note?: string | null;
}

@InputType('TransferDebtCaseInput', { description: 'ส่งต่อข้อมูลระหว่างอำเภอหรือเขต' })
export class TransferDebtCaseInput {
  @Field({ description: '4-digit district code' }) toDistrictCode!: string;
  @Field() reason!: string;
}

@InputType('ScheduleMediationInput')
export class ScheduleMediationInput {
  @Field({ description: DATE }) date!: string;
  @Field(() => String, { nullable: true, description: 'HH.MM or HH:MM, e.g. ๙.๓๐' }) time?: string | null;
  @Field() place!: string;
}

@InputType('DebtInstalmentPlanInput')
export class DebtInstalmentPlanInputType implements InstalmentPlanInput {
  @Field({ description: 'Number of instalments' }) instalmentCount!: string;
  @Field({ description: 'Baht per instalment' }) instalmentAmount!: string;
  @Field({ description: DATE }) firstDueDate!: string;
}

@InputType('RecordMediationOutcomeInput')
export class RecordMediationOutcomeInput {
  @Field(() => String, { description: 'AGREED, NOT_AGREED or PARTY_ABSENT' }) outcome!: MediationOutcome;
  @Field(() => String, { nullable: true, description: 'AGREED only: baht owed after the agreement' }) debtAfter?: string | null;
  @Field(() => DebtInstalmentPlanInputType, { nullable: true, description: 'AGREED only, while a debt remains' })
  instalmentPlan?: DebtInstalmentPlanInputType | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('ReferDebtCaseInput')
export class ReferDebtCaseInput {
  @Field(() => String, { description: 'POLICE_INVESTIGATOR or OTHER_AGENCY' }) agency!: ReferralAgency;
  @Field(() => String, { nullable: true, description: 'Required for OTHER_AGENCY' }) agencyName?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('CloseDebtCaseInput')
export class CloseDebtCaseInput {
  @Field(() => String, { description: 'SETTLED, REFERRED, WITHDRAWN, UNREACHABLE, DUPLICATE or OTHER' }) reason!: DebtCloseReason;
  @Field(() => String, { nullable: true, description: 'Required for DUPLICATE' }) duplicateOfCaseId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for OTHER' }) note?: string | null;
}

@InputType('ReopenDebtCaseInput')
export class ReopenDebtCaseInput {
  @Field() reason!: string;
}
