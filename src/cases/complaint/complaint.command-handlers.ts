import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { CaseCommand } from '../../eventstore/case-command.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { commandKeyOf } from '../../eventstore/event-ids.js';
import type { CommandContext, CommandResult, StreamAccess } from '../../eventstore/handle-command.js';
import { commandContextFor, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import { districtOf } from '../../identity/scope/staff-office.js';
import type { Clock } from '../../shared/clock.js';
import { foldRecorded } from '../../shared/decider.js';
import { DomainError } from '../../shared/domain-error.js';
import { noteCrossAreaMatches } from './duplicates/complaint-cross-area-reads.js';
import { actingTeamOf, readsComplaint } from './complaint-readers.js';
import { ComplaintDuplicateCheck, duplicateKeysOf } from './duplicates/complaint-duplicate-check.js';
import { findDuplicateMatches } from './duplicates/complaint-duplicates.js';
import { complaintErrors } from './complaint-errors.js';
import type { Office } from './complaint-office.js';
import type { ComplaintState } from './complaint-state.js';
import { issueTrackingCode } from './receipt/complaint-tracking-codes.js';
import type { ComplaintCommand, ReceiveComplaint } from './complaint.commands.js';
import { complaintDecider } from './complaint.decider.js';
import type { ComplaintEvent } from './complaint.events.js';
import { identityErrors } from '../../identity/identity-errors.js';

export type ComplaintResult = CommandResult<ComplaintEvent, ComplaintState>;
type ReceiveDetails = Omit<ReceiveComplaint, 'type' | 'at' | 'actingOffice' | 'complaintId' | 'trackingCode' | 'candidates'>;
type LaterCommand = Exclude<ComplaintCommand, ReceiveComplaint>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A command on a received complaint, without what the handler fills in. */
export type LaterDetails = DistributiveOmit<LaterCommand, 'at' | 'actingOffice'>;

export const complaintStreamId = (complaintId: string) => `complaint-${complaintId}`;

/**
 * The office a signed-in account acts for: a district, a province or the central centre; a tambon team its district.
 * A local authority's staff act for no office of the department (FORBIDDEN; the guards keep them out before this).
 */
export function actingOfficeOf(staff: Pick<SignedInStaff, 'office'>): Office {
  const { kind, code } = staff.office;
  if (kind === 'AUTHORITY') throw identityErrors.forbidden();
  return kind === 'SUBDISTRICT' ? { level: 'DISTRICT', code: districtOf(staff.office)! } : { level: kind, code };
}

/** A complaint owned by an office outside the account's area (a tambon team: not assigned to it) is answered like one that does not exist. */
export function complaintAccess(staff: SignedInStaff): StreamAccess<ComplaintState> {
  return {
    mayAct(state) {
      if (state.status !== null && !readsComplaint(staff, state)) {
        throw complaintErrors.notFound();
      }
    },
  };
}

/**
 * Sends complaint commands through the CommandBus: stamps them with the clock and the signed-in account's
 * office as the acting office (the account and office are recorded on the events too), gives
 * a new complaint its id, a free tracking code and its duplicate candidates, and makes a retried commandId
 * store nothing new (a retried receipt lands on the same complaint id, derived from the account and its
 * commandId; the same commandId with another request is refused, COMMAND_ID_REUSED). A receipt holds the locks of
 * its duplicate keys from reading its candidates until it is stored, so that of two receipts of the same complaint the
 * later one lists the earlier (ComplaintDuplicateCheck.holding). Candidates and tracking
 * codes are looked up as the owner: the duplicate check spans the whole country, and each match outside the
 * account's area goes to the personal-data read log. A duplicate mark names a complaint of the account's area only.
 */
@Injectable()
export class ComplaintCommandHandlers {
  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ComplaintDuplicateCheck) private readonly duplicates: ComplaintDuplicateCheck,
  ) {}

  async receive(staff: SignedInStaff, details: ReceiveDetails, clientCommandId?: string | null): Promise<ComplaintResult> {
    const context = commandContextFor(staff, clientCommandId, { type: 'ReceiveComplaint', ...details });
    const at = this.clock.now().toISOString();
    const complaintId = clientCommandId ? complaintIdFor(commandKeyOf(context.actor, context.commandId)) : randomUUID();
    const keys = duplicateKeysOf(complaintId, {
      citizenId: details.complainant?.anonymous ? null : details.complainant?.citizenId,
      accusedName: details.accused?.name,
      subject: details.subject,
      receivedAt: details.receivedAt,
    }, at);
    const actingOffice = actingOfficeOf(staff);
    const trackingCode = await issueTrackingCode(this.pool);
    return this.duplicates.holding(keys, async (candidates) => {
      const command: ReceiveComplaint = { ...details, type: 'ReceiveComplaint', at, actingOffice, complaintId, trackingCode, candidates };
      const result = await this.send(staff, complaintId, command, context);
      const received = result.events.find((e) => e.type === 'ComplaintReceived');
      if (received) noteCrossAreaMatches(actingOffice, findDuplicateMatches(keys, candidates), received.data.possibleDuplicates);
      return result;
    });
  }

  async act(staff: SignedInStaff, complaintId: string, details: LaterDetails, clientCommandId?: string | null): Promise<ComplaintResult> {
    const context = commandContextFor(staff, clientCommandId, details);
    if (details.type === 'MarkComplaintDuplicate') await this.requireComplaintInArea(staff, details.duplicateOf, 'duplicateOf');
    const command = {
      ...details, at: this.clock.now().toISOString(), actingOffice: actingOfficeOf(staff), actingTeam: actingTeamOf(staff),
    } as LaterCommand;
    return this.send(staff, complaintId, command, context);
  }

  private send(staff: SignedInStaff, complaintId: string, command: ComplaintCommand, context: CommandContext): Promise<ComplaintResult> {
    return this.bus.execute(new CaseCommand(complaintStreamId(complaintId), complaintDecider, command, context, complaintAccess(staff)));
  }

  /**
   * The complaint another one is marked a duplicate of must be in the log and held in the account's area: one held
   * elsewhere is refused exactly as an unknown id is (same code, message and field, after the same read).
   */
  private async requireComplaintInArea(staff: SignedInStaff, complaintId: string, field: string): Promise<void> {
    const id = String(complaintId ?? '').trim();
    const events = id === '' ? [] : await this.store.readStream(complaintStreamId(id));
    const { state, unreadableAt } = foldRecorded(complaintDecider, events);
    if (unreadableAt === undefined && state.status !== null && readsComplaint(staff, state)) return;
    const { code, messageTh, messageEn } = complaintErrors.notFound();
    throw new DomainError(code, messageTh, messageEn, field);
  }
}

/** The id of the complaint a client's receipt command creates: the same command key (account and commandId) gives the same complaint. */
function complaintIdFor(commandKey: string): string {
  const hex = createHash('sha256').update(`complaint:${commandKey}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
