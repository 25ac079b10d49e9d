import { createHash } from 'node:crypto';
import { eventIdFor } from '../../../eventstore/event-ids.js';
import type { NewStream } from '../../../eventstore/event-store.port.js';
import { parseExportInstant } from '../../../import/import-instant.js';
import { DomainError } from '../../../shared/domain-error.js';
import { refusalsOf } from '../../../shared/field-errors.js';
import { cleanText } from '../../../shared/text-input.js';
import { toArabicDigits } from '../../../shared/thai-digits.js';
import { CENTRAL_OFFICE, type Office } from '../complaint-office.js';
import { COMPLAINT_CHANNELS_TH } from '../vocabulary/complaint-vocabulary.th.js';
import { complaintStreamId } from '../complaint.command-handlers.js';
import type { ReceiveComplaint } from '../complaint.commands.js';
import { complaintDecider } from '../complaint.decider.js';
import { COMPLAINT_CHANNELS, type ComplaintChannel } from '../complaint.events.js';
import type { ComplaintImportColumn, ComplaintImportRow } from './complaint-import-columns.js';

/** One row of a complaint backlog as the ReceiveComplaint it stands for, decided into the new stream it becomes. */

/** A refusal of a row, at the column the field it names points to. */
export interface ComplaintRowRefusal {
  column: ComplaintImportColumn | null;
  error: DomainError;
}

/** A row refused: every reason, each at its column. */
export class ComplaintRowRefused extends Error {
  constructor(readonly refusals: readonly ComplaintRowRefusal[]) {
    super(refusals[0].error.messageEn);
  }
}

/** The earlier system's reference as the complaint and command ids are made from it: Arabic digits, upper case. */
export function parseReference(input: string | undefined): string {
  const reference = toArabicDigits(cleanText(input ?? '')).toUpperCase();
  if (/^[A-Z0-9ก-๙][A-Z0-9ก-๙ ._/-]{0,59}$/.test(reference)) return reference;
  throw new DomainError('IMPORT_COMPLAINT_REFERENCE_INVALID',
    'เลขที่เรื่องเดิมต้องเป็นตัวอักษรหรือตัวเลข (ใช้ . _ / - และช่องว่างได้) ไม่เกิน 60 ตัวอักษร',
    'A reference is 1–60 letters or digits (and . _ / - and spaces)', 'reference');
}

/** The command id a reference is imported under, and the complaint id (a UUID) derived from it. */
export const importCommandId = (reference: string) => `import:complaint:${reference}`;
export function importedComplaintId(reference: string): string {
  const hex = createHash('sha256').update(importCommandId(reference)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const key = (text: string | undefined) => cleanText(text ?? '').toLowerCase().replace(/[\s_-]/g, '');

const CHANNELS = new Map<string, ComplaintChannel>([
  ...COMPLAINT_CHANNELS.map((c) => [key(c), c] as const),
  ...COMPLAINT_CHANNELS.map((c) => [key(COMPLAINT_CHANNELS_TH[c]), c] as const),
  ['1567', 'HOTLINE_1567'], ['สายด่วน', 'HOTLINE_1567'], ['จดหมาย', 'LETTER'], ['หนังสือ', 'LETTER'], ['walkin', 'WALK_IN'],
]);
/** A channel by its code or Thai name; anything else passed on, for the decider to refuse. */
export const channelOf = (input: string | undefined): ComplaintChannel =>
  CHANNELS.get(key(input)) ?? (cleanText(input ?? '') as ComplaintChannel);

/** The receiving office by its code: CENTRAL (or ส่วนกลาง), a 2-digit province or a 4-digit district; checked by the decider. */
export function officeOf(input: string | undefined): Office {
  const code = toArabicDigits(cleanText(input ?? '')).toUpperCase();
  if (code === CENTRAL_OFFICE.code || code === 'ส่วนกลาง') return { ...CENTRAL_OFFICE };
  return { level: /^\d{2}$/.test(code) ? 'PROVINCE' : 'DISTRICT', code };
}

const YES = new Set(['yes', 'y', 'true', '1', 'ใช่', 'ไม่ประสงค์ออกนาม', 'x', '✓']);
const isYes = (input: string | undefined) => YES.has(key(input));

/** An export instant (import-instant.ts) as ISO; as written when it is none, so the decider refuses it among the other fields. */
function receivedAtOf(input: string | undefined): string {
  try {
    return parseExportInstant(input ?? '', 'receivedAt');
  } catch {
    return input ?? '';
  }
}

/**
 * The ReceiveComplaint a row stands for, received at its own date, by the office it names, recorded `at` the
 * import. No duplicate candidates: the duplicate check is not run for imported history (the complaints were
 * handled already, and the receiving office sees any later complaint's matches among them).
 */
export function receiveCommandOf(reference: string, row: ComplaintImportRow, at: string, trackingCode: string): ReceiveComplaint {
  const v = row.values;
  const anonymous = isYes(v.anonymous);
  const hasAddress = [v.addressLine, v.addressSubdistrictCode, v.addressDistrictCode].some((x) => x !== undefined);
  const hasAccused = [v.accusedKind, v.accusedName, v.accusedPosition, v.accusedAgency].some((x) => x !== undefined);
  return {
    type: 'ReceiveComplaint', at, actingOffice: officeOf(v.office), complaintId: importedComplaintId(reference), trackingCode,
    channel: channelOf(v.channel), receivedAt: receivedAtOf(v.receivedAt),
    complainant: {
      anonymous, citizenId: v.citizenId, title: v.title, firstName: v.firstName, lastName: v.lastName, phone: v.phone,
      address: hasAddress
        ? { line: v.addressLine ?? '', subdistrictCode: v.addressSubdistrictCode ?? '', districtCode: v.addressDistrictCode ?? '' }
        : null,
    },
    subject: v.subject ?? '', description: v.description ?? '',
    category: { main: cleanText(v.categoryMain ?? '').toUpperCase(), sub: v.categorySub && cleanText(v.categorySub).toUpperCase(), otherText: v.categoryOther },
    location: { subdistrictCode: v.subdistrictCode ?? '', districtCode: v.districtCode ?? '' },
    accused: hasAccused
      ? { kind: cleanText(v.accusedKind ?? '') as NonNullable<ReceiveComplaint['accused']>['kind'], name: v.accusedName ?? '', position: v.accusedPosition, agency: v.accusedAgency }
      : null,
    candidates: [],
  };
}

/** The row decided by the complaint decider into its new stream; throws its refusals, each at its column. */
export function decideImportedReceipt(
  reference: string, command: ReceiveComplaint, run: { actor: string; correlationId: string },
): NewStream {
  let event;
  try {
    [event] = complaintDecider.decide(command, complaintDecider.initialState());
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new ComplaintRowRefused(refusalsOf(error).map((refused) => ({ column: columnOf(refused.field), error: refused })));
  }
  const commandId = importCommandId(reference);
  const metadata = { actor: run.actor, commandId, correlationId: run.correlationId, causationId: commandId };
  return {
    streamId: complaintStreamId(command.complaintId),
    events: [{ eventId: eventIdFor(commandId, 0), type: event.type, schemaVersion: complaintDecider.schemaVersions[event.type], data: event.data, metadata }],
  };
}

const FIELD_COLUMNS: Record<string, ComplaintImportColumn> = {
  complaintId: 'reference', receivedAt: 'receivedAt', channel: 'channel', actingOffice: 'office', complainant: 'firstName',
  'complainant.citizenId': 'citizenId', 'complainant.title': 'title', 'complainant.firstName': 'firstName',
  'complainant.lastName': 'lastName', 'complainant.phone': 'phone', 'complainant.address': 'addressLine',
  'complainant.address.line': 'addressLine', 'complainant.address.subdistrictCode': 'addressSubdistrictCode',
  'complainant.address.districtCode': 'addressDistrictCode', category: 'categoryMain', 'category.main': 'categoryMain',
  'category.sub': 'categorySub', 'category.otherText': 'categoryOther', subject: 'subject', description: 'description',
  location: 'subdistrictCode', 'location.subdistrictCode': 'subdistrictCode', 'location.districtCode': 'districtCode',
  accused: 'accusedName', 'accused.kind': 'accusedKind', 'accused.name': 'accusedName', 'accused.position': 'accusedPosition',
  'accused.agency': 'accusedAgency',
};

/** The column a field of ReceiveComplaint comes from (`actingOffice.code` from office_code, and so on). */
function columnOf(field: string | undefined): ComplaintImportColumn | null {
  for (let f = field ?? ''; f !== ''; f = f.includes('.') ? f.slice(0, f.lastIndexOf('.')) : '') {
    if (FIELD_COLUMNS[f]) return FIELD_COLUMNS[f];
  }
  return null;
}
