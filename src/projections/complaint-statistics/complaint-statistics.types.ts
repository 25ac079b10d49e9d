import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ComplaintStatusEnum } from '../../cases/complaint/vocabulary/complaint.enums.js';
import type { ComplaintStatus } from '../../cases/complaint/complaint.events.js';
import { enumType, storedEnumType } from '../../graphql/enum-type.js';
import type { MapFeatureKind } from './complaint-map.query.js';
import type { Dimension } from './complaint-statistics.query.js';

export const DimensionEnum = enumType<Dimension>('ComplaintStatisticsDimension', 'What statistics rows are split by', {
  MONTH: 'รายเดือน — by the Bangkok month the complaints were received',
  PROVINCE: 'รายจังหวัด — by the province of the office holding them',
  DISTRICT: 'รายอำเภอ — by the district office holding them (brings PROVINCE)',
  CATEGORY: 'รายประเภทเรื่อง — by main category',
});

const MapFeatureKindEnum = storedEnumType('ComplaintMapFeatureKind', 'What a feature of the complaint map shows', {
  COMPLAINT: ['complaint', 'เรื่องร้องเรียน — one complaint at its map point'],
  DISTRICT: ['district', 'ศูนย์ดำรงธรรมอำเภอ — the count of a district office'],
  PROVINCE: ['province', 'ศูนย์ดำรงธรรมจังหวัด — the count of a province office'],
  CENTRAL: ['central', 'ศูนย์ดำรงธรรมส่วนกลาง — the count of the central centre'],
});

const SOLVED = 'แก้ไขปัญหาได้ (solved): of those, resolved and not yet closed, or closed as RESOLVED';
const SET_ASIDE = 'ไม่นับเป็นฐาน (set aside): of those, closed as DUPLICATE or WITHDRAWN, left out of the rate\'s base';
const NOT_COUNTED = '; null for a month frozen before it was counted (migration 134)';

@ObjectType({ isAbstract: true })
class FiguresObject {
  @Field(() => Int, { description: 'Complaints received' }) received!: number;
  @Field(() => Int, { description: 'Of those, received, assigned or in progress now' }) inProgress!: number;
  @Field(() => Int, { description: 'Of those, resolved and not yet closed' }) resolved!: number;
  @Field(() => Int, { description: 'Of those, closed, for any reason' }) closed!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'ร้อยละของการแก้ไขปัญหาเรื่องราวร้องเรียนร้องทุกข์: solved, % of received less set aside (closed as '
      + 'UNRESOLVABLE counts as unsolved), two decimals; null when that base is 0 or, for a month end, frozen before '
      + 'solved was counted (migration 134)',
  })
  resolutionRatePercent!: number | null;
  @Field(() => Float, { description: 'ค่าเป้าหมายตัวชี้วัด (the indicator target): 80%' }) targetPercent!: number;
  @Field(() => Boolean, { nullable: true, description: 'True when the rate reaches the target; null without a rate' }) meetsTarget!: boolean | null;
}

@ObjectType('ComplaintStatisticsRow', { description: 'Complaints received in the months, by the office holding them and where they stand now' })
export class ComplaintStatisticsRow extends FiguresObject {
  @Field(() => String, { nullable: true, description: 'YYYY-MM, when split by month' }) month!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. มกราคม 2568' }) monthTh!: string | null;
  @Field(() => String, { nullable: true, description: 'Province of the office holding them, when split by province; null for the central centre' })
  provinceCode!: string | null;
  @Field(() => String, { nullable: true }) provinceNameTh!: string | null;
  @Field(() => String, { nullable: true, description: 'District office holding them, when split by district; null for a province office or the centre' })
  districtCode!: string | null;
  @Field(() => String, { nullable: true }) districtNameTh!: string | null;
  @Field(() => String, { nullable: true, description: 'Main category code' }) category!: string | null;
  @Field(() => Int, { description: SOLVED }) solved!: number;
  @Field(() => Int, { description: SET_ASIDE }) setAside!: number;
}

@ObjectType('ComplaintMonthEndRow', {
  description: 'สถิติ ณ วันสิ้นเดือน: an office\'s fiscal-year-to-date figures, frozen when the month ended',
})
export class ComplaintMonthEndRow extends FiguresObject {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field() monthTh!: string;
  @Field(() => String, { nullable: true, description: 'Province of the office; null for the central centre' }) provinceCode!: string | null;
  @Field(() => String, { nullable: true, description: 'District office; null for a province office or the centre' })
  districtCode!: string | null;
  @Field(() => String, { nullable: true }) districtNameTh!: string | null;
  @Field() category!: string;
  @Field(() => Int, { description: 'Received in the month itself' }) receivedInMonth!: number;
  @Field(() => Int, { nullable: true, description: SOLVED + NOT_COUNTED }) solved!: number | null;
  @Field(() => Int, { nullable: true, description: SET_ASIDE + NOT_COUNTED }) setAside!: number | null;
  @Field({ description: 'When the figures were frozen' }) frozenAt!: Date;
}

@ObjectType('ComplaintMonthEndCorrection', {
  description: 'รายการแก้ไข: complaints received in an earlier month (already frozen) but keyed in after the month before this '
    + 'month end was frozen, so in no month end yet: listed here, by the month they change, never added to its frozen figures',
})
export class ComplaintMonthEndCorrectionRow extends FiguresObject {
  @Field({ description: 'YYYY-MM: the month end listing the correction' }) month!: string;
  @Field() monthTh!: string;
  @Field({ description: 'YYYY-MM: the month the complaints were received in, whose month-end figures they change' })
  correctedMonth!: string;
  @Field() correctedMonthTh!: string;
  @Field(() => String, { nullable: true, description: 'Province of the office; null for the central centre' }) provinceCode!: string | null;
  @Field(() => String, { nullable: true, description: 'District office; null for a province office or the centre' })
  districtCode!: string | null;
  @Field(() => String, { nullable: true }) districtNameTh!: string | null;
  @Field() category!: string;
  @Field(() => Int, { description: SOLVED }) solved!: number;
  @Field(() => Int, { description: SET_ASIDE }) setAside!: number;
}

@ObjectType('GeoJsonPoint')
export class GeoJsonPoint {
  @Field({ description: 'Point' }) type!: string;
  @Field(() => [Float], { description: '[longitude, latitude], WGS 84' }) coordinates!: number[];
}

@ObjectType('ComplaintMapProperties')
export class ComplaintMapProperties {
  @Field(() => MapFeatureKindEnum) kind!: MapFeatureKind;
  @Field(() => String, { nullable: true, description: 'District office holding it; null for a province office or the centre' })
  districtCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Province of the office holding it; null for the centre' }) provinceCode!: string | null;
  @Field(() => String, { nullable: true }) districtNameTh!: string | null;
  @Field(() => ID, { nullable: true }) complaintId!: string | null;
  @Field(() => ComplaintStatusEnum, { nullable: true }) status!: ComplaintStatus | null;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => Int, { nullable: true, description: 'Complaints the office holds, with or without a map point' }) count!: number | null;
}

@ObjectType('ComplaintMapFeature')
export class ComplaintMapFeature {
  @Field({ description: 'Feature' }) type!: string;
  @Field(() => GeoJsonPoint, { nullable: true }) geometry!: GeoJsonPoint | null;
  @Field(() => ComplaintMapProperties) properties!: ComplaintMapProperties;
}

@ObjectType('ComplaintMap', { description: 'A GeoJSON FeatureCollection: the holding offices\' counts, then complaint points' })
export class ComplaintMapObject {
  @Field({ description: 'FeatureCollection' }) type!: string;
  @Field(() => [ComplaintMapFeature]) features!: ComplaintMapFeature[];
}
