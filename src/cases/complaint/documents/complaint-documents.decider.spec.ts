import { describe, it } from '@jest/globals';
import { given } from '../../../../test/support/decider-spec.js';
import type { Office } from '../complaint-office.js';
import { complaintDecider } from '../complaint.decider.js';
import type { ComplaintEvent } from '../complaint.events.js';
import type { AttachComplaintDocument } from './complaint-documents.commands.js';

const AT = '2024-06-10T03:00:00.000Z';
const DISTRICT: Office = { level: 'DISTRICT', code: '7001' };
const OTHER: Office = { level: 'DISTRICT', code: '7002' };
const DOC = 'd'.repeat(64);
const received: ComplaintEvent = {
  type: 'ComplaintReceived',
  data: {
    complaintId: 'c-1', at: AT, by: DISTRICT, trackingCode: '7K3MQ9XR2DG', channel: 'LETTER', receivedAt: AT, owningOffice: DISTRICT,
    complainant: { anonymous: true }, subject: 'ถนนชำรุด', description: 'ถนนในหมู่ ๓ ชำรุดเป็นหลุม',
    category: { mainCode: 'REQUEST_HELP', subCode: 'PUBLIC_UTILITIES', otherText: null },
    location: { subdistrictCode: '700101', districtCode: '7001', provinceCode: '70', point: null }, accused: null, possibleDuplicates: [],
  },
};
const closed: ComplaintEvent = { type: 'ComplaintClosed', data: { complaintId: 'c-1', at: AT, by: DISTRICT, reason: 'WITHDRAWN', note: null, duplicateOf: null } };
const limits = { maxBytes: 1000, maxPages: 3 };
/** The complaint's CASE key its copy was sealed under. */
const KEY = '5f0e3c1a-7d2b-4c8e-9a61-0b3f2d4e6a81';
const attach = (document: Partial<AttachComplaintDocument['document']> = {}, actingOffice = DISTRICT): AttachComplaintDocument => ({
  type: 'AttachComplaintDocument', at: '2024-06-10T10:00:00+07:00', actingOffice, limits,
  document: { documentId: DOC, contentType: 'application/pdf', size: 900, pages: 2, fileName: ' หนังสือ  ร้องเรียน.pdf ', sealedUnder: KEY, ...document },
});
const attached: ComplaintEvent = {
  type: 'ComplaintDocumentAttached',
  data: { complaintId: 'c-1', documentId: DOC, contentType: 'application/pdf', size: 900, pages: 2, fileName: 'หนังสือ ร้องเรียน.pdf', sealedUnder: KEY, at: AT, by: DISTRICT },
};
const read = { type: 'RecordComplaintDocumentText' as const, at: AT, documentId: DOC, engine: 'tesseract 5.3.0 tha+eng' };
const textRead: ComplaintEvent = {
  type: 'ComplaintDocumentTextRead',
  data: { complaintId: 'c-1', documentId: DOC, engine: 'tesseract 5.3.0 tha+eng', pages: [{ page: 1, text: 'เรียน นายอำเภอ\nDear Sir', confidence: 88 }], at: AT },
};
const unread = { type: 'RecordComplaintDocumentUnread' as const, at: AT, documentId: DOC, reason: 'tesseract is not installed' };

describe('complaint documents', () => {
  it('attaches a document of the owning office, its file name cleaned', () => {
    given(complaintDecider, [received]).when(attach()).then([attached]);
  });

  it('refuses a document over the limits, of another type, empty, of no pages, or not an uploaded id', () => {
    given(complaintDecider, [received]).when(attach({ size: 1001 })).thenRejects('COMPLAINT_DOCUMENT_TOO_LARGE', 'document');
    given(complaintDecider, [received]).when(attach({ pages: 4 })).thenRejects('COMPLAINT_DOCUMENT_TOO_MANY_PAGES', 'document');
    given(complaintDecider, [received]).when(attach({ contentType: 'image/gif' as never })).thenRejects('COMPLAINT_DOCUMENT_TYPE_UNSUPPORTED', 'document');
    given(complaintDecider, [received]).when(attach({ size: 0 })).thenRejects('COMPLAINT_DOCUMENT_EMPTY', 'document');
    given(complaintDecider, [received]).when(attach({ pages: 0 })).thenRejects('COMPLAINT_DOCUMENT_UNREADABLE', 'document');
    given(complaintDecider, [received]).when(attach({ documentId: '../etc/passwd' })).thenRejects('COMPLAINT_DOCUMENT_NOT_UPLOADED', 'documentId');
    given(complaintDecider, [received]).when(attach({ sealedUnder: '' })).thenRejects('COMPLAINT_DOCUMENT_NOT_UPLOADED', 'documentId');
  });

  it('refuses another office, a closed complaint, a complaint never received, and the same document twice', () => {
    given(complaintDecider, [received]).when(attach({}, OTHER)).thenRejects('COMPLAINT_NOT_OWNER', 'actingOffice');
    given(complaintDecider, [received, closed]).when(attach()).thenRejects('COMPLAINT_CLOSED');
    given(complaintDecider, []).when(attach()).thenRejects('COMPLAINT_NOT_FOUND');
    given(complaintDecider, [received, attached]).when(attach()).thenRejects('COMPLAINT_DOCUMENT_ALREADY_ATTACHED', 'documentId');
    given(complaintDecider, [received]).when({ ...attach(), actingTeam: '700102' }).thenRejects('TEAM_RECORDS_PROGRESS_ONLY');
  });

  it('records the text OCR read, page by page, once; later readings decide nothing', () => {
    given(complaintDecider, [received, attached]).when({ ...read, pages: [{ page: 1, text: 'เรียน นายอำเภอ\nDear Sir', confidence: 88 }] }).then([textRead]);
    given(complaintDecider, [received, attached, textRead]).when({ ...read, pages: [] }).then([]);
    given(complaintDecider, [received, attached, textRead]).when(unread).then([]);
  });

  it('records why a document has no text, even on a closed complaint', () => {
    given(complaintDecider, [received, attached, closed]).when(unread)
      .then([{ type: 'ComplaintDocumentTextUnread', data: { complaintId: 'c-1', documentId: DOC, reason: 'tesseract is not installed', at: AT } }]);
  });

  it('refuses text of a document not attached, of a page the document does not have, and an unread without reason', () => {
    given(complaintDecider, [received]).when({ ...read, pages: [] }).thenRejects('COMPLAINT_DOCUMENT_NOT_FOUND', 'documentId');
    given(complaintDecider, [received, attached]).when({ ...read, pages: [{ page: 3, text: 'x', confidence: 1 }] })
      .thenRejects('COMPLAINT_FIELD_REQUIRED', 'pages.0.page');
    given(complaintDecider, [received, attached]).when({ ...unread, reason: ' ' }).thenRejects('TEXT_REQUIRED', 'reason');
  });
});
