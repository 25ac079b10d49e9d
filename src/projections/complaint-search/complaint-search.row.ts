import type { ComplaintEvent } from '../../cases/complaint/complaint.events.js';
import type { ComplaintDocumentEvent } from '../../cases/complaint/documents/complaint-documents.events.js';
import { holderArea } from '../complaint-holder.js';
import { keysOf, wordsOfKeys } from './search-keys.js';
import { unionOf, wordsOf } from './search-words.js';

/** A scanned document's read text as the row keeps it: null until read, or when OCR could not read it. */
export interface SearchDocument {
  fileName: string | null;
  text: string | null;
}

/** One row of complaint_search, as the projection folds it in memory. */
export interface SearchRow {
  complaintId: string;
  trackingCode: string;
  status: string;
  owningLevel: string;
  owningCode: string;
  owningDistrict: string | null;
  owningProvince: string | null;
  receivedAt: string;
  subject: string;
  description: string;
  /** The words of the accused's and the complainant's names (the names themselves are not kept). */
  nameWords: string[];
  documents: Record<string, SearchDocument>;
  titleWords: string[];
  /** The search keys: words, title words and month, for the country and the owning province and district (search-keys.ts). */
  keys: string[];
  version: number;
}

/** The columns in SearchRow order, with the SQL types the upsert reads them as from its JSON. */
export const COLUMNS: readonly (readonly [keyof SearchRow, string, string])[] = [
  ['complaintId', 'complaint_id', 'text'],
  ['trackingCode', 'tracking_code', 'text'],
  ['status', 'status', 'text'],
  ['owningLevel', 'owning_level', 'text'],
  ['owningCode', 'owning_code', 'text'],
  ['owningDistrict', 'owning_district', 'text'],
  ['owningProvince', 'owning_province', 'text'],
  ['receivedAt', 'received_at', 'timestamptz'],
  ['subject', 'subject', 'text'],
  ['description', 'description', 'text'],
  ['nameWords', 'name_words', 'text[]'],
  ['documents', 'documents', 'jsonb'],
  ['titleWords', 'title_words', 'text[]'],
  ['keys', 'keys', 'text[]'],
  ['version', 'version', 'int4'],
];

const areaOf = (row: SearchRow) => ({ district: row.owningDistrict, province: row.owningProvince });

/** The row's title words and keys made again from its texts. */
function withWords(row: SearchRow): SearchRow {
  const titleWords = unionOf(wordsOf(row.subject), row.nameWords);
  const documentWords = Object.values(row.documents).map((document) => wordsOf(document.text));
  const words = unionOf(titleWords, wordsOf(row.description), ...documentWords);
  return { ...row, titleWords, keys: keysOf(words, titleWords, areaOf(row), row.receivedAt) };
}

/** The row's keys for the area it is owned in now, from the words it has. */
const withArea = (row: SearchRow): SearchRow => ({ ...row, keys: keysOf(wordsOfKeys(row.keys), row.titleWords, areaOf(row), row.receivedAt) });

const owner = (office: { level: string; code: string }) => {
  const { district, province } = holderArea(office as Parameters<typeof holderArea>[0]);
  return { owningLevel: office.level, owningCode: office.code, owningDistrict: district, owningProvince: province };
};

const STATUS_AFTER: Partial<Record<ComplaintEvent['type'], string>> = {
  ComplaintAssigned: 'ASSIGNED',
  ComplaintProgressRecorded: 'IN_PROGRESS',
  ComplaintResolved: 'RESOLVED',
  ComplaintClosed: 'CLOSED',
  ComplaintReopened: 'IN_PROGRESS',
};

/** The row after one event of its complaint; `row` is undefined only before ComplaintReceived. */
export function evolveSearchRow(row: SearchRow | undefined, event: ComplaintEvent | ComplaintDocumentEvent, version: number): SearchRow {
  if (event.type === 'ComplaintReceived') {
    const { data } = event;
    const complainant = data.complainant.anonymous ? [] : [data.complainant.firstName, data.complainant.lastName];
    return withWords({
      complaintId: data.complaintId, trackingCode: data.trackingCode, status: 'RECEIVED', ...owner(data.owningOffice),
      receivedAt: data.receivedAt, subject: data.subject, description: data.description,
      nameWords: wordsOf(data.accused?.name, ...complainant), documents: {}, titleWords: [], keys: [], version,
    });
  }
  if (row === undefined) throw new Error(`complaint ${event.data.complaintId}: ${event.type} before ComplaintReceived`);
  const next = { ...row, version };
  switch (event.type) {
    case 'ComplaintForwarded':
      return withArea({ ...next, status: 'RECEIVED', ...owner(event.data.to) });
    case 'ComplaintDocumentAttached':
      return { ...next, documents: { ...row.documents, [event.data.documentId]: { fileName: event.data.fileName, text: null } } };
    case 'ComplaintDocumentTextRead':
    case 'ComplaintDocumentTextUnread': {
      const text = event.type === 'ComplaintDocumentTextRead' ? event.data.pages.map((page) => page.text).join('\n') : null;
      const fileName = row.documents[event.data.documentId]?.fileName ?? null;
      return withWords({ ...next, documents: { ...row.documents, [event.data.documentId]: { fileName, text } } });
    }
    default: {
      const status = STATUS_AFTER[event.type];
      return status ? { ...next, status } : next;
    }
  }
}
