import { ERASED_MARKER } from '../../../personal-data/keys/personal-data-shredder.js';
import { bangkokDateOf } from '../../../shared/date-input.js';
import { toArabicDigits } from '../../../shared/thai-digits.js';
import { officeCovers, type Office } from '../complaint-office.js';
import type { ComplaintStatus, DuplicateReason, Party, PossibleDuplicate } from '../complaint.events.js';

/**
 * Duplicate check at receipt (ตรวจสอบการร้องเรียนซ้ำซ้อน), pure part. The read model and the log supply candidate
 * complaints from the whole country; a candidate is listed as a possible duplicate (never refused) when it is still
 * an open matter (isOpenMatter), was received at most DUPLICATE_WINDOW_DAYS before the new complaint (or after it),
 * and either has the same complainant citizen id, or the same accused key and a subject at least
 * SUBJECT_SIMILARITY_THRESHOLD similar. A read model mirrors this with the normalised text below
 * (normaliseThaiText, subjectTrigrams) stored beside each complaint. The receiving office learns the id of a
 * match only in its own area; of one elsewhere only who holds it, since when and why (possibleDuplicateSeenBy).
 */
export const DUPLICATE_WINDOW_DAYS = 90;

/**
 * Whether a complaint in this status is still the open matter a new complaint may repeat. Neither a closed one nor a
 * resolved one is: the check is there to stop the same matter being handled twice (seed 004: the same complaint
 * already lodged in another district or province), and a resolved complaint has been dealt with; a citizen who
 * complains again after it is raising the matter anew (it recurred, or the result did not satisfy), which is a new
 * complaint, not a copy of one in hand. A resolved complaint that is reopened is IN_PROGRESS, and a candidate again.
 */
export const isOpenMatter = (status: ComplaintStatus): boolean => status !== 'RESOLVED' && status !== 'CLOSED';

export const SUBJECT_SIMILARITY_THRESHOLD = 0.5;

export interface DuplicateCandidate {
  complaintId: string;
  complainantCitizenId?: string | null;
  accusedKey?: string | null;
  subject: string;
  receivedAt: string;
  status: ComplaintStatus;
  /** The office holding it now. */
  heldBy: Office;
}

/** A candidate found to be possibly the same complaint, and why. */
export interface DuplicateMatch {
  candidate: DuplicateCandidate;
  reason: DuplicateReason;
}

/**
 * Text reduced for comparison: Arabic digits, compatibility forms folded (NFKC), the split sara am
 * (nikhahit + sara aa) joined, Latin letters lower-cased, and everything but letters, marks and digits
 * removed, spaces included (Thai does not separate words with spaces, and people space it differently).
 */
export function normaliseThaiText(text: string): string {
  return foldForms(text).toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}

/** NFKC splits sara am into nikhahit + sara aa; join them again so both typings compare equal. */
function foldForms(text: string): string {
  return toArabicDigits(String(text ?? '').normalize('NFKC')).replace(/\u0E4D\u0E32/g, '\u0E33');
}

/** The distinct three-character sequences (by code point) of the normalised text; shorter text is its own. */
export function subjectTrigrams(text: string): Set<string> {
  const chars = [...normaliseThaiText(text)];
  if (chars.length === 0) return new Set();
  if (chars.length < 3) return new Set([chars.join('')]);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return grams;
}

/** Dice similarity of the two subjects' trigram sets: 2·|A∩B| / (|A| + |B|), from 0 (nothing shared) to 1. */
export function subjectSimilarity(a: string, b: string): number {
  const gramsA = subjectTrigrams(a);
  const gramsB = subjectTrigrams(b);
  if (gramsA.size + gramsB.size === 0) return 0;
  let shared = 0;
  for (const gram of gramsA) if (gramsB.has(gram)) shared++;
  return (2 * shared) / (gramsA.size + gramsB.size);
}

// Titles, ranks and legal forms that one office writes and another leaves out. "นาย" before นายก… is the
// start of a position (นายกเทศมนตรี, นายกองค์การบริหารส่วนตำบล), not Mr.
const LEADING = /^(?:นางสาว|น\.ส\.|นาย(?!ก(?:เทศมนตรี|องค์การ|รัฐมนตรี|อบ))|นาง|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.|บริษัท|บจก\.|บมจ\.|ห้างหุ้นส่วนจำกัด|ห้างหุ้นส่วนสามัญ|หจก\.)\s*|^(?:mrs|mr|ms|miss)(?:\.\s*|\s+)/iu;
const TRAILING = /\s*(?:\(มหาชน\)|มหาชน|จำกัด|public company limited|company limited|co\.?,? ?ltd\.?|limited|ltd\.?)$/iu;

/**
 * The party complained about as a comparable key: its name without titles and legal forms, normalised as
 * normaliseThaiText. Kind, position and agency are left out, because offices record them differently.
 * Null when nothing is left, or when the name was erased (ERASED_MARKER, issue 17): an erased party matches no other.
 */
export function accusedKey(party: Pick<Party, 'name'>): string | null {
  if (party.name === ERASED_MARKER) return null;
  let name = foldForms(party.name).trim();
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name.replace(LEADING, '').replace(TRAILING, '').trim();
  }
  const key = normaliseThaiText(name);
  return key === '' ? null : key;
}

/** The new complaint's keys, as the check compares them. */
export interface NewComplaint {
  complaintId: string;
  complainantCitizenId: string | null;
  accusedKey: string | null;
  subject: string;
  receivedAt: string;
}

const DAY_MS = 86_400_000;
/** A citizen id as typed, Arabic digits only: how candidates and locks know a complainant. */
export const digitsOnly = (id: string | null | undefined) => (id ? toArabicDigits(id).replace(/\D/g, '') : '');

/**
 * The names of the locks a receipt of this complaint holds from reading its candidates until it is stored: one per key
 * the rule compares (its complainant, the party it accuses). Two receipts that could match each other share one.
 */
export function duplicateLockNames(complaint: Pick<NewComplaint, 'complainantCitizenId' | 'accusedKey'>): string[] {
  const citizenId = digitsOnly(complaint.complainantCitizenId);
  return [
    ...(citizenId === '' ? [] : [`complaint-complainant:${citizenId}`]),
    ...(complaint.accusedKey === null ? [] : [`complaint-accused:${complaint.accusedKey}`]),
  ];
}

/** The candidates that may be the same complaint, each once, in the order given. */
export function findDuplicateMatches(complaint: NewComplaint, candidates: readonly DuplicateCandidate[]): DuplicateMatch[] {
  const windowStart = Date.parse(complaint.receivedAt) - DUPLICATE_WINDOW_DAYS * DAY_MS;
  const citizenId = digitsOnly(complaint.complainantCitizenId);
  const found = new Map<string, DuplicateMatch>();
  for (const candidate of candidates) {
    if (candidate.complaintId === complaint.complaintId || found.has(candidate.complaintId)) continue;
    if (!isOpenMatter(candidate.status) || !(Date.parse(candidate.receivedAt) >= windowStart)) continue;
    if (citizenId !== '' && digitsOnly(candidate.complainantCitizenId) === citizenId) {
      found.set(candidate.complaintId, { candidate, reason: 'SAME_COMPLAINANT' });
    } else if (complaint.accusedKey !== null && candidate.accusedKey === complaint.accusedKey
      && subjectSimilarity(candidate.subject, complaint.subject) >= SUBJECT_SIMILARITY_THRESHOLD) {
      found.set(candidate.complaintId, { candidate, reason: 'SAME_ACCUSED_SIMILAR_SUBJECT' });
    }
  }
  return [...found.values()];
}

/** Whether the match is held outside the area of the office that received the new complaint. */
export const isElsewhere = (receiver: Office, match: DuplicateMatch): boolean => !officeCovers(receiver, match.candidate.heldBy);

/**
 * What the receiving office is told (and ComplaintReceived keeps) of a match: in its area the complaint's id;
 * elsewhere only the holding office, the Bangkok day it was received and the reason.
 */
export function possibleDuplicateSeenBy(receiver: Office, match: DuplicateMatch): PossibleDuplicate {
  const { candidate, reason } = match;
  if (!isElsewhere(receiver, match)) return { complaintId: candidate.complaintId, reason };
  return { heldBy: { level: candidate.heldBy.level, code: candidate.heldBy.code }, since: bangkokDateOf(candidate.receivedAt), reason };
}
