import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '../../graphql/local-date.scalar.js';

@ObjectType('DailyReportCutOff', {
  description: 'Where the service\'s clock stands against the 15:00 cut-off of the daily report (Asia/Bangkok), by the holiday table',
})
export class DailyReportCutOffObject {
  @Field({ description: 'The service\'s clock now (CLOCK_START honoured)' }) now!: Date;
  @Field(() => LocalDate, { description: 'Today in Bangkok' }) today!: string;
  @Field({ description: 'Today in Thai, Buddhist Era' }) todayTh!: string;
  @Field({ description: 'Today is a working day: Monday to Friday and no government holiday' }) workingDay!: boolean;
  @Field(() => String, { nullable: true, description: "Today's government holiday, e.g. วันพ่อแห่งชาติ; null on other days" })
  holidayTh!: string | null;
  @Field(() => LocalDate, { description: 'The first working day after today' }) nextWorkingDay!: string;
  @Field() nextWorkingDayTh!: string;
  @Field(() => LocalDate, {
    description: 'The working day whose report what is recorded now goes into: today before 15:00 on a working day, else the next working day',
  })
  reportDate!: string;
  @Field() reportDateTh!: string;
  @Field({ description: 'That report\'s cut-off: reportDate at 15:00 Asia/Bangkok' }) cutOff!: Date;
  @Field() cutOffTh!: string;
  @Field(() => Int, { description: 'Whole seconds from now to cutOff' }) secondsToCutOff!: number;
}
