import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MediationReportDownloadsObject, MediationReportFiguresObject, MediationReportPositionObject } from '../report-figures.types.js';

@ObjectType('MonthlyMediationFigures', { description: 'Figures of the month, of the fiscal year to date (from 1 October), and cumulative' })
export class MonthlyMediationFiguresObject {
  @Field(() => MediationReportFiguresObject) month!: MediationReportFiguresObject;
  @Field(() => MediationReportFiguresObject) fiscalYearToDate!: MediationReportFiguresObject;
  @Field(() => MediationReportFiguresObject) cumulative!: MediationReportFiguresObject;
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
  @Field(() => String, { nullable: true, description: 'The latest frozen daily report the figures are pinned to' }) asOfDate!: string | null;
  @Field(() => MediationReportPositionObject) position!: MediationReportPositionObject;
  @Field({ description: 'True once the daily report of the month\'s last working day is frozen' }) complete!: boolean;
  @Field(() => String, { nullable: true, description: 'The frozen daily report that made the month complete; null while it is not' })
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
  @Field(() => MediationReportDownloadsObject) downloads!: MediationReportDownloadsObject;
}
