import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseUnreadableError } from '../../eventstore/command.errors.js';
import { HISTORY_READER, type HistoryReader } from '../../eventstore/history-reader.js';
import { CurrentStaff, Requires } from '../../identity/staff-access.decorators.js';
import { coversOffice, mayWorkCases } from '../../identity/staff-authority.js';
import type { SignedInStaff } from '../../identity/staff-context.js';
import { foldRecorded } from '../../shared/decider.js';
import { complaintErrors } from './complaint-errors.js';
import type { Office } from './complaint-office.js';
import type { ComplaintState } from './complaint-state.js';
import { complaintDecider } from './complaint.decider.js';
import type { CloseReason } from './complaint.events.js';
import {
  ComplaintCommandHandlers, complaintStreamId, type ComplaintResult, type LaterDetails,
} from './complaint.command-handlers.js';
import {
  AssigneeInput, CloseReasonEnum, Complaint, ComplaintChange, ComplaintHistoryEntry, ComplaintReceipt, OfficeInput,
  ReceiveComplaintInput, toPossibleDuplicate,
} from './complaint.types.js';
import { formatTrackingCode } from './tracking-code.js';

const COMMAND_ID = {
  type: () => String, nullable: true,
  description: 'Client id of this command: sending it again stores nothing new and answers the first result',
};
const ID_ARG = { type: () => ID };

/**
 * The complaint workflow: one mutation per command, sent by an account that works cases for its own office
 * (the acting office), and a complaint's recorded history. A complaint owned outside the account's area reads
 * as not found.
 */
@Resolver(() => Complaint)
export class ComplaintResolver {
  constructor(
    @Inject(ComplaintCommandHandlers) private readonly handlers: ComplaintCommandHandlers,
    @Inject(HISTORY_READER) private readonly history: HistoryReader,
  ) {}

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintReceipt, { description: 'รับเรื่องร้องเรียนร้องทุกข์: the acting office receives and owns it' })
  async receiveComplaint(
    @CurrentStaff() staff: SignedInStaff,
    @Args('input', { type: () => ReceiveComplaintInput }) input: ReceiveComplaintInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintReceipt> {
    const result = await this.handlers.receive(staff, input, commandId);
    const received = result.events.find((e) => e.type === 'ComplaintReceived');
    const found = received?.type === 'ComplaintReceived' ? received.data.possibleDuplicates : [];
    return { ...toChange(result), possibleDuplicates: found.map(toPossibleDuplicate) };
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'Assigns a tambon team (ชปต.) of the owning district, or an agency' })
  assignComplaint(
    @CurrentStaff() staff: SignedInStaff,
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('assignee', { type: () => AssigneeInput }) assignee: AssigneeInput,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    const parsed = assignee.kind === 'AGENCY'
      ? { kind: 'AGENCY' as const, name: assignee.name ?? '' }
      : { kind: 'TAMBON_TEAM' as const, subdistrictCode: assignee.subdistrictCode ?? '' };
    return this.act(staff, complaintId, { type: 'AssignComplaint', assignee: parsed, note }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'Records what the team or agency has done' })
  recordComplaintProgress(
    @CurrentStaff() staff: SignedInStaff,
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('note') note: string,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(staff, complaintId, { type: 'RecordComplaintProgress', note }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'ส่งต่อ: another district, a province or the central centre owns it from now on' })
  forwardComplaint(
    @CurrentStaff() staff: SignedInStaff,
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('to', { type: () => OfficeInput }) to: OfficeInput,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(staff, complaintId, { type: 'ForwardComplaint', to, note }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'Records the result that resolves the complaint' })
  resolveComplaint(
    @CurrentStaff() staff: SignedInStaff,
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('result') result: string,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(staff, complaintId, { type: 'ResolveComplaint', result }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'ยุติเรื่อง; UNRESOLVABLE needs a note, DUPLICATE a duplicate mark' })
  closeComplaint(
    @CurrentStaff() staff: SignedInStaff,
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('reason', { type: () => CloseReasonEnum }) reason: CloseReason,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(staff, complaintId, { type: 'CloseComplaint', reason, note }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'Opens a resolved or closed complaint again' })
  reopenComplaint(
    @CurrentStaff() staff: SignedInStaff,
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('reason') reason: string,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(staff, complaintId, { type: 'ReopenComplaint', reason }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, {
    description: 'Confirms the complaint duplicates another one of your area: by its owning office, or by the province '
      + 'or centre over it (which links complaints of two districts); one outside your area is COMPLAINT_NOT_FOUND',
  })
  markComplaintDuplicate(
    @CurrentStaff() staff: SignedInStaff,
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('duplicateOf', ID_ARG) duplicateOf: string,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(staff, complaintId, { type: 'MarkComplaintDuplicate', duplicateOf }, commandId);
  }

  @Query(() => [ComplaintHistoryEntry], {
    description: "The full recorded history of a complaint your area owns (after a forward: the receiving office's), oldest first; CASE_UNREADABLE when an event cannot be read",
  })
  async complaintHistory(@CurrentStaff() staff: SignedInStaff, @Args('id', ID_ARG) id: string): Promise<ComplaintHistoryEntry[]> {
    const streamId = complaintStreamId(id);
    const events = await this.history.readStream(streamId);
    const { state, unreadableAt } = foldRecorded(complaintDecider, events);
    if (state.status === null || !coversOffice(staff, { kind: state.owningOffice.level, code: state.owningOffice.code })) {
      throw complaintErrors.notFound();
    }
    if (unreadableAt !== undefined) throw new CaseUnreadableError(streamId, unreadableAt);
    return events.map((e) => {
      const data = e.data as { at: string; by: Office };
      return {
        type: e.type, version: e.version, at: new Date(data.at), recordedAt: e.recordedAt, by: data.by, streamId: e.streamId,
        actor: e.metadata.actor, commandId: e.metadata.commandId, data: JSON.stringify(e.data),
      };
    });
  }

  private async act(staff: SignedInStaff, complaintId: string, details: LaterDetails, commandId?: string | null) {
    return toChange(await this.handlers.act(staff, complaintId, details, commandId));
  }
}

function toChange(result: ComplaintResult): ComplaintChange {
  return { complaint: toComplaint(result.state), version: result.version, alreadyHandled: result.alreadyHandled };
}

function toComplaint(state: ComplaintState): Complaint {
  if (state.status === null) throw complaintErrors.notFound();
  return {
    complaintId: state.complaintId,
    trackingCode: formatTrackingCode(state.trackingCode),
    status: state.status,
    owningOffice: state.owningOffice,
    receivedAt: new Date(state.receivedAt),
    subdistrictCode: state.subdistrictCode,
    districtCode: state.districtCode,
    provinceCode: state.provinceCode,
    categoryMain: state.category.mainCode,
    categorySub: state.category.subCode,
    categoryOtherText: state.category.otherText,
    assignee: state.assignee && {
      kind: state.assignee.kind,
      subdistrictCode: state.assignee.kind === 'TAMBON_TEAM' ? state.assignee.subdistrictCode : null,
      name: state.assignee.kind === 'AGENCY' ? state.assignee.name : null,
    },
    resolution: state.resolution,
    closedReason: state.closedReason,
    duplicateOf: state.duplicateOf,
  };
}
