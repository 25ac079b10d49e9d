import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { CaseCommand } from '../../eventstore/case-command.js';
import { commandKeyOf } from '../../eventstore/event-ids.js';
import type { CommandContext, CommandResult, StreamAccess } from '../../eventstore/handle-command.js';
import { coversDistrict } from '../../identity/area-scope.js';
import { commandContextFor, type SignedInStaff } from '../../identity/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { debtCaseIdFor, debtStreamId } from './debt-case-id.js';
import { debtErrors } from './debt-errors.js';
import { openCasesOfDebtor } from './debt-open-cases.query.js';
import type { DebtCaseState } from './debt-state.js';
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
 * registration, and the debtor's open cases from the case list. Sends each through the CommandBus under
 * the client's command id, when given, so a retry of the same request stores nothing new (and the same id with
 * another request is refused, COMMAND_ID_REUSED), recording the signed-in account and
 * its office on the events. The open cases are looked up as the owner, across the whole country: the
 * duplicate rule does not stop at a district's border.
 */
@Injectable()
export class DebtCommandHandlers {
  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(staff: SignedInStaff, request: RegistrationRequest, clientCommandId?: string | null): Promise<DebtCommandOutcome> {
    const context = commandContextFor(staff, clientCommandId, { type: 'RegisterDebtor', ...request });
    const caseId = debtCaseIdFor(commandKeyOf(context.actor, context.commandId));
    const openCases = await openCasesOfDebtor(this.pool, { typedCitizenId: request.debtor?.citizenId });
    return this.send(staff, caseId, context, { ...request, type: 'RegisterDebtor', caseId, at: this.now(), openCasesOfDebtor: openCases });
  }

  async handle(staff: SignedInStaff, caseId: string, request: DebtRequest, clientCommandId?: string | null): Promise<DebtCommandOutcome> {
    const context = commandContextFor(staff, clientCommandId, request);
    return this.send(staff, caseId, context, await this.complete(caseId, request));
  }

  private async complete(caseId: string, request: DebtRequest): Promise<DebtCommand> {
    const at = this.now();
    switch (request.type) {
      case 'AmendDebtRegistration':
        return { ...request, at, openCasesOfDebtor: await openCasesOfDebtor(this.pool, { typedCitizenId: request.debtor?.citizenId, caseId }) };
      case 'ReopenDebtCase':
        return { ...request, at, openCasesOfDebtor: await openCasesOfDebtor(this.pool, { caseId }) };
      default:
        return { ...request, at };
    }
  }

  private async send(staff: SignedInStaff, caseId: string, context: CommandContext, command: DebtCommand): Promise<DebtCommandOutcome> {
    const result = await this.bus.execute(new CaseCommand(debtStreamId(caseId), debtDecider, command, context, debtAccess(staff)));
    return { caseId, result };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
