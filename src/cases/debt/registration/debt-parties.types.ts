import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '../../../graphql/local-date.scalar.js';
import type { CreditorKind, HelpKind } from '../vocabulary/debt-vocabulary.js';
import { CreditorKindEnum, HelpKindEnum } from '../vocabulary/debt.enums.js';

/** The people and debts of a case as events and state hold them (debt-records.ts): normalised values. */

@ObjectType('DebtorAddress')
export class DebtorAddressObject {
  @Field() line!: string;
  @Field() subdistrictCode!: string;
  @Field() districtCode!: string;
  @Field() provinceCode!: string;
}

@ObjectType('Debtor', { description: 'ลูกหนี้' })
export class DebtorObject {
  @Field({ description: '13 digits' }) citizenId!: string;
  @Field() title!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field() occupation!: string;
  @Field(() => DebtorAddressObject) address!: DebtorAddressObject;
}

@ObjectType('DebtCreditorAddress', { description: 'As far as the debtor knows it' })
export class DebtCreditorAddressObject {
  @Field(() => String, { nullable: true }) line!: string | null;
  @Field(() => String, { nullable: true }) subdistrictCode!: string | null;
  @Field(() => String, { nullable: true }) districtCode!: string | null;
  @Field() provinceCode!: string;
}

@ObjectType('DebtCreditor', { description: 'เจ้าหนี้, a person or a company' })
export class DebtCreditorObject {
  @Field(() => CreditorKindEnum) kind!: CreditorKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) citizenId!: string | null;
  @Field(() => String, { nullable: true }) companyId!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => DebtCreditorAddressObject, { nullable: true }) address!: DebtCreditorAddressObject | null;
}

@ObjectType('DebtItem', { description: 'One debt, owed to one of the listed creditors' })
export class DebtItemObject {
  @Field(() => Int, { description: 'Index into creditors' }) creditorIndex!: number;
  @Field({ description: 'Baht' }) principal!: string;
  @Field({ description: 'Baht' }) outstanding!: string;
  @Field(() => String, { nullable: true, description: 'Percent per month' }) interestRatePerMonth!: string | null;
  @Field(() => LocalDate, { nullable: true }) startDate!: string | null;
  @Field(() => String, { nullable: true }) collateral!: string | null;
}

@ObjectType('DebtHelpWanted', { description: 'ความต้องการความช่วยเหลือ' })
export class DebtHelpWantedObject {
  @Field(() => [HelpKindEnum]) kinds!: HelpKind[];
  @Field(() => String, { nullable: true }) note!: string | null;
}
