import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { foldRecorded } from '../../shared/decider.js';
import type { HeldStreams } from './held-streams.port.js';
import { type LegalHoldState, legalHoldDecider } from './legal-hold.decider.js';
import { legalHoldStreamOf } from './legal-hold.events.js';

/** Hold streams read at once. */
const PARALLEL = 16;

/**
 * Which case streams are under a legal hold, as the log has it now (each case's hold stream folded, not the read model,
 * which may trail): a hold stops an erasure from the moment it is stored, and a lift frees the case as soon.
 */
@Injectable()
export class LegalHolds implements HeldStreams {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async heldAmong(streamIds: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(streamIds)];
    const held = new Set<string>();
    for (let i = 0; i < wanted.length; i += PARALLEL) {
      const states = await Promise.all(wanted.slice(i, i + PARALLEL).map(async (id) => [id, await this.holdOf(id)] as const));
      for (const [id, state] of states) if (state.active !== null) held.add(id);
    }
    return held;
  }

  /** The holds of a case stream, folded from its hold stream. */
  async holdOf(caseStreamId: string): Promise<LegalHoldState> {
    return foldRecorded(legalHoldDecider, await this.store.readStream(legalHoldStreamOf(caseStreamId))).state;
  }
}
