import type pg from 'pg';
import type { EventStore } from '../../../eventstore/event-store.port.js';
import { candidateStreams } from './complaint-candidate-streams.js';
import { accusedKey, digitsOnly, DUPLICATE_WINDOW_DAYS, type DuplicateCandidate, isOpenMatter } from './complaint-duplicates.js';
import { evolveComplaint, initialComplaintState, type ComplaintState } from '../complaint-state.js';
import { readComplaintEvent, type ComplaintReceivedData, type StoredComplaintEventLike } from '../complaint.events.js';

export { COMPLAINT_LIST_CHECKPOINT } from './complaint-candidate-streams.js';

/** What the check compares of a new complaint. */
export interface CandidateKeys {
  citizenId: string | null;
  accusedKey: string | null;
  receivedAt: string;
}

/**
 * The duplicate check's candidates for a new complaint, across the whole country, as the log has them: the open
 * complaints received at most DUPLICATE_WINDOW_DAYS before it (or after it) with the same complainant citizen id or
 * the same accused key. The complaint list says which complaints to look at, and the log past the list's checkpoint
 * adds those received or changed since; each is then folded from its stream, so a complaint stored a moment ago
 * counts, and one resolved a moment ago does not. On the PostgreSQL log all of it is one statement
 * (candidateStreams), so one snapshot. A receipt deciding on them holds their locks (duplicateLockNames), taken
 * before that statement starts, so that no receipt of the same keys is stored meanwhile and every one stored before
 * is seen. The decider scores the subjects.
 */
export async function loadDuplicateCandidates(
  db: pg.ClientBase | pg.Pool, store: EventStore, keys: CandidateKeys,
): Promise<DuplicateCandidate[]> {
  const wanted = { citizenId: digitsOnly(keys.citizenId), accusedKey: keys.accusedKey };
  if (wanted.citizenId === '' && wanted.accusedKey === null) return [];
  const since = new Date(Date.parse(keys.receivedAt) - DUPLICATE_WINDOW_DAYS * 86_400_000);
  const events = await candidateStreams(db, store, { ...wanted, since }, (stored) => {
    const receipt = receiptOf(stored);
    return receipt !== undefined && matchesKeys(receipt, wanted);
  });
  return candidatesIn(events)
    .filter((c) => isOpenMatter(c.status) && Date.parse(c.receivedAt) >= since.getTime() && matchesKeys(c, wanted))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || a.complaintId.localeCompare(b.complaintId));
}

/** The receipt's keys, when the event is a complaint's receipt. */
function receiptOf(stored: StoredComplaintEventLike): Pick<DuplicateCandidate, 'complainantCitizenId' | 'accusedKey'> | undefined {
  if (stored.type !== 'ComplaintReceived') return undefined;
  const event = readComplaintEvent(stored);
  return event?.type === 'ComplaintReceived' ? keysOf(event.data) : undefined;
}

const keysOf = (data: ComplaintReceivedData) => ({
  complainantCitizenId: data.complainant.anonymous ? null : data.complainant.citizenId,
  accusedKey: data.accused ? accusedKey(data.accused) : null,
});

function matchesKeys(candidate: Pick<DuplicateCandidate, 'complainantCitizenId' | 'accusedKey'>, wanted: { citizenId: string; accusedKey: string | null }) {
  return (wanted.citizenId !== '' && digitsOnly(candidate.complainantCitizenId) === wanted.citizenId)
    || (wanted.accusedKey !== null && candidate.accusedKey === wanted.accusedKey);
}

/** Each complaint of the events (grouped by stream, in version order) as a candidate, folded as the decider does. */
function candidatesIn(events: readonly StoredComplaintEventLike[]): DuplicateCandidate[] {
  const folded = new Map<string, { state: ComplaintState; received?: ComplaintReceivedData }>();
  for (const stored of events) {
    const event = readComplaintEvent(stored);
    if (!event) continue;
    const current = folded.get(stored.streamId) ?? { state: initialComplaintState() };
    folded.set(stored.streamId, {
      state: evolveComplaint(current.state, event),
      received: event.type === 'ComplaintReceived' ? event.data : current.received,
    });
  }
  return [...folded.values()].flatMap(({ state, received }) => (state.status === null || !received ? [] : [{
    complaintId: state.complaintId,
    ...keysOf(received),
    subject: received.subject,
    receivedAt: new Date(received.receivedAt).toISOString(),
    status: state.status,
    heldBy: state.owningOffice,
  }]));
}
