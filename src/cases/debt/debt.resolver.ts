import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { RecordedEvent } from '../../eventstore/stream-history.resolver.js';
import { debtStreamId } from './debt-case-id.js';
import { debtErrors } from './debt-errors.js';
import { AmendDebtRegistrationInput, RegisterDebtorInput } from './debt-registration.types.js';
import {
  CloseDebtCaseInput, RecordContactAttemptInput, RecordMediationOutcomeInput, ReferDebtCaseInput, ReopenDebtCaseInput,
  ScheduleMediationInput, TransferDebtCaseInput,
} from './debt-workflow.types.js';
import { DebtCommandHandlers, type DebtCommandOutcome, type DebtRequest } from './debt.command-handlers.js';
import { DebtCaseResultObject } from './debt.types.js';

const ID = { description: 'The case id, e.g. DEBT-7KQ3-M2XP-AB9C' };
const COMMAND_ID = {
  type: () => String, nullable: true,
  description: 'Your id for this request: sending it again with the same id (after a lost answer) records nothing new',
};

/** The informal-debt case: its commands, each answering with the case as it now stands, and its history. */
@Resolver(() => DebtCaseResultObject)
export class DebtResolver {
  constructor(
    @Inject(DebtCommandHandlers) private readonly handlers: DebtCommandHandlers,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Mutation(() => DebtCaseResultObject, { description: 'ลงทะเบียนลูกหนี้นอกระบบ: opens a new case' })
  async registerDebtor(
    @Args('input') input: RegisterDebtorInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<DebtCaseResultObject> {
    return toResult(await this.handlers.register(input, commandId));
  }

  @Mutation(() => DebtCaseResultObject, { description: 'Corrects the registration; the history keeps the original' })
  amendDebtRegistration(@Args('id', ID) id: string, @Args('input') input: AmendDebtRegistrationInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(id, { type: 'AmendDebtRegistration', ...input }, commandId);
  }

  @Mutation(() => DebtCaseResultObject, { description: 'Records an attempt to contact the debtor, reached or not' })
  recordContactAttempt(@Args('id', ID) id: string, @Args('input') input: RecordContactAttemptInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(id, { type: 'RecordContactAttempt', ...input }, commandId);
  }

  @Mutation(() => DebtCaseResultObject, { description: 'ส่งต่อ: moves the case to another district' })
  transferDebtCase(@Args('id', ID) id: string, @Args('input') input: TransferDebtCaseInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(id, { type: 'TransferDebtCase', ...input }, commandId);
  }

  @Mutation(() => DebtCaseResultObject, { description: 'Schedules (or reschedules) a mediation session' })
  scheduleMediation(@Args('id', ID) id: string, @Args('input') input: ScheduleMediationInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(id, { type: 'ScheduleMediation', ...input }, commandId);
  }

  @Mutation(() => DebtCaseResultObject, { description: 'Records what came of the scheduled mediation, on or after its day' })
  recordMediationOutcome(@Args('id', ID) id: string, @Args('input') input: RecordMediationOutcomeInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(id, { type: 'RecordMediationOutcome', ...input }, commandId);
  }

  @Mutation(() => DebtCaseResultObject, { description: 'Refers the case to the police investigator or another agency' })
  referDebtCase(@Args('id', ID) id: string, @Args('input') input: ReferDebtCaseInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(id, { type: 'ReferDebtCase', ...input }, commandId);
  }

  @Mutation(() => DebtCaseResultObject, { description: 'ยุติ: closes the case' })
  closeDebtCase(@Args('id', ID) id: string, @Args('input') input: CloseDebtCaseInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(id, { type: 'CloseDebtCase', ...input }, commandId);
  }

  @Mutation(() => DebtCaseResultObject, { description: 'Reopens a closed case in the status it was closed in' })
  reopenDebtCase(@Args('id', ID) id: string, @Args('input') input: ReopenDebtCaseInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<DebtCaseResultObject> {
    return this.handle(id, { type: 'ReopenDebtCase', ...input }, commandId);
  }

  @Query(() => [RecordedEvent], { description: 'For auditors: every event of the case, oldest first, with who recorded it' })
  async debtCaseHistory(@Args('id', ID) id: string): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(debtStreamId(id.trim()));
    if (events.length === 0) throw debtErrors.notFound();
    return events.map((e) => ({
      eventId: e.eventId, type: e.type, schemaVersion: e.schemaVersion, version: e.version,
      position: e.position.globalPosition.toString(), recordedAt: e.recordedAt, ...e.metadata, data: JSON.stringify(e.data),
    }));
  }

  private async handle(id: string, request: DebtRequest, commandId?: string | null): Promise<DebtCaseResultObject> {
    return toResult(await this.handlers.handle(id.trim(), request, commandId));
  }
}

function toResult({ caseId, result }: DebtCommandOutcome): DebtCaseResultObject {
  const { state } = result;
  if (state.status === null) throw new Error(`debt command on ${caseId} left no case`);
  return {
    caseId, version: result.version, alreadyHandled: result.alreadyHandled, eventTypes: result.events.map((e) => e.type), case: state,
  };
}
