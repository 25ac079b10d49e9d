import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { complaintErrors } from './complaint-errors.js';
import type { Office } from './complaint-office.js';
import type { ComplaintState } from './complaint-state.js';
import type { CloseReason } from './complaint.events.js';
import {
  ComplaintCommandHandlers, complaintStreamId, type ComplaintResult, type LaterDetails,
} from './complaint.command-handlers.js';
import {
  AssigneeInput, CloseReasonEnum, Complaint, ComplaintChange, ComplaintHistoryEntry, ComplaintReceipt, OfficeInput,
  ReceiveComplaintInput,
} from './complaint.types.js';
import { formatTrackingCode } from './tracking-code.js';

const ACTING = { type: () => OfficeInput, description: 'The office of the staff member (until sign-in exists)' };
const COMMAND_ID = {
  type: () => String, nullable: true,
  description: 'Client id of this command: sending it again stores nothing new and answers the first result',
};
const ID_ARG = { type: () => ID };

/** The complaint workflow: one mutation per command, and a complaint's recorded history. */
@Resolver(() => Complaint)
export class ComplaintResolver {
  constructor(
    @Inject(ComplaintCommandHandlers) private readonly handlers: ComplaintCommandHandlers,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Mutation(() => ComplaintReceipt, { description: 'รับเรื่องร้องเรียนร้องทุกข์: the acting office receives and owns it' })
  async receiveComplaint(
    @Args('input', { type: () => ReceiveComplaintInput }) input: ReceiveComplaintInput,
    @Args('actingOffice', ACTING) actingOffice: OfficeInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintReceipt> {
    const result = await this.handlers.receive(input, actingOffice, commandId);
    const received = result.events.find((e) => e.type === 'ComplaintReceived');
    return { ...toChange(result), possibleDuplicates: received?.type === 'ComplaintReceived' ? received.data.possibleDuplicates : [] };
  }

  @Mutation(() => ComplaintChange, { description: 'Assigns a tambon team (ชปต.) of the owning district, or an agency' })
  assignComplaint(
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('assignee', { type: () => AssigneeInput }) assignee: AssigneeInput,
    @Args('actingOffice', ACTING) actingOffice: OfficeInput,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    const parsed = assignee.kind === 'AGENCY'
      ? { kind: 'AGENCY' as const, name: assignee.name ?? '' }
      : { kind: 'TAMBON_TEAM' as const, subdistrictCode: assignee.subdistrictCode ?? '' };
    return this.act(complaintId, { type: 'AssignComplaint', assignee: parsed, note }, actingOffice, commandId);
  }

  @Mutation(() => ComplaintChange, { description: 'Records what the team or agency has done' })
  recordComplaintProgress(
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('note') note: string,
    @Args('actingOffice', ACTING) actingOffice: OfficeInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(complaintId, { type: 'RecordComplaintProgress', note }, actingOffice, commandId);
  }

  @Mutation(() => ComplaintChange, { description: 'ส่งต่อ: another district, a province or the central centre owns it from now on' })
  forwardComplaint(
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('to', { type: () => OfficeInput }) to: OfficeInput,
    @Args('actingOffice', ACTING) actingOffice: OfficeInput,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(complaintId, { type: 'ForwardComplaint', to, note }, actingOffice, commandId);
  }

  @Mutation(() => ComplaintChange, { description: 'Records the result that resolves the complaint' })
  resolveComplaint(
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('result') result: string,
    @Args('actingOffice', ACTING) actingOffice: OfficeInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(complaintId, { type: 'ResolveComplaint', result }, actingOffice, commandId);
  }

  @Mutation(() => ComplaintChange, { description: 'ยุติเรื่อง; UNRESOLVABLE needs a note, DUPLICATE a duplicate mark' })
  closeComplaint(
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('reason', { type: () => CloseReasonEnum }) reason: CloseReason,
    @Args('actingOffice', ACTING) actingOffice: OfficeInput,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(complaintId, { type: 'CloseComplaint', reason, note }, actingOffice, commandId);
  }

  @Mutation(() => ComplaintChange, { description: 'Opens a resolved or closed complaint again' })
  reopenComplaint(
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('reason') reason: string,
    @Args('actingOffice', ACTING) actingOffice: OfficeInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(complaintId, { type: 'ReopenComplaint', reason }, actingOffice, commandId);
  }

  @Mutation(() => ComplaintChange, { description: 'Confirms the complaint duplicates an existing one' })
  markComplaintDuplicate(
    @Args('complaintId', ID_ARG) complaintId: string,
    @Args('duplicateOf', ID_ARG) duplicateOf: string,
    @Args('actingOffice', ACTING) actingOffice: OfficeInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<ComplaintChange> {
    return this.act(complaintId, { type: 'MarkComplaintDuplicate', duplicateOf }, actingOffice, commandId);
  }

  @Query(() => [ComplaintHistoryEntry], { description: "A complaint's full recorded history, oldest first" })
  async complaintHistory(@Args('id', ID_ARG) id: string): Promise<ComplaintHistoryEntry[]> {
    const events = await this.store.readStream(complaintStreamId(id));
    if (events.length === 0) throw complaintErrors.notFound();
    return events.map((e) => {
      const data = e.data as { at: string; by: Office };
      return {
        type: e.type, version: e.version, at: new Date(data.at), recordedAt: e.recordedAt, by: data.by,
        actor: e.metadata.actor, commandId: e.metadata.commandId, data: JSON.stringify(e.data),
      };
    });
  }

  private async act(complaintId: string, details: LaterDetails, actingOffice: Office, commandId?: string | null) {
    return toChange(await this.handlers.act(complaintId, details, actingOffice, commandId));
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
