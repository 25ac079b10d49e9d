import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseUnreadableError } from '../../eventstore/command.errors.js';
import { HISTORY_READER, type HistoryReader } from '../../eventstore/history-reader.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import { mayRecordProgress, mayWorkCases } from '../../identity/scope/staff-authority.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { positionText } from '../../graphql/log-position.js';
import { foldRecorded } from '../../shared/decider.js';
import { complaintErrors } from './complaint-errors.js';
import { readsComplaint } from './complaint-readers.js';
import type { Office } from './complaint-office.js';
import type { ComplaintState } from './complaint-state.js';
import { complaintDecider } from './complaint.decider.js';
import {
  ComplaintCommandHandlers, complaintStreamId, type ComplaintResult, type LaterDetails,
} from './complaint.command-handlers.js';
import {
  AssignComplaintInput, CloseComplaintInput, type ComplaintCommandInput, ForwardComplaintInput, MarkComplaintDuplicateInput, ReceiveComplaintInput,
  RecordComplaintProgressInput, ReopenComplaintInput, ResolveComplaintInput,
} from './complaint-inputs.types.js';
import { Complaint, ComplaintChange, ComplaintHistoryEntry, ComplaintReceipt, toPossibleDuplicate } from './complaint.types.js';
import { formatTrackingCode } from './receipt/tracking-code.js';

/**
 * The complaint workflow: one mutation per command, each with one input naming the complaint and the client's
 * command id, sent by an account that works cases for its own office (the acting office), and a complaint's
 * recorded history. A complaint owned outside the account's area reads as not found.
 */
@Resolver(() => Complaint)
export class ComplaintResolver {
  constructor(
    @Inject(ComplaintCommandHandlers) private readonly handlers: ComplaintCommandHandlers,
    @Inject(HISTORY_READER) private readonly history: HistoryReader,
  ) {}

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintReceipt, { description: 'รับเรื่องร้องเรียนร้องทุกข์: the acting office receives and owns it' })
  async receiveComplaint(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ReceiveComplaintInput): Promise<ComplaintReceipt> {
    const { commandId, ...details } = input;
    const result = await this.handlers.receive(staff, details, commandId);
    const received = result.events.find((e) => e.type === 'ComplaintReceived');
    const found = received?.type === 'ComplaintReceived' ? received.data.possibleDuplicates : [];
    return { ...toChange(result), possibleDuplicates: found.map(toPossibleDuplicate) };
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'Assigns a tambon team (ชปต.) of the owning district, or an agency' })
  assignComplaint(@CurrentStaff() staff: SignedInStaff, @Args('input') input: AssignComplaintInput): Promise<ComplaintChange> {
    const { assignee, note } = input;
    const parsed = assignee.kind === 'AGENCY'
      ? { kind: 'AGENCY' as const, name: assignee.name ?? '' }
      : { kind: 'TAMBON_TEAM' as const, subdistrictCode: assignee.subdistrictCode ?? '' };
    return this.act(staff, input, { type: 'AssignComplaint', assignee: parsed, note });
  }

  @Requires(mayRecordProgress)
  @Mutation(() => ComplaintChange, {
    description: 'Records what the team or agency has done; a tambon team member on the complaints assigned to its team only',
  })
  recordComplaintProgress(
    @CurrentStaff() staff: SignedInStaff, @Args('input') input: RecordComplaintProgressInput,
  ): Promise<ComplaintChange> {
    return this.act(staff, input, { type: 'RecordComplaintProgress', note: input.note });
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'ส่งต่อ: another district, a province or the central centre owns it from now on' })
  forwardComplaint(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ForwardComplaintInput): Promise<ComplaintChange> {
    return this.act(staff, input, { type: 'ForwardComplaint', to: input.to, note: input.note });
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'Records the result that resolves the complaint' })
  resolveComplaint(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ResolveComplaintInput): Promise<ComplaintChange> {
    return this.act(staff, input, { type: 'ResolveComplaint', result: input.result });
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'ยุติเรื่อง; UNRESOLVABLE needs a note, DUPLICATE a duplicate mark' })
  closeComplaint(@CurrentStaff() staff: SignedInStaff, @Args('input') input: CloseComplaintInput): Promise<ComplaintChange> {
    return this.act(staff, input, { type: 'CloseComplaint', reason: input.reason, note: input.note });
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'Opens a resolved or closed complaint again' })
  reopenComplaint(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ReopenComplaintInput): Promise<ComplaintChange> {
    return this.act(staff, input, { type: 'ReopenComplaint', reason: input.reason });
  }

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, {
    description: 'Confirms the complaint duplicates another one of your area: by its owning office, or by the province '
      + 'or centre over it (which links complaints of two districts); one outside your area is COMPLAINT_NOT_FOUND',
  })
  markComplaintDuplicate(
    @CurrentStaff() staff: SignedInStaff, @Args('input') input: MarkComplaintDuplicateInput,
  ): Promise<ComplaintChange> {
    return this.act(staff, input, { type: 'MarkComplaintDuplicate', duplicateOf: input.duplicateOf });
  }

  @Query(() => [ComplaintHistoryEntry], {
    nullable: true,
    description: "The full recorded history of a complaint your area owns (after a forward: the receiving office's), oldest first; CASE_UNREADABLE when an event cannot be read",
  })
  async complaintHistory(@CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID }) id: string): Promise<ComplaintHistoryEntry[]> {
    const streamId = complaintStreamId(id);
    const events = await this.history.readStream(streamId);
    const { state, unreadableAt } = foldRecorded(complaintDecider, events);
    if (state.status === null || !readsComplaint(staff, state)) {
      throw complaintErrors.notFound();
    }
    if (unreadableAt !== undefined) throw new CaseUnreadableError(streamId, unreadableAt);
    let owner: Office | undefined;
    return events.map((e) => {
      const data = e.data as { at: string; by?: Office; owningOffice?: Office; to?: Office };
      owner = e.type === 'ComplaintReceived' ? data.owningOffice : e.type === 'ComplaintForwarded' ? data.to : owner;
      // The OCR worker's facts have no office of their own: they are the owning office's, read for it.
      const by = data.by ?? owner!;
      return {
        type: e.type, version: e.version, at: new Date(data.at), recordedAt: e.recordedAt, by, streamId: e.streamId,
        actor: e.metadata.actor, commandId: e.metadata.commandId, data: JSON.stringify(e.data),
      };
    });
  }

  private async act(staff: SignedInStaff, input: ComplaintCommandInput, details: LaterDetails) {
    return toChange(await this.handlers.act(staff, input.complaintId, details, input.commandId));
  }
}

export function toChange(result: ComplaintResult): ComplaintChange {
  return {
    complaint: toComplaint(result.state), version: result.version, alreadyHandled: result.alreadyHandled, position: positionText(result.position),
  };
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
