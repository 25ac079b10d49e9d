import { notePersonalRead } from '../../../identity/read-log/personal-data-reads.js';
import { isElsewhere, possibleDuplicateSeenBy, type DuplicateMatch } from './complaint-duplicates.js';
import type { Office } from '../complaint-office.js';
import type { DuplicateReason, PossibleDuplicate } from '../complaint.events.js';

/** What the duplicate check compared of the other complaint, by reason: the fields it read (never their values). */
const MATCHED_FIELDS: Readonly<Record<DuplicateReason, readonly string[]>> = {
  SAME_COMPLAINANT: ['duplicateCheck.complainant.citizenId'],
  SAME_ACCUSED_SIMILAR_SUBJECT: ['duplicateCheck.accused.name', 'duplicateCheck.subject'],
};

const sameEntry = (a: PossibleDuplicate, b: PossibleDuplicate) =>
  'heldBy' in a && 'heldBy' in b && a.reason === b.reason && a.since === b.since
  && a.heldBy.level === b.heldBy.level && a.heldBy.code === b.heldBy.code;

/**
 * Notes in the personal-data read log each complaint outside the receiver's area that the receipt answered as a
 * possible duplicate (office, day and reason): the receiving account learnt that its complainant or its accused
 * and subject match. `matches` are the check's matches with the candidates' ids; `answered` the entries the
 * receipt shows (a retried receipt shows the stored ones, so only matches still shown there are noted).
 */
export function noteCrossAreaMatches(receiver: Office, matches: readonly DuplicateMatch[], answered: readonly PossibleDuplicate[]): void {
  for (const match of matches) {
    if (!isElsewhere(receiver, match)) continue;
    const seen = possibleDuplicateSeenBy(receiver, match);
    if (answered.some((entry) => sameEntry(entry, seen))) notePersonalRead('complaint', match.candidate.complaintId, MATCHED_FIELDS[match.reason]);
  }
}
