import { accusedKeyOf, addTrigrams, normaliseText } from './complaint-text-key.js';
import type { ComplaintEvent, ComplaintReceivedData } from '../../cases/complaint/complaint.events.js';
import { holderArea } from '../complaint-holder.js';

/** One row of complaint_list, as the projection folds it in memory. */
export interface ComplaintRow {
  complaintId: string;
  trackingCode: string;
  status: string;
  owningLevel: string;
  owningCode: string;
  owningDistrict: string | null;
  owningProvince: string | null;
  locationSubdistrict: string;
  locationDistrict: string;
  locationProvince: string;
  locationLat: number | null;
  locationLng: number | null;
  categoryMain: string;
  categorySub: string | null;
  categoryOtherText: string | null;
  channel: string;
  receivedAt: string;
  complainantCitizenId: string | null;
  accusedName: string | null;
  accusedKey: string | null;
  subject: string;
  searchText: string;
  /** The trigrams separated by spaces (a trigram holds letters, marks and digits only), as sent and read. */
  searchGrams: string;
  assignee: unknown;
  possibleDuplicates: unknown;
  duplicateOf: string | null;
  closeReason: string | null;
  closedAt: string | null;
  version: number;
  updatedAt: string;
}

/** The columns in ComplaintRow order, with the SQL types the upsert reads them as from its JSON. */
export const COLUMNS: readonly (readonly [keyof ComplaintRow, string, string])[] = [
  ['complaintId', 'complaint_id', 'text'],
  ['trackingCode', 'tracking_code', 'text'],
  ['status', 'status', 'text'],
  ['owningLevel', 'owning_level', 'text'],
  ['owningCode', 'owning_code', 'text'],
  ['owningDistrict', 'owning_district', 'text'],
  ['owningProvince', 'owning_province', 'text'],
  ['locationSubdistrict', 'location_subdistrict', 'text'],
  ['locationDistrict', 'location_district', 'text'],
  ['locationProvince', 'location_province', 'text'],
  ['locationLat', 'location_lat', 'float8'],
  ['locationLng', 'location_lng', 'float8'],
  ['categoryMain', 'category_main', 'text'],
  ['categorySub', 'category_sub', 'text'],
  ['categoryOtherText', 'category_other_text', 'text'],
  ['channel', 'channel', 'text'],
  ['receivedAt', 'received_at', 'timestamptz'],
  ['complainantCitizenId', 'complainant_citizen_id', 'text'],
  ['accusedName', 'accused_name', 'text'],
  ['accusedKey', 'accused_key', 'text'],
  ['subject', 'subject', 'text'],
  ['searchText', 'search_text', 'text'],
  ['searchGrams', 'search_grams', 'text'],
  ['assignee', 'assignee', 'jsonb'],
  ['possibleDuplicates', 'possible_duplicates', 'jsonb'],
  ['duplicateOf', 'duplicate_of', 'text'],
  ['closeReason', 'close_reason', 'text'],
  ['closedAt', 'closed_at', 'timestamptz'],
  ['version', 'version', 'int4'],
  ['updatedAt', 'updated_at', 'timestamptz'],
];

/** The owning office with the district and province it belongs to. */
function owner(office: ComplaintReceivedData['owningOffice']) {
  const { district, province } = holderArea(office);
  return { owningLevel: office.level, owningCode: office.code, owningDistrict: district, owningProvince: province };
}

function received(data: ComplaintReceivedData, version: number): ComplaintRow {
  const accusedName = data.accused?.name ?? null;
  const parts = [normaliseText(data.subject), normaliseText(accusedName ?? '')];
  const grams = new Set<string>();
  for (const part of parts) addTrigrams(part, grams);
  return {
    complaintId: data.complaintId,
    trackingCode: data.trackingCode,
    status: 'RECEIVED',
    ...owner(data.owningOffice),
    locationSubdistrict: data.location.subdistrictCode,
    locationDistrict: data.location.districtCode,
    locationProvince: data.location.provinceCode,
    locationLat: data.location.point?.lat ?? null,
    locationLng: data.location.point?.lng ?? null,
    categoryMain: data.category.mainCode,
    categorySub: data.category.subCode,
    categoryOtherText: data.category.otherText,
    channel: data.channel,
    receivedAt: data.receivedAt,
    complainantCitizenId: data.complainant.anonymous ? null : data.complainant.citizenId,
    accusedName,
    accusedKey: accusedName === null ? null : accusedKeyOf(accusedName),
    subject: data.subject,
    searchText: parts.join('|'),
    searchGrams: [...grams].join(' '),
    assignee: null,
    possibleDuplicates: data.possibleDuplicates,
    duplicateOf: null,
    closeReason: null,
    closedAt: null,
    version,
    updatedAt: data.at,
  };
}

/** The row after one event of its complaint; `row` is undefined only before ComplaintReceived. */
export function evolveRow(row: ComplaintRow | undefined, event: ComplaintEvent, version: number): ComplaintRow {
  if (event.type === 'ComplaintReceived') return received(event.data, version);
  if (row === undefined) throw new Error(`complaint ${event.data.complaintId}: ${event.type} before ComplaintReceived`);
  const next = { ...row, version, updatedAt: event.data.at };
  switch (event.type) {
    case 'ComplaintAssigned':
      return { ...next, status: 'ASSIGNED', assignee: event.data.assignee };
    case 'ComplaintProgressRecorded':
      return { ...next, status: 'IN_PROGRESS' };
    case 'ComplaintForwarded':
      return { ...next, status: 'RECEIVED', ...owner(event.data.to), assignee: null };
    case 'ComplaintResolved':
      return { ...next, status: 'RESOLVED' };
    case 'ComplaintClosed':
      return { ...next, status: 'CLOSED', closeReason: event.data.reason, closedAt: event.data.at };
    case 'ComplaintReopened':
      return {
        ...next, status: 'IN_PROGRESS', closeReason: null, closedAt: null,
        duplicateOf: row.closeReason === 'DUPLICATE' ? null : row.duplicateOf,
      };
    case 'ComplaintMarkedDuplicate':
      return { ...next, duplicateOf: event.data.duplicateOf };
    case 'ComplaintDocumentAttached':
      return next;
    // The OCR worker's reading is no work on the complaint: a stale complaint stays stale.
    case 'ComplaintDocumentTextRead':
    case 'ComplaintDocumentTextUnread':
      return { ...row, version };
  }
}
