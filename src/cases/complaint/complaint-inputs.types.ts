import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../graphql/command-input.js';
import type { OfficeLevel } from './complaint-office.js';
import { AssigneeKindEnum, CloseReasonEnum, ComplaintChannelEnum, OfficeLevelEnum, PartyKindEnum } from './vocabulary/complaint.enums.js';
import type { Assignee, CloseReason, ComplaintChannel, PartyKind } from './complaint.events.js';

/** The inputs of the complaint mutations, one each; the decider checks every value and names the field it refuses. */

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
export class ReceiveComplaintInput extends CommandInput {
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
  @Field(() => AssigneeKindEnum) kind!: Assignee['kind'];
  @Field(() => String, { nullable: true }) subdistrictCode?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
}

/** A command on a received complaint: which one, and the client's command id. */
@InputType({ isAbstract: true })
export abstract class ComplaintCommandInput extends CommandInput {
  @Field(() => ID, { description: 'The complaint' }) complaintId!: string;
}

@InputType({ description: 'มอบหมาย: a tambon team (ชปต.) of the owning district, or an agency' })
export class AssignComplaintInput extends ComplaintCommandInput {
  @Field(() => AssigneeInput) assignee!: AssigneeInput;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'What the team or agency has done' })
export class RecordComplaintProgressInput extends ComplaintCommandInput {
  @Field() note!: string;
}

@InputType({ description: 'ส่งต่อ: the office that owns it from now on' })
export class ForwardComplaintInput extends ComplaintCommandInput {
  @Field(() => OfficeInput) to!: OfficeInput;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'The result that resolves the complaint' })
export class ResolveComplaintInput extends ComplaintCommandInput {
  @Field() result!: string;
}

@InputType({ description: 'ยุติเรื่อง: UNRESOLVABLE needs a note, DUPLICATE a duplicate mark' })
export class CloseComplaintInput extends ComplaintCommandInput {
  @Field(() => CloseReasonEnum) reason!: CloseReason;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'Why a resolved or closed complaint is opened again' })
export class ReopenComplaintInput extends ComplaintCommandInput {
  @Field() reason!: string;
}

@InputType({ description: 'The complaint of your area this one duplicates' })
export class MarkComplaintDuplicateInput extends ComplaintCommandInput {
  @Field(() => ID) duplicateOf!: string;
}

@InputType({ description: 'What the duplicate check compares of a complaint not yet received, as typed so far' })
export class ComplaintDuplicateCheckInput {
  @Field(() => String, { nullable: true, description: "The complainant's citizen id (none when anonymous); Thai digits and dashes accepted" })
  citizenId?: string | null;
  @Field(() => String, { nullable: true, description: 'The name of the party complained about' }) accusedName?: string | null;
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => String, { nullable: true, description: 'As receiveComplaint takes it; none for now' }) receivedAt?: string | null;
}
