import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { Signatory } from '../../identity/reporters/reporters.signatories.js';
import { districtTitle, provinceTitle } from '../report-figures.js';
import type { DailyCertification } from './daily-certification.decider.js';
import type { ProvinceCertifications } from './daily-certification.service.js';

@ObjectType('ReportSignatory', { description: 'A person of a report\'s certification block, as the account read at the time' })
export class ReportSignatoryObject {
  @Field(() => ID) accountId!: string;
  @Field({ description: 'Title and names, e.g. นางสาวสมศรี ทดสอบ' }) nameTh!: string;
  @Field({ description: 'ปลัดอำเภอ, นายอำเภอ, …' }) positionTh!: string;
  @Field({ description: 'Office phone (else mobile), spaced for reading' }) phone!: string;
}

@ObjectType('DailyReportCertification', { description: 'ยืนยันรายงาน: a district\'s frozen daily report, certified by one of its responsible reporters' })
export class DailyReportCertificationObject {
  @Field(() => LocalDate, { description: 'The working day' }) date!: string;
  @Field() dateTh!: string;
  @Field() districtCode!: string;
  @Field() districtTh!: string;
  @Field() certifiedAt!: Date;
  @Field({ description: 'Buddhist Era' }) certifiedAtTh!: string;
  @Field(() => ReportSignatoryObject) certifiedBy!: ReportSignatoryObject;
  @Field(() => [ReportSignatoryObject], { description: 'The district\'s two responsible reporters when it was certified' })
  reporters!: ReportSignatoryObject[];
  @Field(() => ReportSignatoryObject, { nullable: true, description: 'The district\'s chief then; null when none had an account' })
  chief!: ReportSignatoryObject | null;
}

@ObjectType('DailyReportDistrictCertification', { description: 'One district and whether its report of the day is certified' })
export class DailyReportDistrictCertificationObject {
  @Field() districtCode!: string;
  @Field() districtTh!: string;
  @Field() certified!: boolean;
  @Field(() => DailyReportCertificationObject, { nullable: true }) certification!: DailyReportCertificationObject | null;
}

@ObjectType('DailyReportCertifications', { description: 'Which districts of a province certified their daily report, who and when' })
export class DailyReportCertificationsObject {
  @Field(() => LocalDate, { description: 'The working day' }) date!: string;
  @Field() dateTh!: string;
  @Field() provinceCode!: string;
  @Field() provinceTh!: string;
  @Field({ description: 'The day\'s report is frozen (only a frozen report can be certified)' }) frozen!: boolean;
  @Field(() => Int) certifiedCount!: number;
  @Field(() => Int) notCertifiedCount!: number;
  @Field(() => [DailyReportDistrictCertificationObject], { description: 'Every district of the province in your area' })
  districts!: DailyReportDistrictCertificationObject[];
}

@InputType('CertifyDailyReportInput')
export class CertifyDailyReportInput {
  @Field({ description: 'The working day, YYYY-MM-DD, CE or Buddhist Era; Thai digits accepted' }) date!: string;
  @Field({ description: 'Your district\'s 4-digit code; Thai digits accepted' }) districtCode!: string;
  @Field(() => String, { nullable: true, description: 'Makes a retry after a lost answer record nothing new' }) commandId?: string | null;
}

const signatory = (s: Signatory): ReportSignatoryObject => ({ ...s });

export const toCertificationObject = (c: DailyCertification): DailyReportCertificationObject => ({
  date: c.day, dateTh: formatThaiDate(c.day), districtCode: c.districtCode, districtTh: districtTitle(c.districtCode),
  certifiedAt: new Date(c.certifiedAt), certifiedAtTh: formatThaiDateTime(new Date(c.certifiedAt)),
  certifiedBy: signatory(c.certifier), reporters: c.reporters.map(signatory), chief: c.chief && signatory(c.chief),
});

export function toCertificationsObject(p: ProvinceCertifications): DailyReportCertificationsObject {
  const certified = p.districts.filter((d) => d.certification).length;
  return {
    date: p.day, dateTh: formatThaiDate(p.day), provinceCode: p.provinceCode, provinceTh: provinceTitle(p.provinceCode), frozen: p.frozen,
    certifiedCount: certified, notCertifiedCount: p.districts.length - certified,
    districts: p.districts.map((d) => ({
      districtCode: d.districtCode, districtTh: districtTitle(d.districtCode), certified: d.certification !== null,
      certification: d.certification && toCertificationObject(d.certification),
    })),
  };
}
