import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { type HistoryActor, HistoryActors } from '../../audit/history-actors.js';
import { historySpecOf } from '../../audit/history-specs.js';
import { CLOCK, OWNER_POOL, PG_POOL } from '../../database/database.module.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import { HISTORY_READER, type HistoryReader } from '../../eventstore/history-reader.js';
import { Keyring } from '../keys/keyring.js';
import { notePersonalRead } from '../../identity/read-log/personal-data-reads.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { subjectCopyErrors } from './subject-copy-errors.js';
import { checkSubjectCopyRequest, type SubjectCopyAsked } from './subject-copy-request.js';
import { type SubjectCopy, subjectCopyOf } from './subject-copy.js';
import { businessesOwnedBy, readsOf, streamsNaming } from './subject-records.js';

/** How long a copy may be downloaded (PDF, JSON) by the administrator who produced it. */
export const DOWNLOAD_MINUTES = 30;

/** A stored event with its data as its stream's code reads it now (upcast); as stored where no reader knows it. */
function asWrittenNow(stored: StoredEvent): StoredEvent {
  const read = historySpecOf(stored.streamId)?.read;
  return read ? { ...stored, ...read(stored) } : stored;
}

/** `นางสาวสมศรี ทดสอบ เจ้าพนักงานปกครอง อำเภอเมืองมุกดาหาร`, or what acted for the system. */
const actorText = (a: HistoryActor): string => (a.kind === 'STAFF'
  ? [`${a.title ?? ''}${a.firstName ?? ''} ${a.lastName ?? ''}`.trim(), a.positionTh, a.office?.nameTh].filter(Boolean).join(' ')
  : a.systemTh ?? a.actor);

/**
 * Produces data subjects' copies: checks the request (pure), finds what names the citizen id, reads each stream
 * through the history reader, the businesses and the read log's entries about them, records the request
 * (subject_copy_requests: who, for the masked id, on what basis) and notes the reads in the read log. The copy is
 * kept in this process for DOWNLOAD_MINUTES for its requester's downloads: the id itself is stored nowhere.
 */
@Injectable()
export class SubjectCopies {
  private readonly kept = new Map<string, { accountId: string; copy: SubjectCopy; until: number }>();

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    /** The businesses are read as their slice reads them, as the owner (no policy of theirs for the request role). */
    @Inject(OWNER_POOL) private readonly owner: pg.Pool,
    @Inject(HISTORY_READER) private readonly reader: HistoryReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(HistoryActors) private readonly actors: HistoryActors,
    @Inject(Keyring) private readonly keyring: Keyring,
  ) {}

  async produce(staff: SignedInStaff, asked: SubjectCopyAsked): Promise<SubjectCopy> {
    const { citizenId, requestReference } = checkSubjectCopyRequest(asked);
    const streams = [];
    for (const stream of await streamsNaming(this.pool, citizenId, this.keyring.subjectIndex(citizenId))) {
      streams.push({ stream, events: (await this.reader.readStream(stream.streamId)).map(asWrittenNow) });
    }
    const businesses = await businessesOwnedBy(this.owner, citizenId, this.keyring.subjectIndex(citizenId));
    const records = [
      ...streams.map(({ stream }) => ({ recordType: stream.recordType, recordId: stream.recordId })),
      ...businesses.map((b) => ({ recordType: 'business' as const, recordId: String(b.businessNo) })),
    ];
    const reads = await readsOf(this.pool, records);
    const requestedAt = this.clock.now();
    const requestedBy = { accountId: staff.accountId, office: staff.officeKey };
    const named = [
      ...streams.flatMap(({ events }) => events.map((e) => ({ actor: e.metadata.actor, office: e.metadata.actorOffice ?? null, at: e.recordedAt }))),
      ...reads.map((r) => ({ actor: `account:${r.accountId}`, office: r.office, at: r.readAt })),
    ];
    const nameOf = await this.namesOf(named);
    const copy = subjectCopyOf({ requestId: randomUUID(), requestedAt, requestedBy, citizenId, requestReference, streams, businesses, reads, nameOf });
    await this.pool.query(
      `INSERT INTO subject_copy_requests (request_id, requested_at, account_id, office, subject_masked, request_reference, record_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [copy.requestId, requestedAt, requestedBy.accountId, requestedBy.office, copy.subjectMasked, requestReference, records.length],
    );
    for (const record of records) notePersonalRead(record.recordType, record.recordId, ['subjectDataCopy']);
    this.keep(staff.accountId, copy);
    return copy;
  }

  /**
   * Who each actor was at each instant, as histories name them (account streams folded as of then), looked up
   * once per actor, office and instant; the staff accounts named go to the read log as a history's names do.
   */
  private async namesOf(named: { actor: string; office: string | null; at: Date }[]): Promise<(actor: string, office: string | null, at: Date) => string> {
    const key = (actor: string, office: string | null, at: Date) => `${actor}\u0000${office}\u0000${at.toISOString()}`;
    const names = new Map<string, string>();
    for (const { actor, office, at } of named) {
      if (names.has(key(actor, office, at))) continue;
      const found = await this.actors.actorAt(actor, office, at);
      names.set(key(actor, office, at), actorText(found));
      if (found.accountId) notePersonalRead('staff_account', found.accountId, ['firstName', 'lastName', 'title']);
    }
    return (actor, office, at) => names.get(key(actor, office, at)) ?? actor;
  }

  /** A copy its requester produced in the last DOWNLOAD_MINUTES; SUBJECT_COPY_NOT_FOUND for anyone else or later. */
  downloadable(staff: SignedInStaff, requestId: string): SubjectCopy {
    const kept = this.kept.get(requestId);
    if (!kept || kept.accountId !== staff.accountId || kept.until < this.clock.now().getTime()) throw subjectCopyErrors.unknownCopy();
    return kept.copy;
  }

  private keep(accountId: string, copy: SubjectCopy): void {
    const now = this.clock.now().getTime();
    for (const [id, { until }] of this.kept) if (until < now) this.kept.delete(id);
    this.kept.set(copy.requestId, { accountId, copy, until: now + DOWNLOAD_MINUTES * 60_000 });
  }
}
