import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ComplaintDetailObject } from '../../cases/complaint/detail/complaint-detail.types.js';
import { DebtCaseDetailObject } from '../../cases/debt/detail/debt-detail.types.js';
import { CaseKindEnum } from '../audit.enums.js';
import type { CaseKind } from './case-replay.js';

@ObjectType('CaseAsOf', {
  description: 'A case as it stood at a moment of its history: its first `version` events folded by its case type\'s decider, '
    + 'in the shape of the case detail (debtCase for a debt case, complaint for a complaint; both null before its first event)',
})
export class CaseAsOfObject {
  @Field(() => ID) caseId!: string;
  @Field(() => CaseKindEnum) kind!: CaseKind;
  @Field(() => Int, { description: 'How many of its events the state folds' }) version!: number;
  @Field(() => Int, { description: 'How many events the case has now' }) versions!: number;
  @Field(() => Date, { nullable: true, description: 'When the last folded event was recorded; null at version 0' }) recordedAt!: Date | null;
  @Field(() => DebtCaseDetailObject, { nullable: true, description: 'The debt case then; it offers no actions' })
  debtCase!: DebtCaseDetailObject | null;
  @Field(() => ComplaintDetailObject, { nullable: true, description: 'The complaint then; it offers no actions' })
  complaint!: ComplaintDetailObject | null;
}
