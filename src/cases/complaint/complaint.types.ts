import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { centreNameTh } from '../../geography/centre-name.js';
import { personalDataOfStream } from '../../identity/personal-data-reads.js';
import { OFFICE_LEVELS, type OfficeLevel } from './complaint-office.js';
import {
  CLOSE_REASONS, COMPLAINT_CHANNELS, isDuplicateInArea, PARTY_KINDS, type CloseReason, type ComplaintChannel,
  type ComplaintStatus, type DuplicateReason, type PartyKind, type PossibleDuplicate as StoredDuplicate,
} from './complaint.events.js';

/** GraphQL shapes of the complaint commands and of a complaint as its stream leaves it. */
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ComplaintChannelEnum = enumOf(COMPLAINT_CHANNELS);
export const PartyKindEnum = enumOf(PARTY_KINDS);
export const CloseReasonEnum = enumOf(CLOSE_REASONS);
export const OfficeLevelEnum = enumOf(OFFICE_LEVELS);
export const ComplaintStatusEnum = enumOf<ComplaintStatus>(['RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
export const AssigneeKindEnum = enumOf(['TAMBON_TEAM', 'AGENCY'] as const);
export const DuplicateReasonEnum = enumOf<DuplicateReason>(['SAME_COMPLAINANT', 'SAME_ACCUSED_SIMILAR_SUBJECT']);

registerEnumType(ComplaintChannelEnum, { name: 'ComplaintChannel', description: 'ช่องทางการร้องเรียน' });
registerEnumType(PartyKindEnum, { name: 'PartyKind', description: 'What kind of party is complained about' });
registerEnumType(CloseReasonEnum, { name: 'CloseReason', description: 'Why a complaint is closed' });
registerEnumType(OfficeLevelEnum, { name: 'OfficeLevel', description: 'District, province or the central centre' });
registerEnumType(ComplaintStatusEnum, { name: 'ComplaintStatus' });
registerEnumType(AssigneeKindEnum, { name: 'AssigneeKind', description: 'A tambon team (ชปต.) or a named agency' });
registerEnumType(DuplicateReasonEnum, { name: 'DuplicateReason' });

@InputType({ description: 'An office of the Damrongdhama network; codes in Thai or Arabic digits' })
export class OfficeInput {
  @Field(() => OfficeLevelEnum) level!: OfficeLevel;
  @Field({ description: '4-digit district code, 2-digit province code, or CENTRAL' }) code!: string;
}

@InputType()
export class AddressInput {
  @Field() line!: string;
  @Field() subdistrictCode!: string;
  @Field() districtCode!: string;
}

@InputType({ description: 'ผู้ร้อง; an anonymous complainant gives nothing else' })
export class ComplainantInput {
  @Field() anonymous!: boolean;
  @Field(() => String, { nullable: true, description: '13 digits, Thai digits and dashes accepted' }) citizenId?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => AddressInput, { nullable: true }) address?: AddressInput | null;
}

@InputType({ description: 'Main and sub category codes; main OTHER takes the sub category as otherText' })
export class ComplaintCategoryInput {
  @Field() main!: string;
  @Field(() => String, { nullable: true }) sub?: string | null;
  @Field(() => String, { nullable: true }) otherText?: string | null;
}

@InputType()
export class MapPointInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@InputType({ description: 'Where it happened' })
export class ComplaintLocationInput {
  @Field() subdistrictCode!: string;
  @Field() districtCode!: string;
  @Field(() => MapPointInput, { nullable: true }) point?: MapPointInput | null;
}

@InputType({ description: 'ผู้ถูกร้องเรียน: the party complained about' })
export class PartyInput {
  @Field(() => PartyKindEnum) kind!: PartyKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) position?: string | null;
  @Field(() => String, { nullable: true }) agency?: string | null;
}

@InputType({ description: 'รับเรื่องร้องเรียนร้องทุกข์' })
export class ReceiveComplaintInput {
  @Field(() => ComplaintChannelEnum) channel!: ComplaintChannel;
  @Field(() => String, {
    nullable: true,
    description: 'When it was taken, if earlier (paper): an ISO instant, or a day D/M/YYYY or YYYY-MM-DD (BE accepted)',
  })
  receivedAt?: string | null;
  @Field(() => ComplainantInput) complainant!: ComplainantInput;
  @Field() subject!: string;
  @Field() description!: string;
  @Field(() => ComplaintCategoryInput) category!: ComplaintCategoryInput;
  @Field(() => ComplaintLocationInput) location!: ComplaintLocationInput;
  @Field(() => PartyInput, { nullable: true }) accused?: PartyInput | null;
}

@InputType({ description: 'TAMBON_TEAM with the subdistrict code of the team, or AGENCY with its name' })
export class AssigneeInput {
  @Field(() => AssigneeKindEnum) kind!: 'TAMBON_TEAM' | 'AGENCY';
  @Field(() => String, { nullable: true }) subdistrictCode?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@ObjectType('Office')
export class OfficeRef {
  @Field(() => OfficeLevelEnum) level!: OfficeLevel;
  @Field() code!: string;
}

@ObjectType()
export class ComplaintAssignee {
  @Field(() => AssigneeKindEnum) kind!: 'TAMBON_TEAM' | 'AGENCY';
  @Field(() => String, { nullable: true }) subdistrictCode!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType({ description: 'An office holding a complaint, with the Thai name of its Damrongdhama centre' })
export class HoldingOffice {
  @Field(() => OfficeLevelEnum) level!: OfficeLevel;
  @Field() code!: string;
  @Field({ description: 'e.g. ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี จังหวัดราชบุรี' }) nameTh!: string;
}

@ObjectType({
  description: 'A complaint the duplicate check found at receipt. In the receiving office\'s area: its id (confirm with '
    + 'markComplaintDuplicate). Elsewhere: only the office holding it, the day it was received and why; a province or '
    + 'the centre over both links them, or forward this complaint to that office',
})
export class PossibleDuplicate {
  @Field(() => DuplicateReasonEnum) reason!: DuplicateReason;
  @Field(() => ID, { nullable: true, description: 'In the receiving office\'s area only' }) complaintId!: string | null;
  @Field(() => HoldingOffice, { nullable: true, description: 'Outside the receiving office\'s area: who holds it' })
  heldBy!: HoldingOffice | null;
  @Field(() => String, { nullable: true, description: 'Outside the area: the day it was received, YYYY-MM-DD (Bangkok)' })
  since!: string | null;
  @Field(() => String, { nullable: true, description: 'The same day in Thai, Buddhist Era, e.g. 3 มิถุนายน 2567' })
  sinceTh!: string | null;
}

/** The possible duplicate as the API shows it; a stored entry of either shape (see PossibleDuplicate in the events). */
export function toPossibleDuplicate(entry: StoredDuplicate): PossibleDuplicate {
  if (isDuplicateInArea(entry)) return { reason: entry.reason, complaintId: entry.complaintId, heldBy: null, since: null, sinceTh: null };
  const { level, code } = entry.heldBy;
  return {
    reason: entry.reason, complaintId: null, heldBy: { level, code, nameTh: centreNameTh(level, code) },
    since: entry.since, sinceTh: formatThaiDate(entry.since),
  };
}

@ObjectType({ description: 'A complaint as its own events leave it (the write side, always current)' })
export class Complaint {
  @Field(() => ID) complaintId!: string;
  @Field({ description: 'Public follow-up code, XXXX-XXXX-XXX' }) trackingCode!: string;
  @Field(() => ComplaintStatusEnum) status!: ComplaintStatus;
  @Field(() => OfficeRef, { description: 'The office handling it now' }) owningOffice!: OfficeRef;
  @Field() receivedAt!: Date;
  @Field() subdistrictCode!: string;
  @Field() districtCode!: string;
  @Field() provinceCode!: string;
  @Field() categoryMain!: string;
  @Field(() => String, { nullable: true }) categorySub!: string | null;
  @Field(() => String, { nullable: true }) categoryOtherText!: string | null;
  @Field(() => ComplaintAssignee, { nullable: true }) assignee!: ComplaintAssignee | null;
  @Field(() => String, { nullable: true, description: 'The result, while resolved or closed' }) resolution!: string | null;
  @Field(() => CloseReasonEnum, { nullable: true }) closedReason!: CloseReason | null;
  @Field(() => String, { nullable: true }) duplicateOf!: string | null;
}

@ObjectType({ description: 'What a complaint command did' })
export class ComplaintChange {
  @Field(() => Complaint) complaint!: Complaint;
  @Field(() => Int, { description: 'Version of the complaint stream after the command' }) version!: number;
  @Field({ description: 'True when this commandId had been handled before: nothing new was stored' })
  alreadyHandled!: boolean;
}

@ObjectType({ description: 'A received complaint with the possible duplicates found across the country' })
export class ComplaintReceipt extends ComplaintChange {
  @Field(() => [PossibleDuplicate]) possibleDuplicates!: PossibleDuplicate[];
}

@ObjectType({ description: 'One event of a complaint, as recorded' })
export class ComplaintHistoryEntry {
  @Field({ description: 'e.g. ComplaintForwarded' }) type!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'When the server recorded the command' }) at!: Date;
  @Field() recordedAt!: Date;
  @Field(() => OfficeRef, { description: 'The office that acted' }) by!: OfficeRef;
  @Field() actor!: string;
  @Field() commandId!: string;
  /** The complainant's identity and address, the accused: reads are logged against the complaint. */
  @Field({ description: 'The event data as JSON', middleware: [personalDataOfStream()] }) data!: string;
  /** The complaint's stream (not a field). */
  streamId!: string;
}
