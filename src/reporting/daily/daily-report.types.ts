import { Field, ObjectType } from '@nestjs/graphql';
import {
  MediationReportDownloadsObject, MediationReportFiguresObject, MediationReportPeriodAndCumulativeObject, MediationReportPositionObject,
} from '../report-figures.types.js';

@ObjectType('DailyMediationReportDistrict', { description: 'One district (อำเภอ/เขต) of the daily report' })
export class DailyMediationReportDistrictObject extends MediationReportPeriodAndCumulativeObject {
  @Field() districtCode!: string;
  @Field({ description: 'อำเภอ… or เขต…' }) districtTh!: string;
}

@ObjectType('DailyMediationReportCorrection', {
  description: 'Late facts of one district that belonged to an earlier, frozen report, net, as they reached the log since the report before this one',
})
export class DailyMediationReportCorrectionObject {
  @Field() districtCode!: string;
  @Field() districtTh!: string;
  @Field({ description: 'The earlier report (working day, YYYY-MM-DD) the facts belonged to' }) periodDate!: string;
  @Field() periodDateTh!: string;
  @Field(() => MediationReportFiguresObject) figures!: MediationReportFiguresObject;
}

@ObjectType('DailyMediationReport', { description: 'การรายงานผลการไกล่เกลี่ยประจำวัน: the 15:00 report of a working day for one province' })
export class DailyMediationReportObject {
  @Field({ description: 'The working day, YYYY-MM-DD (CE)' }) date!: string;
  @Field({ description: 'The day in Thai, Buddhist Era' }) dateTh!: string;
  @Field() provinceCode!: string;
  @Field() provinceTh!: string;
  @Field({ description: 'The office the report comes from' }) officeTh!: string;
  @Field({ description: 'Cut-off: the day at 15:00 Asia/Bangkok' }) cutOff!: Date;
  @Field() cutOffTh!: string;
  @Field({ description: "Start of the period: the previous working day's cut-off" }) periodStart!: Date;
  @Field() periodStartTh!: string;
  @Field({ description: 'True until the report is frozen: computed live and still changing' }) provisional!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the report was frozen; null while provisional' }) frozenAt!: Date | null;
  @Field({ description: 'Frozen after a missed cut-off, from what was recorded before it' }) missedCutOff!: boolean;
  @Field(() => MediationReportPositionObject, { description: 'The log position the report covers (P)' }) position!: MediationReportPositionObject;
  @Field(() => String, { nullable: true, description: 'The frozen report this one follows (corrections are relative to it)' })
  baseDate!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the frozen canonical text; null while provisional' }) sha256!: string | null;
  @Field(() => [DailyMediationReportDistrictObject], { description: 'Every district of the province in your area, zeros included' })
  districts!: DailyMediationReportDistrictObject[];
  @Field(() => MediationReportPeriodAndCumulativeObject, { nullable: true, description: 'For readers covering the whole province' })
  provinceTotal!: MediationReportPeriodAndCumulativeObject | null;
  @Field(() => MediationReportPeriodAndCumulativeObject, { nullable: true, description: 'For the centre and auditors' })
  nationalTotal!: MediationReportPeriodAndCumulativeObject | null;
  @Field(() => [DailyMediationReportCorrectionObject]) corrections!: DailyMediationReportCorrectionObject[];
  @Field(() => MediationReportFiguresObject, { description: "Sum of the province's correction lines" }) correctionsTotal!: MediationReportFiguresObject;
  @Field(() => MediationReportDownloadsObject) downloads!: MediationReportDownloadsObject;
}
