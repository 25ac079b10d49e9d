import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { MediationReportDownloadsObject, MediationReportFiguresObject, MediationReportPositionObject } from '../report-figures.types.js';

@ObjectType('MonthlyMediationFigures', {
  description: 'Figures of the month, of the fiscal year to date (from 1 October), and cumulative. The month and the fiscal year credit '
    + 'the district that did the work, the cumulative figures the district holding each case at the end: a district that transferred '
    + 'cases out can show more in its fiscal year than cumulatively',
})
export class MonthlyMediationFiguresObject {
  @Field(() => MediationReportFiguresObject, {
    description: 'The daily periods of the month added up: what the district did (credited to the district holding the case then), transfers made',
  })
  month!: MediationReportFiguresObject;
  @Field(() => MediationReportFiguresObject, { description: 'รับโอนพร้อมเรื่อง: the figures the cases transferred in during the month brought' })
  movedIn!: MediationReportFiguresObject;
  @Field(() => MediationReportFiguresObject, { description: 'โอนออกพร้อมเรื่อง: the figures the cases transferred out during the month took' })
  movedOut!: MediationReportFiguresObject;
  @Field(() => MediationReportFiguresObject, {
    description: 'From 1 October: what the district did, credited where the work was done, also for cases that moved away since',
  })
  fiscalYearToDate!: MediationReportFiguresObject;
  @Field(() => MediationReportFiguresObject, {
    description: 'Everything up to the end, each case at the district holding it then: the previous month\'s cumulative + month + movedIn − movedOut',
  })
  cumulative!: MediationReportFiguresObject;
}

@ObjectType('MonthlyMediationReportRow', { description: 'A district of the province, or a province of the country' })
export class MonthlyMediationReportRowObject extends MonthlyMediationFiguresObject {
  @Field({ description: 'District or province code' }) code!: string;
  @Field() nameTh!: string;
}

@ObjectType('MonthlyMediationReport', { description: 'รายงานผลการปฏิบัติงานประจำเดือน: the daily periods of a month added up' })
export class MonthlyMediationReportObject {
  @Field({ description: 'YYYY-MM (CE)' }) month!: string;
  @Field({ description: 'e.g. มกราคม 2568' }) monthTh!: string;
  @Field(() => Int, { description: 'ปีงบประมาณ (Buddhist Era)' }) fiscalYear!: number;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field({ description: 'จังหวัด… or ทั่วประเทศ' }) scopeTh!: string;
  @Field() officeTh!: string;
  @Field({ description: 'The month runs from this cut-off…' }) monthStartTh!: string;
  @Field({ description: '…to the cut-off of its last working day' }) monthEndTh!: string;
  @Field({ description: 'The fiscal year to date runs from this cut-off' }) fiscalYearStartTh!: string;
  @Field({ description: 'The figures run until here: the month end or the latest frozen daily report' }) untilTh!: string;
  @Field(() => LocalDate, { nullable: true, description: 'The latest frozen daily report the figures are pinned to' }) asOfDate!: string | null;
  @Field(() => MediationReportPositionObject) position!: MediationReportPositionObject;
  @Field({ description: 'True once the daily report of the month\'s last working day is frozen' }) complete!: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'The frozen daily report that made the month complete; null while it is not' })
  completedOn!: string | null;
  @Field({ description: 'Complete, and changed since: late facts of the month reached the log after the report that completed it' })
  revised!: boolean;
  @Field(() => [MonthlyMediationReportRowObject], { description: 'What changed since the month was complete: per changed row, net' })
  revisions!: MonthlyMediationReportRowObject[];
  @Field(() => [MonthlyMediationReportRowObject], { description: 'The districts or provinces in your area' }) rows!: MonthlyMediationReportRowObject[];
  @Field(() => MonthlyMediationFiguresObject, {
    nullable: true, description: 'Total of the province (or the country), for readers covering all of it',
  })
  total!: MonthlyMediationFiguresObject | null;
  @Field(() => MonthlyMediationFiguresObject, { nullable: true, description: 'For the centre and auditors' })
  nationalTotal!: MonthlyMediationFiguresObject | null;
  @Field(() => [String], { description: 'หมายเหตุ: where the fiscal year and the cumulative figures credit a case, in Thai, as printed' })
  notesTh!: string[];
  @Field(() => MediationReportDownloadsObject) downloads!: MediationReportDownloadsObject;
}
