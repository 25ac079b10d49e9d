import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../../graphql/command-input.js';
import type { InstalmentPlanInput } from '../registration/debt-inputs.js';
import type { ContactMethod, DebtCloseReason, MediationOutcome, MediationWish, ReferralAgency } from '../vocabulary/debt-vocabulary.js';
import { ContactMethodEnum, DebtCloseReasonEnum, MediationOutcomeEnum, MediationWishEnum, ReferralAgencyEnum } from '../vocabulary/debt.enums.js';

/** Inputs of the steps after registration; the decider validates every value (see debt-registration.types.ts). */
const DATE = 'D/M/YYYY or YYYY-MM-DD, Buddhist or Common Era; Thai digits accepted';

/** A command on a registered case: which one, and the client's command id. */
@InputType({ isAbstract: true })
export abstract class DebtCaseCommandInput extends CommandInput {
  @Field(() => ID, { description: 'The case id, e.g. DEBT-7KQ3-M2XP-AB9C' }) caseId!: string;
}

@InputType('RecordContactAttemptInput')
export class RecordContactAttemptInput extends DebtCaseCommandInput {
  @Field(() => ContactMethodEnum) method!: ContactMethod;
  @Field({ description: 'Whether the debtor was reached' }) reached!: boolean;
  @Field(() => MediationWishEnum, { description: 'UNDECIDED when not reached' }) wishesMediation!: MediationWish;
  @Field(() => String, { nullable: true, description: 'Required for OTHER' }) note?: string | null;
}

@InputType('TransferDebtCaseInput', { description: 'ส่งต่อข้อมูลระหว่างอำเภอหรือเขต' })
export class TransferDebtCaseInput extends DebtCaseCommandInput {
  @Field({ description: '4-digit district code' }) toDistrictCode!: string;
  @Field() reason!: string;
}

@InputType('ScheduleMediationInput')
export class ScheduleMediationInput extends DebtCaseCommandInput {
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
export class RecordMediationOutcomeInput extends DebtCaseCommandInput {
  @Field(() => MediationOutcomeEnum) outcome!: MediationOutcome;
  @Field(() => String, { nullable: true, description: 'AGREED only: baht owed after the agreement' }) debtAfter?: string | null;
  @Field(() => DebtInstalmentPlanInputType, { nullable: true, description: 'AGREED only, while a debt remains' })
  instalmentPlan?: DebtInstalmentPlanInputType | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('ReferDebtCaseInput')
export class ReferDebtCaseInput extends DebtCaseCommandInput {
  @Field(() => ReferralAgencyEnum) agency!: ReferralAgency;
  @Field(() => String, { nullable: true, description: 'Required for OTHER_AGENCY' }) agencyName?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('CloseDebtCaseInput')
export class CloseDebtCaseInput extends DebtCaseCommandInput {
  @Field(() => DebtCloseReasonEnum) reason!: DebtCloseReason;
  @Field(() => ID, { nullable: true, description: 'Required for DUPLICATE' }) duplicateOfCaseId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for OTHER' }) note?: string | null;
}

@InputType('ReopenDebtCaseInput')
export class ReopenDebtCaseInput extends DebtCaseCommandInput {
  @Field() reason!: string;
}
