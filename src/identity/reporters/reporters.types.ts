import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput } from '../../graphql/command-input.js';
import type { ReportersView } from './responsible-reporters.js';
import { StaffAccountObject, toAccountObject } from '../accounts/staff-account.types.js';
import { officeKey, officeNameTh } from '../scope/staff-office.js';

@ObjectType('ResponsibleReporters', { description: 'ผู้รับผิดชอบการรายงาน: the two accounts that report for an office' })
export class ResponsibleReportersObject {
  @Field({ description: 'DISTRICT:1001 or PROVINCE:10' }) officeKey!: string;
  @Field() officeCode!: string;
  @Field() officeNameTh!: string;
  @Field(() => [StaffAccountObject], { description: 'Responsible until a new pair is named, even if suspended or moved since' })
  reporters!: StaffAccountObject[];
  @Field() namedAt!: Date;
  @Field(() => ID, { description: 'The account that named them' }) namedBy!: string;
}

export const toReportersObject = ({ state, reporters }: ReportersView): ResponsibleReportersObject => ({
  officeKey: officeKey(state.office), officeCode: state.office.code, officeNameTh: officeNameTh(state.office),
  reporters: reporters.map(toAccountObject), namedAt: new Date(state.namedAt), namedBy: state.namedBy,
});

@InputType({ description: 'The office and the two accounts of it that report for it from now on' })
export class NameResponsibleReportersInput extends CommandInput {
  @Field({ description: '4-digit district or 2-digit province code; Thai digits accepted' }) officeCode!: string;
  @Field(() => [ID], { description: 'Two active case-working accounts of the office' }) accountIds!: string[];
}
