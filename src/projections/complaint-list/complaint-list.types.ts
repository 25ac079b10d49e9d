import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  AssigneeKindEnum, CloseReasonEnum, ComplaintChannelEnum, ComplaintStatusEnum, DuplicateReasonEnum, OfficeLevelEnum,
} from '../../cases/complaint/vocabulary/complaint.enums.js';
import type {
  Assignee, CloseReason, ComplaintChannel, ComplaintStatus, DuplicateReason,
} from '../../cases/complaint/complaint.events.js';
import { connectionOf } from '../../graphql/connection.types.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { personalData } from '../../identity/read-log/personal-data-reads.js';
import type { OfficeLevel } from './complaint-list.query.js';
import { enumType } from '../../graphql/enum-type.js';
import type { AssigneeFilterKind } from './complaint-list.assignee-filter.js';

export const AssigneeFilterKindEnum = enumType<AssigneeFilterKind>('AssigneeFilterKind', 'ผู้รับผิดชอบ in the complaint filter', {
  TAMBON_TEAM: 'ชุดปฏิบัติการประจำตำบล (ชปต.) — assigned to a tambon team',
  AGENCY: 'หน่วยงาน — assigned to an agency',
  UNASSIGNED: 'ยังไม่มอบหมาย — assigned to nobody yet',
});

@ObjectType('ComplaintOffice', { description: 'An office of the Damrongdhama network' })
export class ComplaintOfficeView {
  @Field(() => OfficeLevelEnum) level!: OfficeLevel;
  @Field({ description: '4-digit district code, 2-digit province code, or CENTRAL' }) code!: string;
  @Field({ description: 'e.g. ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี จังหวัดราชบุรี' }) nameTh!: string;
}

@ObjectType('ComplaintPlace', { description: 'Where the complaint happened' })
export class ComplaintPlaceView {
  @Field() subdistrictCode!: string;
  @Field() districtCode!: string;
  @Field() provinceCode!: string;
  @Field(() => Float, { nullable: true, description: 'Map point latitude (WGS 84)' }) lat!: number | null;
  @Field(() => Float, { nullable: true, description: 'Map point longitude (WGS 84)' }) lng!: number | null;
}

@ObjectType('ComplaintCategory', { description: 'Main and sub category codes; OTHER has the sub category written in' })
export class ComplaintCategoryView {
  @Field() mainCode!: string;
  @Field(() => String, { nullable: true }) subCode!: string | null;
  @Field(() => String, { nullable: true }) otherText!: string | null;
}

@ObjectType('ListedAssignee', { description: 'The tambon team (ชปต.) or agency the complaint is assigned to' })
export class ComplaintAssigneeView {
  @Field(() => AssigneeKindEnum) kind!: Assignee['kind'];
  @Field(() => String, { nullable: true }) subdistrictCode!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType('ListedDuplicate', {
  description: 'A complaint the duplicate check found at receipt: its id if the receiving office\'s area held it, else '
    + 'only the office holding it then, the day it was received and why',
})
export class ListedDuplicate {
  @Field(() => DuplicateReasonEnum) reason!: DuplicateReason;
  @Field(() => ID, { nullable: true, description: 'In the receiving office\'s area only' }) complaintId!: string | null;
  @Field(() => ComplaintOfficeView, { nullable: true, description: 'Outside that area: who held it' })
  heldBy!: ComplaintOfficeView | null;
  @Field(() => LocalDate, { nullable: true, description: 'Outside that area: the day it was received (Bangkok)' })
  since!: string | null;
  @Field(() => String, { nullable: true, description: 'The same day in Thai, Buddhist Era' }) sinceTh!: string | null;
}

@ObjectType('ComplaintListItem', { description: 'A complaint as the complaint list read model holds it' })
export class ComplaintListItem {
  @Field(() => ID) complaintId!: string;
  @Field({ description: 'Public follow-up code, XXXX-XXXX-XXX' }) trackingCode!: string;
  @Field(() => ComplaintStatusEnum) status!: ComplaintStatus;
  @Field(() => ComplaintOfficeView, { description: 'The office handling it now' }) owningOffice!: ComplaintOfficeView;
  @Field(() => ComplaintPlaceView) location!: ComplaintPlaceView;
  @Field(() => ComplaintCategoryView) category!: ComplaintCategoryView;
  @Field(() => ComplaintChannelEnum) channel!: ComplaintChannel;
  @Field() receivedAt!: Date;
  @Field() subject!: string;
  @Field(() => String, {
    nullable: true, description: 'The party complained about (a read is logged)',
    middleware: [personalData<ComplaintListItem>('complaint', (item) => item.complaintId)],
  })
  accusedName!: string | null;
  @Field(() => ComplaintAssigneeView, { nullable: true }) assignee!: ComplaintAssigneeView | null;
  @Field(() => [ListedDuplicate]) possibleDuplicates!: ListedDuplicate[];
  @Field(() => ID, { nullable: true, description: 'The complaint staff marked this one a duplicate of' })
  duplicateOf!: string | null;
  @Field(() => CloseReasonEnum, { nullable: true }) closeReason!: CloseReason | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int, { description: 'Version of the complaint stream this row reflects' }) version!: number;
  @Field({ description: 'The last change to the complaint (its newest event): its last progress' }) updatedAt!: Date;
  @Field({ description: 'Open (not resolved nor closed) with no change for more than COMPLAINT_STALE_DAYS days' })
  stale!: boolean;
}

export const ComplaintConnection = connectionOf(ComplaintListItem, 'Complaint', 'Complaints, newest received first, a page at a time');

const DAY = 'a day: YYYY-MM-DD or D/M/YYYY, CE or Buddhist Era year, Thai digits accepted';

@InputType('ComplaintFilter', { description: 'All given conditions must hold' })
export class ComplaintFilter {
  @Field(() => String, { nullable: true, description: 'District code: complaints this district office handles now' })
  district?: string | null;
  @Field(() => String, { nullable: true, description: 'Province code: complaints its province office or its districts handle now' })
  province?: string | null;
  @Field(() => OfficeLevelEnum, { nullable: true, description: 'Level of the handling office' })
  officeLevel?: OfficeLevel | null;
  @Field(() => String, { nullable: true, description: 'Main category code' }) category?: string | null;
  @Field(() => String, { nullable: true, description: 'Sub category code' }) subCategory?: string | null;
  @Field(() => ComplaintStatusEnum, { nullable: true }) status?: ComplaintStatus | null;
  @Field(() => ComplaintChannelEnum, { nullable: true }) channel?: ComplaintChannel | null;
  @Field(() => String, { nullable: true, description: `Received on or after ${DAY}` }) receivedFrom?: string | null;
  @Field(() => String, { nullable: true, description: `Received on or before ${DAY}` }) receivedTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Words in the subject or the accused name' }) text?: string | null;
  @Field(() => String, {
    nullable: true, description: 'The public follow-up code, as typed: lower case, Thai digits, spaces or dashes accepted',
  })
  trackingCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'ไม่มีความคืบหน้าเกิน N วัน: open complaints (not resolved nor closed) with no change for more than this many '
      + 'days, a whole number from 1 to 3650, Thai digits accepted',
  })
  staleForDays?: string | null;
  @Field(() => AssigneeFilterKindEnum, {
    nullable: true, description: 'ผู้รับผิดชอบ: assigned to a tambon team (any, or the one of assigneeSubdistrictCode), to an agency, or to nobody yet',
  })
  assigneeKind?: AssigneeFilterKind | null;
  @Field(() => String, {
    nullable: true, description: 'The tambon team (ชปต.) of this 6-digit subdistrict code, Thai digits accepted; implies TAMBON_TEAM',
  })
  assigneeSubdistrictCode?: string | null;
}

@ObjectType('StaleComplaintOffice', { description: 'An office holding open complaints with no change for more than the days' })
export class StaleComplaintOffice {
  @Field(() => ComplaintOfficeView) office!: ComplaintOfficeView;
  @Field(() => Int, { description: 'Its stale open complaints' }) count!: number;
  @Field({ description: 'The oldest last change among them' }) oldestUpdateAt!: Date;
}

@ObjectType('StaleComplaintCounts', { description: 'Open complaints with no progress for more than the days, per office holding them' })
export class StaleComplaintCounts {
  @Field(() => Int, { description: 'The days counted (COMPLAINT_STALE_DAYS unless asked)' }) days!: number;
  @Field({ description: 'Last changed before this instant: the service clock less the days' }) before!: Date;
  @Field(() => Int, { description: 'All offices together' }) total!: number;
  @Field(() => [StaleComplaintOffice], { description: 'Offices with any, most first' }) offices!: StaleComplaintOffice[];
}
