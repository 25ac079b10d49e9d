import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { storedEnumType } from '../graphql/enum-type.js';
import { LocalDate } from '../graphql/local-date.scalar.js';
import type { GovernmentHoliday } from './holiday-calendar.js';

const HolidaySourceEnum = storedEnumType('HolidaySource', 'Where a government holiday comes from', {
  SHIPPED: ['shipped', 'ตามตารางวันหยุดที่มากับระบบ — shipped with the service\'s holiday table'],
  ADDED: ['added', 'ผู้ดูแลระบบส่วนกลางเพิ่ม — added by a central administrator at the cabinet\'s notice'],
});

@ObjectType('GovernmentHoliday', { description: 'วันหยุดราชการ: a day government offices are closed' })
export class GovernmentHolidayObject {
  @Field(() => LocalDate) date!: string;
  @Field({ description: 'The day in Thai, e.g. 13 เมษายน 2567' }) dateTh!: string;
  @Field({ description: 'Thai name, e.g. วันสงกรานต์' }) nameTh!: string;
  @Field(() => String, { nullable: true, description: 'English name; null where none was given' })
  nameEn!: string | null;
  @Field(() => HolidaySourceEnum) source!: GovernmentHoliday['source'];
}

const DATE = 'YYYY-MM-DD, CE or Buddhist Era year (2567-04-13); Thai digits accepted';

@InputType({ description: 'A weekday to declare a government holiday' })
export class AddHolidayInput {
  @Field({ description: DATE }) date!: string;
  @Field({ description: 'Thai name, e.g. วันหยุดราชการเพิ่มเป็นกรณีพิเศษ' }) name!: string;
  @Field(() => String, { nullable: true, description: 'English name' }) nameEn?: string | null;
}

@InputType({ description: 'A government holiday to make a working day again' })
export class RemoveHolidayInput {
  @Field({ description: DATE }) date!: string;
}
