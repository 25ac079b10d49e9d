import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('FieldChange', {
  description: 'A field an event changed or recorded: its name in Thai and English, its value before and after as stored, '
    + 'and as Thai staff read it (a code\'s name, a date in the Buddhist Era, an amount in baht). A fact the event only '
    + 'records (a note, a reason) has no value before',
})
export class FieldChangeObject {
  @Field({ description: 'The field\'s path, list indexes from 0: debtor.phone, creditors.0.name, figures.districtCode' }) field!: string;
  @Field() labelTh!: string;
  @Field() labelEn!: string;
  @Field(() => String, { nullable: true, description: 'As stored: a code, an exact amount, an ISO date; a list joined by ", "' })
  before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
  @Field(() => String, { nullable: true }) beforeTh!: string | null;
  @Field(() => String, { nullable: true }) afterTh!: string | null;
}
