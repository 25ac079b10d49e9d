import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('GovernmentHoliday', { description: 'วันหยุดราชการ: a day government offices are closed' })
export class GovernmentHolidayObject {
  @Field({ description: 'The day, YYYY-MM-DD (CE)' }) date!: string;
  @Field({ description: 'The day in Thai, e.g. 13 เมษายน 2567' }) dateTh!: string;
  @Field({ description: 'Thai name, e.g. วันสงกรานต์' }) nameTh!: string;
  @Field(() => String, { nullable: true, description: 'English name; null where none was given' })
  nameEn!: string | null;
  @Field({ description: '"shipped" with the service\'s holiday table, or "added" by an administrator' })
  source!: string;
}
