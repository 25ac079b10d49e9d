import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CLOCK } from '../../database/database.module.js';
import { CaseCommand } from '../../eventstore/case-command.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import type { CommandResult } from '../../eventstore/handle-command.js';
import { commandContextFor, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import type { LegalHoldCommand, PlaceLegalHold } from './legal-hold.commands.js';
import { type LegalHoldState, legalHoldDecider, parseHeldCaseId } from './legal-hold.decider.js';
import { caseStreamOf, type HeldCaseType, type LegalHoldEvent, legalHoldStreamOf } from './legal-hold.events.js';
import { legalHoldsOf } from './legal-hold.view.js';
import type { LegalHoldObject, LiftLegalHoldInput, PlaceLegalHoldInput } from './legal-holds.types.js';

/** The case's stream, when its id is well formed; else every refusal of the placement at once, as the decider answers them. */
function caseStreamOrRefusals(command: PlaceLegalHold): string {
  try {
    return caseStreamOf(command.caseType, parseHeldCaseId(command.caseId));
  } catch (error) {
    legalHoldDecider.decide(command, legalHoldDecider.initialState());
    throw error;
  }
}

/**
 * Completes the legal-hold commands with what only the server knows (whether the case is in the log, the time) and
 * sends them through the CommandBus on the case's hold stream; answers the hold as the stream now has it.
 */
@Injectable()
export class LegalHoldHandlers {
  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async place(staff: SignedInStaff, input: PlaceLegalHoldInput): Promise<LegalHoldObject> {
    const { commandId, caseType, caseId, reason, orderReference } = input;
    const command: PlaceLegalHold = { type: 'PlaceLegalHold', at: this.clock.now().toISOString(), caseType, caseId, caseFound: false, reason, orderReference };
    const caseStream = caseStreamOrRefusals(command);
    const caseFound = (await this.store.readStream(caseStream)).length > 0;
    await this.send(staff, caseStream, commandId, { type: 'PlaceLegalHold', caseType, caseId, reason, orderReference }, { ...command, caseFound });
    return this.latest(caseStream);
  }

  async lift(staff: SignedInStaff, input: LiftLegalHoldInput): Promise<LegalHoldObject> {
    const { commandId, caseType, caseId, reason } = input;
    const caseStream = caseStreamOf(caseType, parseHeldCaseId(caseId));
    await this.send(staff, caseStream, commandId, { type: 'LiftLegalHold', caseType, caseId, reason }, {
      type: 'LiftLegalHold', at: this.clock.now().toISOString(), reason,
    });
    return this.latest(caseStream);
  }

  /** The holds of a case (its stream's type and id typed), oldest first. */
  async holdsOf(caseType: HeldCaseType, caseId: string): Promise<LegalHoldObject[]> {
    return legalHoldsOf(await this.store.readStream(legalHoldStreamOf(caseStreamOf(caseType, parseHeldCaseId(caseId)))));
  }

  private async latest(caseStream: string): Promise<LegalHoldObject> {
    const holds = legalHoldsOf(await this.store.readStream(legalHoldStreamOf(caseStream)));
    return holds[holds.length - 1];
  }

  private send(staff: SignedInStaff, caseStream: string, clientCommandId: string | null | undefined, asked: unknown,
    command: LegalHoldCommand): Promise<CommandResult<LegalHoldEvent, LegalHoldState>> {
    const context = commandContextFor(staff, clientCommandId, asked);
    return this.bus.execute(new CaseCommand(legalHoldStreamOf(caseStream), legalHoldDecider, command, context));
  }
}
