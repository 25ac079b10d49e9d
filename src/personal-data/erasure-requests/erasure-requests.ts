import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type pg from 'pg';
import { DebtorLocks } from '../../cases/debt/debtor-locks.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { CaseCommand } from '../../eventstore/case-command.js';
import { commandKeyOf, eventIdFor } from '../../eventstore/event-ids.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import type { CommandContext } from '../../eventstore/handle-command.js';
import { recordAccountsErased } from '../../identity/accounts/account-erasure.js';
import { maskCitizenId } from '../../identity/filers/filer-identity.js';
import { endSessionsOfSubject } from '../../identity/filers/filer-sessions.store.js';
import { commandContextFor, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { Keyring } from '../keys/keyring.js';
import { PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../keys/personal-data-shredder.js';
import { HELD_STREAMS, type HeldStreams } from '../legal-holds/held-streams.port.js';
import type { ErasureRequestCommand, RecordErasureRequest } from './erasure-request.commands.js';
import { checkErasureRequest, erasureRequestDecider } from './erasure-request.decider.js';
import { erasureRequestStreamId } from './erasure-request.events.js';
import { erasureRequestOf } from './erasure-request.view.js';
import { erasureRequestErrors } from './erasure-request-errors.js';
import { ErasurePendingSubjects } from './erasure-pending-subjects.js';
import type { ErasureRequestObject, RecordErasureRequestInput, RetryErasureInput } from './erasure-requests.types.js';
import { subjectCasesOf } from './subject-cases.js';

/**
 * Records data subjects' erasure requests: checks what was typed (pure), then, holding the subject's debtor lock (no
 * case of theirs is registered meanwhile), finds their cases as the log has them and the legal holds on them, decides
 * on the request's own stream, and when it is accepted has the shredder destroy the subject's keys and records the
 * counts. The request's id derives from the command's, so a retry lands on the same request; a retry of one accepted
 * whose erasure was not recorded (the process stopped in between) erases and records it then. The subject's blind
 * index is kept meanwhile (ErasurePendingSubjects), so that a central administrator can also complete such an
 * erasure from the page by the request's id alone (retry). A former staff member's
 * account is refused while active or within its retention (account-retention.ts, STAFF_ACCOUNT_CLOSED's years); once
 * erased, its row in the accounts table is rewritten with the marker (recordAccountsErased). The person's filer
 * sessions end with the erasure.
 */
@Injectable()
export class ErasureRequests implements OnApplicationShutdown {
  private readonly locks: DebtorLocks;
  private readonly pending: ErasurePendingSubjects;

  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(OWNER_POOL) private readonly owner: pg.Pool,
    @Inject(HELD_STREAMS) private readonly holds: HeldStreams,
    @Inject(PERSONAL_DATA_SHREDDER) private readonly shredder: PersonalDataShredder,
    @Inject(Keyring) private readonly keyring: Keyring,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.locks = new DebtorLocks(this.owner, 2);
    this.pending = new ErasurePendingSubjects(this.owner);
  }

  async record(staff: SignedInStaff, input: RecordErasureRequestInput): Promise<ErasureRequestObject> {
    const { commandId, ...asked } = input;
    const at = this.clock.now().toISOString();
    const { citizenId } = checkErasureRequest(asked, at);
    // The fingerprint of the request names the subject masked, as the events do.
    const context = commandContextFor(staff, commandId, { ...asked, citizenId: maskCitizenId(citizenId) });
    const requestId = eventIdFor(`erasure-request:${commandKeyOf(context.actor, context.commandId)}`, 0);
    const streamId = erasureRequestStreamId(requestId);
    await this.locks.holding([citizenId], async (db) => {
      const found = await subjectCasesOf(db, this.store, citizenId, new Date(at), this.config.retention.staffAccountYears);
      const held = await this.holds.heldAmong(found.map((c) => c.streamId));
      const command: RecordErasureRequest = {
        type: 'RecordErasureRequest', at, requestId, ...asked, cases: found.map((c) => ({ ...c, held: held.has(c.streamId) })),
      };
      await this.pending.note(requestId, this.keyring.subjectIndex(citizenId));
      const { state } = await this.send(streamId, command, context);
      if (state.status === 'ACCEPTED') {
        const outcome = await this.shredder.eraseSubject(citizenId, { kind: 'REQUEST', reference: requestId });
        await recordAccountsErased(this.owner, this.store, outcome.streams, this.clock.now());
        await endSessionsOfSubject(this.owner, this.keyring.subjectIndex(citizenId), this.clock.now());
        await this.send(streamId, { type: 'RecordErasureOutcome', at: this.clock.now().toISOString(), keysDestroyed: outcome.keysDestroyed,
          streamCount: outcome.streams.length }, { ...context, commandId: `${context.commandId}:erased`, request: undefined });
      }
      await this.pending.forget(requestId);
    });
    const request = erasureRequestOf(await this.store.readStream(streamId));
    if (!request) throw new Error(`${streamId} holds no request after recording it`);
    return request;
  }

  /**
   * Completes the erasure of a request accepted whose outcome is not recorded (รอบันทึกผลการลบ): destroys the subject's
   * keys left, makes the read models anew, records what the request destroyed in all, forgets the subject. Refused
   * for an unknown request, one refused or erased already (a retry of this very command answers the request instead).
   */
  async retry(staff: SignedInStaff, input: RetryErasureInput): Promise<ErasureRequestObject> {
    const requestId = String(input.requestId ?? '').trim().toLowerCase();
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(requestId)) throw erasureRequestErrors.unknown();
    const context = commandContextFor(staff, input.commandId, { requestId });
    const streamId = erasureRequestStreamId(requestId);
    const events = await this.store.readStream(streamId);
    const request = erasureRequestOf(events);
    if (!request) throw erasureRequestErrors.unknown();
    const last = events.at(-1)!.metadata;
    if (request.erasedAt && last.commandId === context.commandId && last.actor === context.actor) return request;
    if (request.decision !== 'ACCEPTED' || request.erasedAt) throw erasureRequestErrors.notPending();
    const pending = await this.pending.subjectOf(requestId);
    if (!pending) throw erasureRequestErrors.subjectNotKept();
    const { subjectIndex, notedAt } = pending;
    const outcome = await this.shredder.resumeSubjectErasure(subjectIndex, { kind: 'REQUEST', reference: requestId }, notedAt);
    await endSessionsOfSubject(this.owner, subjectIndex, this.clock.now());
    await this.send(streamId, { type: 'RecordErasureOutcome', at: this.clock.now().toISOString(), keysDestroyed: outcome.keysDestroyed,
      streamCount: outcome.streams.length }, context);
    await this.pending.forget(requestId);
    return erasureRequestOf(await this.store.readStream(streamId))!;
  }

  onApplicationShutdown(): Promise<void> {
    return this.locks.end();
  }

  private send(streamId: string, command: ErasureRequestCommand, context: CommandContext) {
    return this.bus.execute(new CaseCommand(streamId, erasureRequestDecider, command, context));
  }
}
