import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../graphql/connection.types.js';
import { enumType } from '../../graphql/enum-type.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { MediationReportDownloadsObject } from '../../reporting/report-figures.types.js';
import { LevyKindEnum } from '../businesses/businesses.types.js';
import type { ReturnKind } from '../monthly-returns/monthly-return.events.js';
import type { CollectedKind } from './authority-report.assemble.js';

export const CollectedKindEnum = enumType<CollectedKind>('CollectedKind', 'What an authority collects money for', {
  HOTEL: 'ค่าธรรมเนียมบำรุง อบจ. จากผู้พักในโรงแรม — hotel guest fee (PAO)',
  FUEL: 'ภาษีบำรุง อบจ. จากการค้าน้ำมัน — fuel tax (PAO)',
  TOBACCO: 'ภาษีบำรุง อบจ. จากการค้ายาสูบ — tobacco tax (PAO)',
  LEAFLET: 'ค่าธรรมเนียมใบอนุญาตโฆษณาด้วยแผ่นประกาศ — leaflet permit fee (municipality, SAO, Pattaya)',
});

@ObjectType('CollectedAmount', { description: 'Money paid for one kind, baht to the satang' })
export class CollectedAmountObject {
  @Field(() => CollectedKindEnum) kind!: CollectedKind;
  @Field() amount!: string;
}

@ObjectType('CollectionByKind', { description: 'Money paid in the period for one kind' })
export class CollectionByKindObject extends CollectedAmountObject {
  @Field() kindTh!: string;
  @Field(() => Int) payments!: number;
}

@ObjectType('CollectionMonth', { description: 'Money paid in one month (Asia/Bangkok day of payment), by kind' })
export class CollectionMonthObject {
  @Field({ description: 'YYYY-MM (CE)' }) month!: string;
  @Field({ description: 'The month in Thai, Buddhist Era' }) monthTh!: string;
  @Field(() => [CollectedAmountObject]) amounts!: CollectedAmountObject[];
  @Field() total!: string;
}

@ObjectType('Collection', { description: 'การจัดเก็บรายได้: money actually paid in the period, by kind and by month of payment' })
export class CollectionObject {
  @Field(() => [CollectionByKindObject]) byKind!: CollectionByKindObject[];
  @Field(() => [CollectionMonthObject], { description: 'Every month of the period begun so far' }) months!: CollectionMonthObject[];
  @Field(() => Int) payments!: number;
  @Field() total!: string;
}

@ObjectType('OutstandingBill', { description: 'ค้างชำระ: a return of the period billed and not paid in full' })
export class OutstandingBillObject {
  @Field(() => ID) returnId!: string;
  @Field(() => Int) businessNo!: number;
  @Field() businessName!: string;
  @Field(() => LevyKindEnum) kind!: ReturnKind;
  @Field() period!: string;
  @Field() periodTh!: string;
  @Field(() => LocalDate) dueOn!: string;
  @Field() dueOnTh!: string;
  @Field(() => String, { nullable: true }) lastRef1!: string | null;
  @Field(() => String, { nullable: true }) lastRef2!: string | null;
  @Field({ description: 'Every bill issued, baht' }) billed!: string;
  @Field({ description: 'Every payment matched, baht' }) paid!: string;
  @Field() outstanding!: string;
  @Field(() => Int, { description: 'Days past the due day, as of the report day (0 when not yet due)' }) daysOverdue!: number;
}

@ObjectType('NonFiler', { description: 'A registered business with no return of one of its levies for a month' })
export class NonFilerObject {
  @Field() period!: string;
  @Field() periodTh!: string;
  @Field(() => Int) businessNo!: number;
  @Field() businessName!: string;
  @Field(() => LevyKindEnum) kind!: ReturnKind;
}

export const NonFilerConnection = connectionOf(NonFilerObject, 'NonFiler', 'Non-filers of a report: by month, business and levy, a page at a time');

@ObjectType('IssuedPermit', { description: 'A leaflet permit issued in the period' })
export class IssuedPermitObject {
  @Field(() => ID) permitId!: string;
  @Field({ description: 'เลขที่ใบอนุญาต n/ปีงบประมาณ' }) permitNumber!: string;
  @Field(() => LocalDate) issuedOn!: string;
  @Field() issuedOnTh!: string;
  @Field() applicantName!: string;
  @Field() fee!: string;
  @Field() authorityCode!: string;
  @Field() authorityNameTh!: string;
}

@ObjectType('AuthorityPermitCount', { description: 'Permits one authority of the province issued in the period' })
export class AuthorityPermitCountObject {
  @Field() authorityCode!: string;
  @Field() authorityNameTh!: string;
  @Field(() => Int) issued!: number;
  @Field({ description: 'Their fees, baht' }) fees!: string;
}

@ObjectType({ isAbstract: true })
class ReportHeadingObject {
  @Field() authorityCode!: string;
  @Field() authorityNameTh!: string;
  @Field({ description: 'The period as the downloads name it, Buddhist Era: 2569 or 2568-09' }) period!: string;
  @Field({ description: 'ปีงบประมาณ พ.ศ. 2569 or เดือนกันยายน 2568' }) periodTh!: string;
  @Field({ description: 'First month, YYYY-MM (CE)' }) from!: string;
  @Field({ description: 'Last month, YYYY-MM (CE)' }) to!: string;
  @Field(() => LocalDate, { description: 'The day (Asia/Bangkok) the figures stand at' }) asOf!: string;
  @Field() asOfTh!: string;
  @Field(() => MediationReportDownloadsObject) downloads!: MediationReportDownloadsObject;
  @Field(() => CollectionObject) collection!: CollectionObject;
  /** Every non-filer of the period; the API answers a page of them (non-filers.resolver.ts). */
  nonFilers!: NonFilerObject[];
  @Field(() => [IssuedPermitObject]) permitsIssued!: IssuedPermitObject[];
}

@ObjectType('LocalAuthorityReport', { description: 'รายงานการจัดเก็บรายได้ของ อปท.: one authority for a fiscal year or a month' })
export class LocalAuthorityReportObject extends ReportHeadingObject {
  @Field({ description: 'A PAO (levies, bills, non-filers) or an issuer of leaflet permits' }) pao!: boolean;
  @Field(() => [OutstandingBillObject], { description: 'The longest overdue first' }) outstanding!: OutstandingBillObject[];
  @Field() outstandingTotal!: string;
}

@ObjectType('LocalProvinceReport', { description: "A PAO's province-wide report: its collection and non-filers, every authority's permits" })
export class LocalProvinceReportObject extends ReportHeadingObject {
  @Field() provinceCode!: string;
  @Field(() => [AuthorityPermitCountObject]) permitsByAuthority!: AuthorityPermitCountObject[];
}
