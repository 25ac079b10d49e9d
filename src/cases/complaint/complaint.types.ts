import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { POSITION_DESCRIPTION } from '../../graphql/log-position.js';
import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { centreNameTh } from '../../geography/centre-name.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { personalDataOfStream } from '../../identity/read-log/personal-data-reads.js';
import type { OfficeLevel } from './complaint-office.js';
import {
  AssigneeKindEnum, CloseReasonEnum, ComplaintStatusEnum, DuplicateReasonEnum, OfficeLevelEnum,
} from './vocabulary/complaint.enums.js';
import {
  type Assignee, type CloseReason, type ComplaintStatus, type DuplicateReason, isDuplicateInArea,
  type PossibleDuplicate as StoredDuplicate,
} from './complaint.events.js';

/** GraphQL shapes of a complaint as its stream leaves it, answered by the complaint mutations and its history. */

@ObjectType('Office')
export class OfficeRef {
  @Field(() => OfficeLevelEnum) level!: OfficeLevel;
  @Field() code!: string;
}

@ObjectType()
export class ComplaintAssignee {
  @Field(() => AssigneeKindEnum) kind!: Assignee['kind'];
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
  @Field(() => LocalDate, { nullable: true, description: 'Outside the area: the day it was received (Bangkok)' })
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
  @Field(() => ID, { nullable: true }) duplicateOf!: string | null;
}

@ObjectType({ description: 'What a complaint command did' })
export class ComplaintChange {
  @Field(() => Complaint) complaint!: Complaint;
  @Field(() => Int, { description: 'Version of the complaint stream after the command' }) version!: number;
  @Field({ description: 'True when this commandId had been handled before: nothing new was stored' })
  alreadyHandled!: boolean;
  @Field({ description: POSITION_DESCRIPTION }) position!: string;
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
  @Field(() => ID) actor!: string;
  @Field() commandId!: string;
  /** The complainant's identity and address, the accused: reads are logged against the complaint. */
  @Field({
    description: 'The event data as JSON', middleware: [personalDataOfStream()],
    deprecationReason: 'Read actedBy, typeLabelTh/typeLabelEn and changes: typed, no JSON to parse',
  })
  data!: string;
  /** The complaint's stream (not a field). */
  streamId!: string;
}
