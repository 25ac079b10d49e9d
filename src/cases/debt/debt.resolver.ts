import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseUnreadableError } from '../../eventstore/command.errors.js';
import { HISTORY_READER, type HistoryReader } from '../../eventstore/history-reader.js';
import { RecordedEvent, toRecordedEvent } from '../../eventstore/stream-history.resolver.js';
import { coversDistrict } from '../../identity/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/staff-access.decorators.js';
import { mayWorkCases } from '../../identity/staff-authority.js';
import type { SignedInStaff } from '../../identity/staff-context.js';
import { foldRecorded } from '../../shared/decider.js';
import { debtStreamId } from './debt-case-id.js';
import { debtErrors } from './debt-errors.js';
import { AmendDebtRegistrationInput, RegisterDebtorInput } from './debt-registration.types.js';
import {
  CloseDebtCaseInput, RecordContactAttemptInput, RecordMediationOutcomeInput, ReferDebtCaseInput, ReopenDebtCaseInput,
  ScheduleMediationInput, TransferDebtCaseInput,
} from './debt-workflow.types.js';
import { DebtCommandHandlers, type DebtCommandOutcome, type DebtRequest } from './debt.command-handlers.js';
import { debtDecider } from './debt.decider.js';
import { DebtCaseResultObject } from './debt.types.js';

const ID = { description: 'The case id, e.g. DEBT-7KQ3-M2XP-AB9C' };
const COMMAND_ID = {
  type: () => String, nullable: true,
  description: 'Your id for this request: sending it again with the same id (after a lost answer) records nothing new',
};

/**
 * The informal-debt case: its commands, each answering with the case as it now stands, and its history. The
 * commands are for accounts that work cases, on cases of their area; anything else reads as not found.
 */
@Resolver(() => DebtCaseResultObject)
export class DebtResolver {
  constructor(
    @Inject(DebtCommandHandlers) private readonly handlers: DebtCommandHandlers,
    @Inject(HISTORY_READER) private readonly history: HistoryReader,
  ) {}

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'ลงทะเบียนลูกหนี้นอกระบบ: opens a new case, attributed to a district of your area' })
  async registerDebtor(
    @CurrentStaff() staff: SignedInStaff,
    @Args('input') input: RegisterDebtorInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<DebtCaseResultObject> {
    return toResult(await this.handlers.register(staff, input, commandId));
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Corrects the registration; the history keeps the original' })
  amendDebtRegistration(@CurrentStaff() staff: SignedInStaff, @Args('id', ID) id: string, @Args('input') input: AmendDebtRegistrationInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(staff, id, { type: 'AmendDebtRegistration', ...input }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Records an attempt to contact the debtor, reached or not' })
  recordContactAttempt(@CurrentStaff() staff: SignedInStaff, @Args('id', ID) id: string, @Args('input') input: RecordContactAttemptInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(staff, id, { type: 'RecordContactAttempt', ...input }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'ส่งต่อ: moves the case to another district' })
  transferDebtCase(@CurrentStaff() staff: SignedInStaff, @Args('id', ID) id: string, @Args('input') input: TransferDebtCaseInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(staff, id, { type: 'TransferDebtCase', ...input }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Schedules (or reschedules) a mediation session' })
  scheduleMediation(@CurrentStaff() staff: SignedInStaff, @Args('id', ID) id: string, @Args('input') input: ScheduleMediationInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(staff, id, { type: 'ScheduleMediation', ...input }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Records what came of the scheduled mediation, on or after its day' })
  recordMediationOutcome(@CurrentStaff() staff: SignedInStaff, @Args('id', ID) id: string, @Args('input') input: RecordMediationOutcomeInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(staff, id, { type: 'RecordMediationOutcome', ...input }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Refers the case to the police investigator or another agency' })
  referDebtCase(@CurrentStaff() staff: SignedInStaff, @Args('id', ID) id: string, @Args('input') input: ReferDebtCaseInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(staff, id, { type: 'ReferDebtCase', ...input }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'ยุติ: closes the case' })
  closeDebtCase(@CurrentStaff() staff: SignedInStaff, @Args('id', ID) id: string, @Args('input') input: CloseDebtCaseInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(staff, id, { type: 'CloseDebtCase', ...input }, commandId);
  }

  @Requires(mayWorkCases)
  @Mutation(() => DebtCaseResultObject, { description: 'Reopens a closed case in the status it was closed in' })
  reopenDebtCase(@CurrentStaff() staff: SignedInStaff, @Args('id', ID) id: string, @Args('input') input: ReopenDebtCaseInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(staff, id, { type: 'ReopenDebtCase', ...input }, commandId);
  }

  @Query(() => [RecordedEvent], {
    description: 'Every event of a case of your area (after a transfer: the receiving district\'s), oldest first, with who recorded it; CASE_UNREADABLE when one cannot be read',
  })
  async debtCaseHistory(@CurrentStaff() staff: SignedInStaff, @Args('id', ID) id: string): Promise<RecordedEvent[]> {
    const streamId = debtStreamId(id.trim());
    const events = await this.history.readStream(streamId);
    const { state, unreadableAt } = foldRecorded(debtDecider, events);
    if (state.status === null || !coversDistrict(staff, state.figures.districtCode)) throw debtErrors.notFound();
    if (unreadableAt !== undefined) throw new CaseUnreadableError(streamId, unreadableAt);
    return events.map(toRecordedEvent);
  }

  private async handle(staff: SignedInStaff, id: string, request: DebtRequest, commandId?: string | null): Promise<DebtCaseResultObject> {
    return toResult(await this.handlers.handle(staff, id.trim(), request, commandId));
  }
}

function toResult({ caseId, result }: DebtCommandOutcome): DebtCaseResultObject {
  const { state } = result;
  if (state.status === null) throw new Error(`debt command on ${caseId} left no case`);
  return {
    caseId, version: result.version, alreadyHandled: result.alreadyHandled, eventTypes: result.events.map((e) => e.type), case: state,
  };
}
