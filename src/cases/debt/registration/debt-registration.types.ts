import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '../../../graphql/command-input.js';
import type { AddressInput, CreditorAddressInput, CreditorInput, DebtInput, DebtorInput, HelpWantedInput } from './debt-inputs.js';
import type { CreditorKind, DebtChannel, HelpKind } from '../vocabulary/debt-vocabulary.js';
import { CreditorKindEnum, DebtChannelEnum, HelpKindEnum } from '../vocabulary/debt.enums.js';
import { DebtCaseCommandInput } from '../workflow/debt-workflow.types.js';

/**
 * Registration inputs, as staff type them: numbers, amounts and dates are strings (Thai digits, "12,500.50",
 * Buddhist Era dates) and code lists are enums; the decider validates and normalises every value and refuses a
 * wrong one with a typed error naming the field.
 */
const DATE = 'D/M/YYYY or YYYY-MM-DD, Buddhist or Common Era; Thai digits accepted';

@InputType('DebtorAddressInput')
export class DebtorAddressInputType implements AddressInput {
  @Field() line!: string;
  @Field({ description: '6 digits' }) subdistrictCode!: string;
  @Field({ description: '4 digits' }) districtCode!: string;
  @Field({ description: '2 digits' }) provinceCode!: string;
}

@InputType('DebtorInput')
export class DebtorInputType implements DebtorInput {
  @Field({ description: '13 digits; spaces, dashes and Thai digits accepted' }) citizenId!: string;
  @Field() title!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field() occupation!: string;
  @Field(() => DebtorAddressInputType) address!: DebtorAddressInputType;
}

@InputType('DebtCreditorAddressInput', { description: 'As far as the debtor knows it: the province at least' })
export class DebtCreditorAddressInputType implements CreditorAddressInput {
  @Field(() => String, { nullable: true }) line?: string | null;
  @Field(() => String, { nullable: true }) subdistrictCode?: string | null;
  @Field(() => String, { nullable: true }) districtCode?: string | null;
  @Field() provinceCode!: string;
}

@InputType('DebtCreditorInput')
export class DebtCreditorInputType implements CreditorInput {
  @Field(() => CreditorKindEnum) kind!: CreditorKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'A person\'s 13-digit citizen id' }) citizenId?: string | null;
  @Field(() => String, { nullable: true, description: 'A company\'s 13-digit juristic person number' }) companyId?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => DebtCreditorAddressInputType, { nullable: true }) address?: DebtCreditorAddressInputType | null;
}

@InputType('DebtItemInput')
export class DebtItemInputType implements DebtInput {
  @Field(() => Int, { nullable: true, description: 'Index into creditors; may be left out when there is one creditor' })
  creditorIndex?: number | null;
  @Field({ description: 'Baht, e.g. "50,000" or "๕๐,๐๐๐"' }) principal!: string;
  @Field({ description: 'Baht owed now' }) outstanding!: string;
  @Field(() => String, { nullable: true, description: 'Percent per month' }) interestRatePerMonth?: string | null;
  @Field(() => String, { nullable: true, description: DATE }) startDate?: string | null;
  @Field(() => String, { nullable: true }) collateral?: string | null;
}

@InputType('DebtHelpWantedInput')
export class DebtHelpWantedInputType implements HelpWantedInput {
  @Field(() => [HelpKindEnum]) kinds!: HelpKind[];
  @Field(() => String, { nullable: true, description: 'Required with OTHER' }) note?: string | null;
}

@InputType('RegisterDebtorInput', { description: 'ลงทะเบียนลูกหนี้นอกระบบ' })
export class RegisterDebtorInput extends CommandInput {
  @Field(() => DebtChannelEnum) channel!: DebtChannel;
  @Field(() => String, { nullable: true, description: `The date on a PAPER form; ${DATE}` }) formDate?: string | null;
  @Field(() => DebtorInputType) debtor!: DebtorInputType;
  @Field(() => [DebtCreditorInputType]) creditors!: DebtCreditorInputType[];
  @Field(() => [DebtItemInputType]) debts!: DebtItemInputType[];
  @Field(() => DebtHelpWantedInputType) helpWanted!: DebtHelpWantedInputType;
  @Field(() => String, { nullable: true, description: 'The district the case is attributed to; the debtor\'s district when absent' })
  districtCode?: string | null;
}

@InputType('AmendDebtRegistrationInput', { description: 'A correction: each part given replaces that part whole' })
export class AmendDebtRegistrationInput extends DebtCaseCommandInput {
  @Field() reason!: string;
  @Field(() => DebtorInputType, { nullable: true }) debtor?: DebtorInputType | null;
  @Field(() => [DebtCreditorInputType], { nullable: true }) creditors?: DebtCreditorInputType[] | null;
  @Field(() => [DebtItemInputType], { nullable: true }) debts?: DebtItemInputType[] | null;
  @Field(() => DebtHelpWantedInputType, { nullable: true }) helpWanted?: DebtHelpWantedInputType | null;
  @Field(() => String, { nullable: true, description: 'Corrects the attributed district (not after a transfer)' })
  districtCode?: string | null;
  @Field(() => String, { nullable: true, description: `Corrects the date of a PAPER form; ${DATE}` }) formDate?: string | null;
}
