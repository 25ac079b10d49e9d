import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type pg from 'pg';
import { ERASED_MARKER } from '../../personal-data/keys/personal-data-shredder.js';
import { CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { CaseCommand } from '../../eventstore/case-command.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { commandKeyOf } from '../../eventstore/event-ids.js';
import type { CommandContext, CommandResult, StreamAccess } from '../../eventstore/handle-command.js';
import { coversDistrict } from '../../identity/scope/area-scope.js';
import { commandContextFor, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { foldRecorded } from '../../shared/decider.js';
import { debtCaseIdFor, debtStreamId } from './registration/debt-case-id.js';
import { debtErrors } from './debt-errors.js';
import type { OpenDebtCase } from './registration/debt-inputs.js';
import { citizenDigitsOf, openCasesOfDebtors } from './debt-open-cases.query.js';
import type { DebtCaseState } from './debt-state.js';
import { DebtorLocks } from './debtor-locks.js';
import { debtDecider } from './debt.decider.js';
import type { DebtCommand, RegisterDebtor } from './debt.commands.js';
import type { DebtEvent } from './debt.events.js';

/** A command as the API takes it: what the server adds (the time, the debtor's open cases) left out. */
type Requested<C> = C extends unknown ? Omit<C, 'at' | 'openCasesOfDebtor'> : never;
export type DebtRequest = Requested<Exclude<DebtCommand, RegisterDebtor>>;
export type RegistrationRequest = Omit<Requested<RegisterDebtor>, 'type' | 'caseId'>;

export interface DebtCommandOutcome {
  caseId: string;
  result: CommandResult<DebtEvent, DebtCaseState>;
}

/**
 * The account's area decides: a case attributed to a district outside it is answered like one that does not
 * exist; a new case must be attributed inside it. A transfer or a district correction may move the case out.
 */
function debtAccess(staff: SignedInStaff): StreamAccess<DebtCaseState> {
  return {
    mayAct(state) {
      if (state.status !== null && !coversDistrict(staff, state.figures.districtCode)) throw debtErrors.notFound();
    },
    mayLeave(before, after) {
      if (before.status === null && after.status !== null && !coversDistrict(staff, after.figures.districtCode)) {
        throw debtErrors.outsideArea();
      }
    },
  };
}

/**
 * Completes debt commands with what only the server knows: the time from CLOCK, a new case id for a
 * registration, and the debtor's open cases. Sends each through the CommandBus under the client's command id,
 * when given, so a retry of the same request stores nothing new (and the same id with another request is refused,
 * COMMAND_ID_REUSED), recording the signed-in account and its office on the events.
 * A command the duplicate rule judges (a registration, a correction, a reopening) runs holding its debtor's
 * lock, from reading the open cases until its events are stored: two of them for one debtor never pass the
 * rule side by side, and each sees every case stored before it (debt-open-cases.query.ts). The open cases
 * are looked up as the owner, across the whole country: the rule does not stop at a district's border.
 */
@Injectable()
export class DebtCommandHandlers implements OnApplicationShutdown {
  private readonly locks: DebtorLocks;

  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(OWNER_POOL) pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.locks = new DebtorLocks(pool);
  }

  async register(staff: SignedInStaff, request: RegistrationRequest, clientCommandId?: string | null): Promise<DebtCommandOutcome> {
    const context = commandContextFor(staff, clientCommandId, { type: 'RegisterDebtor', ...request });
    const caseId = debtCaseIdFor(commandKeyOf(context.actor, context.commandId));
    return this.withOpenCases(citizenDigitsOf(request.debtor?.citizenId), (openCasesOfDebtor) =>
      this.send(staff, caseId, context, { ...request, type: 'RegisterDebtor', caseId, at: this.now(), openCasesOfDebtor }));
  }

  async handle(staff: SignedInStaff, caseId: string, request: DebtRequest, clientCommandId?: string | null): Promise<DebtCommandOutcome> {
    const context = commandContextFor(staff, clientCommandId, request);
    switch (request.type) {
      case 'AmendDebtRegistration': {
        const debtor = request.debtor ? citizenDigitsOf(request.debtor.citizenId) : await this.debtorOf(caseId);
        return this.withOpenCases(debtor, (openCasesOfDebtor) =>
          this.send(staff, caseId, context, { ...request, at: this.now(), openCasesOfDebtor }));
      }
      case 'ReopenDebtCase':
        return this.withOpenCases(await this.debtorOf(caseId), (openCasesOfDebtor) =>
          this.send(staff, caseId, context, { ...request, at: this.now(), openCasesOfDebtor }));
      default:
        return this.send(staff, caseId, context, { ...request, at: this.now() });
    }
  }

  onApplicationShutdown(): Promise<void> {
    return this.locks.end();
  }

  /** Runs `work` with the debtor's open cases, holding the debtor's lock throughout; without a citizen id, the decider refuses. */
  private async withOpenCases(citizenId: string, work: (openCases: OpenDebtCase[]) => Promise<DebtCommandOutcome>) {
    if (citizenId === '') return work([]);
    return this.locks.holding([citizenId], async (db) => work((await openCasesOfDebtors(db, this.store, [citizenId])).get(citizenId) ?? []));
  }

  /** The citizen id of the case's debtor as its stream has it now; empty for no case, an unreadable or an erased one (the handling refuses it). */
  private async debtorOf(caseId: string): Promise<string> {
    const { state, unreadableAt } = foldRecorded(debtDecider, await this.store.readStream(debtStreamId(caseId)));
    return state.status === null || unreadableAt !== undefined || state.debtorCitizenId === ERASED_MARKER ? '' : state.debtorCitizenId;
  }

  private async send(staff: SignedInStaff, caseId: string, context: CommandContext, command: DebtCommand): Promise<DebtCommandOutcome> {
    const result = await this.bus.execute(new CaseCommand(debtStreamId(caseId), debtDecider, command, context, debtAccess(staff)));
    return { caseId, result };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
