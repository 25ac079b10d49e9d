import { Field, ObjectType } from '@nestjs/graphql';
import type { ReportersView } from './responsible-reporters.js';
import { StaffAccountObject, toAccountObject } from './staff-account.types.js';
import { officeKey, officeNameTh } from './staff-office.js';

@ObjectType('ResponsibleReporters', { description: 'ผู้รับผิดชอบการรายงาน: the two accounts that report for an office' })
export class ResponsibleReportersObject {
  @Field({ description: 'DISTRICT:1001 or PROVINCE:10' }) officeKey!: string;
  @Field() officeCode!: string;
  @Field() officeNameTh!: string;
  @Field(() => [StaffAccountObject], { description: 'Responsible until a new pair is named, even if suspended or moved since' })
  reporters!: StaffAccountObject[];
  @Field() namedAt!: Date;
  @Field({ description: 'The account that named them' }) namedBy!: string;
}

export const toReportersObject = ({ state, reporters }: ReportersView): ResponsibleReportersObject => ({
  officeKey: officeKey(state.office), officeCode: state.office.code, officeNameTh: officeNameTh(state.office),
  reporters: reporters.map(toAccountObject), namedAt: new Date(state.namedAt), namedBy: state.namedBy,
});
