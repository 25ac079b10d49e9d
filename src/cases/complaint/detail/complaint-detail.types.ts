import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DistrictObject, ProvinceObject, SubdistrictObject } from '../../../geography/geography.types.js';
import { personalData } from '../../../identity/read-log/personal-data-reads.js';
import type { ComplaintAction } from '../lifecycle/complaint-actions.js';
import type { CloseReason, ComplaintChannel, ComplaintStatus, PartyKind } from '../complaint.events.js';
import { CloseReasonEnum, ComplaintActionEnum, ComplaintChannelEnum, ComplaintStatusEnum, PartyKindEnum } from '../vocabulary/complaint.enums.js';
import { HoldingOffice, PossibleDuplicate } from '../complaint.types.js';
import { ComplaintDocumentObject } from '../documents/complaint-documents.types.js';
import {
  ComplaintAssignmentObject, ComplaintClosureObject, ComplaintDetailAssigneeObject, ComplaintForwardObject,
  ComplaintProgressNoteObject, ComplaintReopeningObject, ComplaintResolutionObject,
} from './complaint-detail-steps.types.js';

/** A complaint read back whole (complaintDetail): the people, what it is about, where, and every step since. */

/** Reads of the people, the description and the free text are logged, by field (personal-data-reads.ts). */
const personal = (within?: readonly string[]) => [personalData<ComplaintDetailObject>('complaint', (c) => c.complaintId, within)];

@ObjectType('ComplaintAddress', { description: 'An address with the codes and names of its subdistrict, district and province' })
export class ComplaintAddressObject {
  @Field() line!: string;
  @Field(() => SubdistrictObject) subdistrict!: SubdistrictObject;
  @Field(() => DistrictObject) district!: DistrictObject;
  @Field(() => ProvinceObject) province!: ProvinceObject;
}

@ObjectType('ComplaintComplainant', { description: 'ผู้ร้อง; an anonymous complainant has nothing else' })
export class ComplaintComplainantObject {
  @Field() anonymous!: boolean;
  @Field(() => String, { nullable: true }) citizenId!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => ComplaintAddressObject, { nullable: true }) address!: ComplaintAddressObject | null;
}

@ObjectType('ComplaintAccused', { description: 'ผู้ถูกร้องเรียน: the party complained about' })
export class ComplaintAccusedObject {
  @Field(() => PartyKindEnum) kind!: PartyKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) position!: string | null;
  @Field(() => String, { nullable: true }) agency!: string | null;
}

@ObjectType('ComplaintDetailCategory', { description: 'Main and sub category with their names; OTHER has the sub category written in' })
export class ComplaintDetailCategoryObject {
  @Field() mainCode!: string;
  @Field() mainNameTh!: string;
  @Field() mainNameEn!: string;
  @Field(() => String, { nullable: true }) subCode!: string | null;
  @Field(() => String, { nullable: true }) subNameTh!: string | null;
  @Field(() => String, { nullable: true }) subNameEn!: string | null;
  @Field(() => String, { nullable: true }) otherText!: string | null;
}

@ObjectType('ComplaintDetailLocation', { description: 'Where it happened' })
export class ComplaintDetailLocationObject {
  @Field(() => SubdistrictObject) subdistrict!: SubdistrictObject;
  @Field(() => DistrictObject) district!: DistrictObject;
  @Field(() => ProvinceObject) province!: ProvinceObject;
  @Field(() => Float, { nullable: true }) lat!: number | null;
  @Field(() => Float, { nullable: true }) lng!: number | null;
}

@ObjectType('ComplaintDetail', { description: 'A complaint read back whole from its events: the people, the subject and every step since' })
export class ComplaintDetailObject {
  @Field(() => ID) complaintId!: string;
  @Field({ description: 'Public follow-up code, XXXX-XXXX-XXX' }) trackingCode!: string;
  @Field(() => Int, { description: 'Number of events in the complaint stream' }) version!: number;
  @Field(() => ComplaintStatusEnum) status!: ComplaintStatus;
  @Field(() => ComplaintChannelEnum) channel!: ComplaintChannel;
  @Field({ description: 'When the office took the complaint (a paper one keeps its own date)' }) receivedAt!: Date;
  @Field({ description: 'When the receipt was recorded' }) recordedAt!: Date;
  @Field(() => HoldingOffice, { description: 'The office that received it' }) receivedBy!: HoldingOffice;
  @Field(() => HoldingOffice, { description: 'The office handling it now' }) owningOffice!: HoldingOffice;
  @Field() subject!: string;
  @Field({ middleware: personal() }) description!: string;
  @Field(() => ComplaintDetailCategoryObject) category!: ComplaintDetailCategoryObject;
  @Field(() => ComplaintComplainantObject, { middleware: personal() }) complainant!: ComplaintComplainantObject;
  @Field(() => ComplaintAccusedObject, { nullable: true, middleware: personal() }) accused!: ComplaintAccusedObject | null;
  @Field(() => ComplaintDetailLocationObject) location!: ComplaintDetailLocationObject;
  @Field(() => ComplaintDetailAssigneeObject, { nullable: true, description: 'The team or agency now' })
  assignee!: ComplaintDetailAssigneeObject | null;
  @Field(() => [ComplaintAssignmentObject], { middleware: personal(['note']) }) assignments!: ComplaintAssignmentObject[];
  @Field(() => [ComplaintProgressNoteObject], { middleware: personal(['note']) }) progressNotes!: ComplaintProgressNoteObject[];
  @Field(() => [ComplaintForwardObject], { middleware: personal(['note']) }) forwards!: ComplaintForwardObject[];
  @Field(() => ComplaintResolutionObject, { nullable: true, description: 'The result, while resolved or closed', middleware: personal(['result']) })
  resolution!: ComplaintResolutionObject | null;
  @Field(() => ComplaintClosureObject, { nullable: true, description: 'Set while closed', middleware: personal(['note']) })
  closing!: ComplaintClosureObject | null;
  @Field(() => [ComplaintReopeningObject], { middleware: personal(['reason']) }) reopenings!: ComplaintReopeningObject[];
  @Field(() => ID, { nullable: true, description: 'The complaint this one was marked a duplicate of' }) duplicateOf!: string | null;
  @Field(() => [PossibleDuplicate], { description: 'What the duplicate check found at receipt' }) possibleDuplicates!: PossibleDuplicate[];
  @Field(() => [ComplaintDocumentObject], {
    description: 'The scanned documents, in the order attached, with their OCR text', middleware: personal(['fileName', 'pageTexts']),
  })
  documents!: ComplaintDocumentObject[];
  @Field({ description: 'When the latest event was recorded' }) lastEventAt!: Date;
  @Field(() => [ComplaintActionEnum], {
    description: 'What the signed-in account may do to it now, as the rules stand for its office (none for an account that does not work cases)',
  })
  allowedActions!: ComplaintAction[];
  @Field(() => [CloseReasonEnum], { description: 'The reasons it may close the complaint with now (empty unless CLOSE is allowed)' })
  allowedCloseReasons!: CloseReason[];
}
