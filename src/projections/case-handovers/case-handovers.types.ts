import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OfficeLevelEnum } from '../../cases/complaint/vocabulary/complaint.enums.js';
import { connectionOf } from '../../graphql/connection.types.js';
import { enumType } from '../../graphql/enum-type.js';
import type { OfficeKind } from '../../identity/scope/staff-office.js';
import type { HandoverRow } from './case-handovers.projection.js';

export const CaseTypeEnum = enumType<HandoverRow['caseType']>('CaseType', 'ประเภทเรื่อง: the kind of case', {
  DEBT: 'หนี้นอกระบบ — an informal-debt case',
  COMPLAINT: 'เรื่องร้องเรียนร้องทุกข์ — a complaint',
});

const HandoverKindEnum = enumType<HandoverRow['kind']>('HandoverKind', 'How a case left an office', {
  TRANSFERRED: 'ส่งต่อ — a debt case transferred to another district',
  DISTRICT_CORRECTED: 'แก้ไขอำเภอ — a correction of a debt case\'s district',
  FORWARDED: 'ส่งต่อเรื่องร้องเรียน — a complaint forwarded to another office',
});

@ObjectType('HandoverOffice', { description: 'An office a case left or went to' })
export class HandoverOfficeObject {
  @Field(() => OfficeLevelEnum) level!: OfficeKind;
  @Field({ description: '4-digit district, 2-digit province, or CENTRAL' }) code!: string;
  @Field() nameTh!: string;
}

@ObjectType('HandedOverCase', {
  description: 'A read-only line that a case left your area: which case, when, from which office to which; nothing of the case itself',
})
export class HandedOverCaseObject {
  @Field(() => CaseTypeEnum) caseType!: HandoverRow['caseType'];
  @Field(() => ID) caseId!: string;
  @Field(() => HandoverKindEnum) kind!: HandoverRow['kind'];
  @Field() handedAt!: Date;
  @Field(() => HandoverOfficeObject) from!: HandoverOfficeObject;
  @Field(() => HandoverOfficeObject) to!: HandoverOfficeObject;
}

export const HandedOverCaseConnection = connectionOf(HandedOverCaseObject, 'HandedOverCase', 'Cases your area handed over, newest first');
