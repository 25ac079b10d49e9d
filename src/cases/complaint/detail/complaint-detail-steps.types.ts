import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SubdistrictObject } from '../../../geography/geography.types.js';
import type { CloseReason } from '../complaint.events.js';
import { AssigneeKindEnum, CloseReasonEnum } from '../vocabulary/complaint.enums.js';
import { HoldingOffice } from '../complaint.types.js';

/** What was done on a complaint since its receipt, each step with when it was recorded and the office that acted. */

@ObjectType('ComplaintDetailAssignee', { description: 'A tambon team (ชปต.) of a subdistrict, or a named agency' })
export class ComplaintDetailAssigneeObject {
  @Field(() => AssigneeKindEnum) kind!: 'TAMBON_TEAM' | 'AGENCY';
  @Field(() => SubdistrictObject, { nullable: true, description: 'The team\'s subdistrict' }) subdistrict!: SubdistrictObject | null;
  @Field(() => String, { nullable: true, description: 'The agency' }) name!: string | null;
}

@ObjectType('ComplaintAssignment', { description: 'An assignment; a later one replaces it' })
export class ComplaintAssignmentObject {
  @Field() at!: Date;
  @Field(() => HoldingOffice) by!: HoldingOffice;
  @Field(() => ComplaintDetailAssigneeObject) assignee!: ComplaintDetailAssigneeObject;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ComplaintProgressNote', { description: 'What the team or agency has done' })
export class ComplaintProgressNoteObject {
  @Field() at!: Date;
  @Field(() => HoldingOffice) by!: HoldingOffice;
  @Field() note!: string;
}

@ObjectType('ComplaintForward', { description: 'ส่งต่อ: the complaint passed from one office to another' })
export class ComplaintForwardObject {
  @Field() at!: Date;
  @Field(() => HoldingOffice) from!: HoldingOffice;
  @Field(() => HoldingOffice) to!: HoldingOffice;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ComplaintResolution', { description: 'The result that resolved the complaint' })
export class ComplaintResolutionObject {
  @Field() result!: string;
  @Field() at!: Date;
  @Field(() => HoldingOffice) by!: HoldingOffice;
}

@ObjectType('ComplaintClosure', { description: 'ยุติเรื่อง: why the complaint was closed' })
export class ComplaintClosureObject {
  @Field(() => CloseReasonEnum) reason!: CloseReason;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true, description: 'Set when closed as a DUPLICATE' }) duplicateOf!: string | null;
  @Field() at!: Date;
  @Field(() => HoldingOffice) by!: HoldingOffice;
}

@ObjectType('ComplaintReopening', { description: 'A resolved or closed complaint opened again' })
export class ComplaintReopeningObject {
  @Field() at!: Date;
  @Field(() => HoldingOffice) by!: HoldingOffice;
  @Field() reason!: string;
}
