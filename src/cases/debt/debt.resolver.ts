import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseUnreadableError } from '../../eventstore/command.errors.js';
import { HISTORY_READER, type HistoryReader } from '../../eventstore/history-reader.js';
import { RecordedEvent, toRecordedEvent } from '../../audit/recorded-event.types.js';
import { coversDistrict } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import { mayWorkCases } from '../../identity/scope/staff-authority.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { positionText } from '../../graphql/log-position.js';
import { foldRecorded } from '../../shared/decider.js';
import { debtStreamId } from './registration/debt-case-id.js';
import { debtErrors } from './debt-errors.js';
import { AmendDebtRegistrationInput, RegisterDebtorInput } from './registration/debt-registration.types.js';
import {
  CloseDebtCaseInput, RecordContactAttemptInput, RecordMediationOutcomeInput, ReferDebtCaseInput, ReopenDebtCaseInput,
  ScheduleMediationInput, TransferDebtCaseInput,
} from './workflow/debt-workflow.types.js';
import { DebtCommandHandlers, type DebtCommandOutcome, type DebtRequest } from './debt.command-handlers.js';
import { debtDecider } from './debt.decider.js';
import { DebtCaseResultObject } from './debt.types.js';

/**
 * The informal-debt case: its commands, each with one input naming the case (registration aside) and the client's
 * command id, each answering with the case as it now stands, and its history. The commands are for accounts that
 * work cases, on cases of their area; anything else reads as not found.
 */
@Resolver(() => DebtCaseResultObject)
export class DebtResolver {
  constructor(
    @Inject(DebtCommandHandlers) private readonly handlers: DebtCommandHandlers,
    @Inject(HISTORY_READER) private readonly history: HistoryReader,
  ) {}

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'ลงทะเบียนลูกหนี้นอกระบบ: opens a new case, attributed to a district of your area' })
  async registerDebtor(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RegisterDebtorInput): Promise<DebtCaseResultObject> {
    const { commandId, ...registration } = input;
    return toResult(await this.handlers.register(staff, registration, commandId));
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Corrects the registration; the history keeps the original' })
  amendDebtRegistration(@CurrentStaff() staff: SignedInStaff, @Args('input') input: AmendDebtRegistrationInput): Promise<DebtCaseResultObject> {
    const { caseId, commandId, ...details } = input;
    return this.handle(staff, caseId, { type: 'AmendDebtRegistration', ...details }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Records an attempt to contact the debtor, reached or not' })
  recordContactAttempt(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RecordContactAttemptInput): Promise<DebtCaseResultObject> {
    const { caseId, commandId, ...details } = input;
    return this.handle(staff, caseId, { type: 'RecordContactAttempt', ...details }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'ส่งต่อ: moves the case to another district' })
  transferDebtCase(@CurrentStaff() staff: SignedInStaff, @Args('input') input: TransferDebtCaseInput): Promise<DebtCaseResultObject> {
    const { caseId, commandId, ...details } = input;
    return this.handle(staff, caseId, { type: 'TransferDebtCase', ...details }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Schedules (or reschedules) a mediation session' })
  scheduleMediation(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ScheduleMediationInput): Promise<DebtCaseResultObject> {
    const { caseId, commandId, ...details } = input;
    return this.handle(staff, caseId, { type: 'ScheduleMediation', ...details }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Records what came of the scheduled mediation, on or after its day' })
  recordMediationOutcome(
    @CurrentStaff() staff: SignedInStaff, @Args('input') input: RecordMediationOutcomeInput,
  ): Promise<DebtCaseResultObject> {
    const { caseId, commandId, ...details } = input;
    return this.handle(staff, caseId, { type: 'RecordMediationOutcome', ...details }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Refers the case to the police investigator or another agency' })
  referDebtCase(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ReferDebtCaseInput): Promise<DebtCaseResultObject> {
    const { caseId, commandId, ...details } = input;
    return this.handle(staff, caseId, { type: 'ReferDebtCase', ...details }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'ยุติ: closes the case' })
  closeDebtCase(@CurrentStaff() staff: SignedInStaff, @Args('input') input: CloseDebtCaseInput): Promise<DebtCaseResultObject> {
    const { caseId, commandId, ...details } = input;
    return this.handle(staff, caseId, { type: 'CloseDebtCase', ...details }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Reopens a closed case in the status it was closed in' })
  reopenDebtCase(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ReopenDebtCaseInput): Promise<DebtCaseResultObject> {
    const { caseId, commandId, ...details } = input;
    return this.handle(staff, caseId, { type: 'ReopenDebtCase', ...details }, commandId);
  }

  @Query(() => [RecordedEvent], {
    nullable: true,
    description: 'Every event of a case of your area (after a transfer: the receiving district\'s), oldest first, with who recorded it; CASE_UNREADABLE when one cannot be read',
  })
  async debtCaseHistory(
    @CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID, description: 'The case id, e.g. DEBT-7KQ3-M2XP-AB9C' }) id: string,
  ): Promise<RecordedEvent[]> {
    const streamId = debtStreamId(id.trim());
    const events = await this.history.readStream(streamId);
    const { state, unreadableAt } = foldRecorded(debtDecider, events);
    if (state.status === null || !coversDistrict(staff, state.figures.districtCode)) throw debtErrors.notFound();
    if (unreadableAt !== undefined) throw new CaseUnreadableError(streamId, unreadableAt);
    return events.map(toRecordedEvent);
  }

  private async handle(staff: SignedInStaff, caseId: string, request: DebtRequest, commandId?: string | null): Promise<DebtCaseResultObject> {
    return toResult(await this.handlers.handle(staff, caseId.trim(), request, commandId));
  }
}

function toResult({ caseId, result }: DebtCommandOutcome): DebtCaseResultObject {
  const { state } = result;
  if (state.status === null) throw new Error(`debt command on ${caseId} left no case`);
  return {
    caseId, version: result.version, alreadyHandled: result.alreadyHandled, eventTypes: result.events.map((e) => e.type),
    position: positionText(result.position),
    case: { ...state, figures: { ...state.figures, registeredAt: new Date(state.figures.registeredAt) } },
  };
}
