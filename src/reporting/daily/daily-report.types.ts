import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import {
  MediationReportDownloadsObject, MediationReportFiguresObject, MediationReportPeriodAndCumulativeObject, MediationReportPositionObject,
} from '../report-figures.types.js';

@ObjectType('DailyMediationReportDistrict', {
  description: 'One district (อำเภอ/เขต) of the daily report; its row adds up: cumulative = the previous report\'s cumulative + its '
    + 'correction lines (figures + movedIn − movedOut) + period + movedIn − movedOut, for every figure',
})
export class DailyMediationReportDistrictObject extends MediationReportPeriodAndCumulativeObject {
  @Field() districtCode!: string;
  @Field({ description: 'อำเภอ… or เขต…' }) districtTh!: string;
}

@ObjectType('DailyMediationReportCorrection', {
  description: 'Late figures of one district that belonged to an earlier, frozen report, as they reached the log since the report before this one: '
    + 'the facts, and apart from them what late transfers moved',
})
export class DailyMediationReportCorrectionObject {
  @Field() districtCode!: string;
  @Field() districtTh!: string;
  @Field(() => LocalDate, { description: 'The earlier report (working day) the facts belonged to' }) periodDate!: string;
  @Field() periodDateTh!: string;
  @Field(() => MediationReportFiguresObject, { description: 'The late facts' }) figures!: MediationReportFiguresObject;
  @Field(() => MediationReportFiguresObject, {
    nullable: true, description: 'Figures late transfers brought in; null in a report frozen before they were recorded (then in figures, net)',
  })
  movedIn!: MediationReportFiguresObject | null;
  @Field(() => MediationReportFiguresObject, { nullable: true, description: 'Figures late transfers took out; null as movedIn' })
  movedOut!: MediationReportFiguresObject | null;
}

@ObjectType('DailyMediationReport', { description: 'การรายงานผลการไกล่เกลี่ยประจำวัน: the 15:00 report of a working day for one province' })
export class DailyMediationReportObject {
  @Field(() => LocalDate, { description: 'The working day' }) date!: string;
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
  @Field(() => LocalDate, { nullable: true, description: 'The frozen report this one follows (corrections are relative to it)' })
  baseDate!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the frozen canonical text; null while provisional' }) sha256!: string | null;
  @Field(() => String, { nullable: true, description: 'รหัสตรวจสอบ the files print: from the day, the province, the SHA-256 and the seal of the log; verifyReport checks it; null while provisional' })
  verificationCode!: string | null;
  @Field(() => [DailyMediationReportDistrictObject], { description: 'Every district of the province in your area, zeros included' })
  districts!: DailyMediationReportDistrictObject[];
  @Field(() => MediationReportPeriodAndCumulativeObject, { nullable: true, description: 'For readers covering the whole province' })
  provinceTotal!: MediationReportPeriodAndCumulativeObject | null;
  @Field(() => MediationReportPeriodAndCumulativeObject, { nullable: true, description: 'For the centre and auditors' })
  nationalTotal!: MediationReportPeriodAndCumulativeObject | null;
  @Field(() => [DailyMediationReportCorrectionObject]) corrections!: DailyMediationReportCorrectionObject[];
  @Field(() => MediationReportFiguresObject, { description: "Sum of the facts of the province's correction lines" })
  correctionsTotal!: MediationReportFiguresObject;
  @Field(() => [String], {
    description: 'หมายเหตุ: how the figures add up and where a case counts (cumulative at the district holding it at the cut-off), in Thai, as printed',
  })
  notesTh!: string[];
  @Field(() => MediationReportDownloadsObject) downloads!: MediationReportDownloadsObject;
}
