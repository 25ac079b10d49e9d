import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import { AdvisoryLocks } from '../../../database/advisory-locks.js';
import { OWNER_POOL } from '../../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../../eventstore/event-store.port.js';
import { DomainError } from '../../../shared/domain-error.js';
import { loadDuplicateCandidates } from './complaint-candidates.js';
import { noteCrossAreaMatches } from './complaint-cross-area-reads.js';
import { accusedKey, type DuplicateCandidate, duplicateLockNames, findDuplicateMatches, type NewComplaint, possibleDuplicateSeenBy } from './complaint-duplicates.js';
import { parseReceivedAt } from '../complaint-input.js';
import type { Office } from '../complaint-office.js';
import type { PossibleDuplicate } from '../complaint.events.js';

/** What the duplicate check compares of a complaint being received, as typed. */
export interface DuplicateCheckDetails {
  /** The complainant's, unless anonymous. */
  citizenId?: string | null;
  accusedName?: string | null;
  subject?: string | null;
  receivedAt?: string | null;
}

/** The keys the check compares; `at` is now, the received time when none (or an unreadable one) is given. */
export function duplicateKeysOf(complaintId: string, details: DuplicateCheckDetails, at: string): NewComplaint {
  return {
    complaintId,
    complainantCitizenId: details.citizenId ?? null,
    accusedKey: details.accusedName ? accusedKey({ name: details.accusedName }) : null,
    subject: String(details.subject ?? ''),
    receivedAt: receivedAtOrNow(details.receivedAt, at),
  };
}

/**
 * When the complaint was received, to find its possible duplicates by; a date that cannot be read counts as now, as
 * the decider refuses it with the command's other refusals.
 */
function receivedAtOrNow(receivedAt: string | null | undefined, at: string): string {
  try {
    return receivedAt ? parseReceivedAt(receivedAt, 'receivedAt') : at;
  } catch (error) {
    if (error instanceof DomainError) return at;
    throw error;
  }
}

/**
 * The duplicate check (ตรวจสอบการร้องเรียนซ้ำซ้อน) across the whole country: candidates read as the owner, whatever
 * the account's area, as the log has them (complaint-candidates.ts). The receipt hands them to the decider, holding
 * the locks of its keys from the read until it is stored (`holding`); `preview` runs the same check before anything
 * is saved.
 */
@Injectable()
export class ComplaintDuplicateCheck implements OnApplicationShutdown {
  private readonly locks: AdvisoryLocks;

  constructor(@Inject(OWNER_POOL) private readonly pool: pg.Pool, @Inject(EVENT_STORE) private readonly store: EventStore) {
    this.locks = new AdvisoryLocks(pool);
  }

  candidatesOf(keys: NewComplaint, db: pg.ClientBase | pg.Pool = this.pool): Promise<DuplicateCandidate[]> {
    return loadDuplicateCandidates(db, this.store, { citizenId: keys.complainantCitizenId, accusedKey: keys.accusedKey, receivedAt: keys.receivedAt });
  }

  /**
   * Runs `work` with the candidates of a complaint with these keys, holding the locks of the keys throughout: two
   * receipts that could match each other run one after the other, and the later one sees the earlier one stored.
   * The candidates are read in the round trip that takes the locks, once they are held. A complaint without keys has
   * no candidates and takes no lock.
   */
  holding<T>(keys: NewComplaint, work: (candidates: DuplicateCandidate[]) => Promise<T>): Promise<T> {
    const names = duplicateLockNames(keys);
    if (names.length === 0) return work([]);
    return this.locks.readingHeld(names, (db) => this.candidatesOf(keys, db), work);
  }

  onApplicationShutdown(): Promise<void> {
    return this.locks.end();
  }

  /**
   * The possible duplicates a complaint with these keys would get if `office` received it now, as the receipt would
   * show them (an id in the office's area; elsewhere holder, day and reason only), each match elsewhere noted in the
   * personal-data read log as the receipt notes it.
   */
  async preview(office: Office, keys: NewComplaint): Promise<PossibleDuplicate[]> {
    const matches = findDuplicateMatches(keys, await this.candidatesOf(keys));
    const seen = matches.map((match) => possibleDuplicateSeenBy(office, match));
    noteCrossAreaMatches(office, matches, seen);
    return seen;
  }
}
