import { Field, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../graphql/enum-type.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import type { FrozenReportKind } from './frozen-reports.verify.js';

export const FrozenReportKindEnum = enumType<FrozenReportKind>('FrozenReportKind', 'ชนิดรายงานที่ปิดแล้ว: a report frozen once and never rebuilt', {
  DAILY_REPORT: 'รายงานผลการไกล่เกลี่ยประจำวัน — the 15:00 daily mediation report of a working day, the whole country',
  MONTH_END: 'สถิติเรื่องร้องเรียน ณ วันสิ้นเดือน — the complaint figures of every office frozen when a month ended',
});

@ObjectType('DifferingFrozenReport', { description: 'A frozen report that the event log no longer gives as stored' })
export class DifferingFrozenReport {
  @Field(() => FrozenReportKindEnum) kind!: FrozenReportKind;
  @Field(() => LocalDate, { description: 'The daily report\'s day; the month end\'s month as its first day' }) day!: string;
  @Field(() => String, { nullable: true, description: 'SHA-256 stored when it was frozen; null for month ends frozen before they kept one' })
  storedSha256!: string | null;
  @Field({ description: 'SHA-256 of what is stored now (the report\'s text, the month end\'s rows): unlike storedSha256 when they were changed' })
  contentSha256!: string;
  @Field({ description: 'SHA-256 of the same report regenerated from the event log' }) regeneratedSha256!: string;
  @Field(() => [String], { description: 'Offices whose figures differ: district codes (daily), province/district (month ends; empty district for a province office or the centre)' })
  offices!: string[];
}

@ObjectType('FrozenReportVerification', { description: 'Every frozen report regenerated from the event log and compared with what is stored' })
export class FrozenReportVerification {
  @Field({ description: 'When the check ran' }) checkedAt!: Date;
  @Field(() => Int, { description: 'Frozen reports checked' }) checked!: number;
  @Field(() => Int, { description: 'Those whose stored SHA-256, stored content and regenerated content agree' }) matching!: number;
  @Field(() => [DifferingFrozenReport]) differing!: DifferingFrozenReport[];
}
