import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { ReportSignatoryObject } from '../certification/certification.types.js';
import { MediationReportDownloadsObject } from '../report-figures.types.js';
import { districtTitle, provinceTitle } from '../report-figures.js';
import type { GovernorSummarySent } from './governor-summary.events.js';
import type { ProvinceSendings } from './governor-summary.service.js';
import { monthThOf } from './governor-summary.view.js';

@ObjectType('ComplaintSummaryFigures', {
  description: 'Figures of the frozen month end: received in the month, and from 1 October by where the complaints stood at the month end',
})
export class ComplaintSummaryFiguresObject {
  @Field(() => Int, { description: 'รับเรื่องในเดือน' }) receivedInMonth!: number;
  @Field(() => Int, { description: 'รับเรื่องสะสมปีงบประมาณ' }) received!: number;
  @Field(() => Int, { description: 'อยู่ระหว่างดำเนินการ' }) inProgress!: number;
  @Field(() => Int, { description: 'แก้ไขแล้ว รอยุติเรื่อง' }) resolved!: number;
  @Field(() => Int, { description: 'ยุติเรื่อง' }) closed!: number;
  @Field(() => Int, { nullable: true, description: 'แก้ไขได้; null for a month frozen before it was counted' }) solved!: number | null;
  @Field(() => Int, { nullable: true, description: 'ยุติโดยไม่ต้องแก้ไข (ซ้ำ, ถอนเรื่อง)' }) setAside!: number | null;
  @Field(() => Int, { description: 'ยกไปเดือนถัดไป: not closed at the month end' }) carriedOver!: number;
  @Field(() => Float, { nullable: true, description: 'Solved as a percentage of the received less those set aside' }) resolutionRatePercent!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'At least 80% (seed 004)' }) meetsTarget!: boolean | null;
}

@ObjectType('ComplaintSummaryRow', { description: 'An office: a district, or the province office\'s own complaints (code null)' })
export class ComplaintSummaryRowObject extends ComplaintSummaryFiguresObject {
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field() nameTh!: string;
}

@ObjectType('ComplaintSummaryCategoryRow')
export class ComplaintSummaryCategoryRowObject extends ComplaintSummaryFiguresObject {
  @Field({ description: 'Main category code' }) category!: string;
  @Field() nameTh!: string;
}

@ObjectType('ComplaintSummaryCorrection', { description: 'Complaints of an earlier month keyed in after it was frozen, listed by this month end' })
export class ComplaintSummaryCorrectionObject extends ComplaintSummaryFiguresObject {
  @Field({ description: 'YYYY-MM' }) correctedMonth!: string;
  @Field() correctedMonthTh!: string;
  @Field() nameTh!: string;
  @Field() category!: string;
  @Field() categoryTh!: string;
}

@ObjectType('ComplaintGovernorSummarySending', { description: 'รับรองและส่งแล้ว: who certified and sent the summary, when, and whether on time' })
export class ComplaintGovernorSummarySendingObject {
  @Field() districtCode!: string;
  @Field() districtTh!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field() sentAt!: Date;
  @Field({ description: 'Buddhist Era' }) sentAtTh!: string;
  @Field(() => ReportSignatoryObject) sentBy!: ReportSignatoryObject;
  @Field(() => LocalDate) dueOn!: string;
  @Field() late!: boolean;
}

@ObjectType('ComplaintGovernorSummary', { description: 'สรุปผลการดำเนินงานศูนย์ดำรงธรรมเสนอผู้ว่าราชการจังหวัด: a district\'s or a province\'s month, from the frozen month end' })
export class ComplaintGovernorSummaryObject {
  @Field({ description: 'YYYY-MM (CE)' }) month!: string;
  @Field() monthTh!: string;
  @Field(() => Int, { description: 'Buddhist Era' }) fiscalYear!: number;
  @Field() provinceCode!: string;
  @Field(() => String, { nullable: true, description: 'null for a province roll-up' }) districtCode!: string | null;
  @Field() scopeTh!: string;
  @Field() officeTh!: string;
  @Field({ description: 'The month end is frozen: the figures are final' }) frozen!: boolean;
  @Field(() => String, { nullable: true }) frozenAtTh!: string | null;
  @Field(() => LocalDate, { description: 'The 1st of the next month, or the next working day' }) dueOn!: string;
  @Field() dueOnTh!: string;
  @Field(() => [ComplaintSummaryRowObject]) rows!: ComplaintSummaryRowObject[];
  @Field(() => [ComplaintSummaryCategoryRowObject], { description: 'By main category' }) categories!: ComplaintSummaryCategoryRowObject[];
  @Field(() => ComplaintSummaryFiguresObject) total!: ComplaintSummaryFiguresObject;
  @Field(() => [ComplaintSummaryCorrectionObject]) corrections!: ComplaintSummaryCorrectionObject[];
  @Field(() => ComplaintGovernorSummarySendingObject, { nullable: true, description: 'For a district: its sending, null before' })
  sending!: ComplaintGovernorSummarySendingObject | null;
  @Field(() => MediationReportDownloadsObject) downloads!: MediationReportDownloadsObject;
}

@ObjectType('ComplaintGovernorSummaryDistrictStatus')
export class ComplaintGovernorSummaryDistrictStatusObject {
  @Field() districtCode!: string;
  @Field() districtTh!: string;
  @Field() sent!: boolean;
  @Field({ description: 'Not sent and past the due date' }) overdue!: boolean;
  @Field(() => ComplaintGovernorSummarySendingObject, { nullable: true }) sending!: ComplaintGovernorSummarySendingObject | null;
}

@ObjectType('ComplaintGovernorSummaryStatus', { description: 'Which districts of a province sent the month\'s summary, on time or late, and which have not' })
export class ComplaintGovernorSummaryStatusObject {
  @Field() month!: string;
  @Field() monthTh!: string;
  @Field() provinceCode!: string;
  @Field() provinceTh!: string;
  @Field(() => LocalDate) dueOn!: string;
  @Field() dueOnTh!: string;
  @Field({ description: 'The month end is frozen (only then can a summary be sent)' }) frozen!: boolean;
  @Field(() => Int) sentCount!: number;
  @Field(() => Int) lateCount!: number;
  @Field(() => Int) notSentCount!: number;
  @Field(() => Int) overdueCount!: number;
  @Field(() => [ComplaintGovernorSummaryDistrictStatusObject]) districts!: ComplaintGovernorSummaryDistrictStatusObject[];
}

@InputType('SendComplaintGovernorSummaryInput')
export class SendComplaintGovernorSummaryInput {
  @Field({ description: 'YYYY-MM, CE or Buddhist Era; Thai digits accepted' }) month!: string;
  @Field({ description: 'Your district\'s 4-digit code; Thai digits accepted' }) districtCode!: string;
  @Field(() => String, { nullable: true, description: 'Makes a retry after a lost answer record nothing new' }) commandId?: string | null;
}

export const toSendingObject = (s: GovernorSummarySent): ComplaintGovernorSummarySendingObject => ({
  districtCode: s.districtCode, districtTh: districtTitle(s.districtCode), month: s.month, sentAt: new Date(s.at),
  sentAtTh: formatThaiDateTime(new Date(s.at)), sentBy: { ...s.sentBy }, dueOn: s.dueOn, late: s.late,
});

export function toStatusObject(p: ProvinceSendings): ComplaintGovernorSummaryStatusObject {
  const sent = p.districts.filter((d) => d.sent);
  return {
    month: p.month, monthTh: monthThOf(p.month), provinceCode: p.provinceCode, provinceTh: provinceTitle(p.provinceCode),
    dueOn: p.dueOn, dueOnTh: formatThaiDate(p.dueOn), frozen: p.frozen, sentCount: sent.length,
    lateCount: sent.filter((d) => d.sent!.late).length, notSentCount: p.districts.length - sent.length,
    overdueCount: p.districts.filter((d) => d.overdue).length,
    districts: p.districts.map((d) => ({
      districtCode: d.districtCode, districtTh: districtTitle(d.districtCode), sent: d.sent !== null, overdue: d.overdue,
      sending: d.sent && toSendingObject(d.sent),
    })),
  };
}
