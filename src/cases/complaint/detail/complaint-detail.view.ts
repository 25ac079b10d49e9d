import { centreNameTh } from '../../../geography/centre-name.js';
import { requireDistrict, requireProvince, requireSubdistrict } from '../../../geography/geography.js';
import { findMainCategory, findSubCategory } from '../categories/complaint-categories.enums.js';
import type { ComplaintDetail } from './complaint-detail.js';
import type { ComplaintDetailObject } from './complaint-detail.types.js';
import type { Office } from '../complaint-office.js';
import type { Address, Assignee, Complainant, ComplaintCategory } from '../complaint.events.js';
import { formatTrackingCode } from '../receipt/tracking-code.js';
import { toPossibleDuplicate } from '../complaint.types.js';
import { toDocumentObject } from '../documents/complaint-document.view.js';

/** The folded complaint as the API shows it: offices and places with their names, instants as dates, documents erased as such. */
export function toDetailObject(detail: ComplaintDetail, erasedDocuments: ReadonlySet<string>): Omit<ComplaintDetailObject, 'allowedActions' | 'allowedCloseReasons'> {
  const { state, received } = detail;
  const { location } = received;
  return {
    complaintId: state.complaintId,
    trackingCode: formatTrackingCode(state.trackingCode),
    version: detail.version,
    status: state.status,
    channel: received.channel,
    receivedAt: new Date(received.receivedAt),
    recordedAt: new Date(received.at),
    receivedBy: office(received.by),
    owningOffice: office(state.owningOffice),
    subject: received.subject,
    description: received.description,
    category: category(state.category),
    complainant: complainant(received.complainant),
    accused: received.accused,
    location: {
      subdistrict: requireSubdistrict(location.subdistrictCode), district: requireDistrict(location.districtCode),
      province: requireProvince(location.provinceCode), lat: location.point?.lat ?? null, lng: location.point?.lng ?? null,
    },
    assignee: state.assignee && assignee(state.assignee),
    assignments: detail.assignments.map((a) => ({ at: new Date(a.at), by: office(a.by), assignee: assignee(a.assignee), note: a.note })),
    progressNotes: detail.progressNotes.map((p) => ({ at: new Date(p.at), by: office(p.by), note: p.note })),
    forwards: detail.forwards.map((f) => ({ at: new Date(f.at), from: office(f.from), to: office(f.to), note: f.note })),
    resolution: detail.resolution && { ...detail.resolution, at: new Date(detail.resolution.at), by: office(detail.resolution.by) },
    closing: detail.closing && { ...detail.closing, at: new Date(detail.closing.at), by: office(detail.closing.by) },
    reopenings: detail.reopenings.map((r) => ({ at: new Date(r.at), by: office(r.by), reason: r.reason })),
    duplicateOf: state.duplicateOf,
    possibleDuplicates: received.possibleDuplicates.map(toPossibleDuplicate),
    documents: detail.documents.map((d) => toDocumentObject(state.complaintId, d, erasedDocuments.has(d.documentId))),
    lastEventAt: new Date(detail.lastEventAt),
  };
}

const office = ({ level, code }: Office) => ({ level, code, nameTh: centreNameTh(level, code) });

function category({ mainCode, subCode, otherText }: ComplaintCategory) {
  const main = findMainCategory(mainCode);
  const sub = subCode === null ? undefined : findSubCategory(mainCode, subCode);
  return {
    mainCode, mainNameTh: main?.nameTh ?? mainCode, mainNameEn: main?.nameEn ?? mainCode,
    subCode, subNameTh: sub?.nameTh ?? null, subNameEn: sub?.nameEn ?? null, otherText,
  };
}

function complainant(person: Complainant) {
  if (person.anonymous) {
    return { anonymous: true, citizenId: null, title: null, firstName: null, lastName: null, phone: null, address: null };
  }
  return { ...person, address: person.address && address(person.address) };
}

function address(a: Address) {
  return {
    line: a.line, subdistrict: requireSubdistrict(a.subdistrictCode), district: requireDistrict(a.districtCode),
    province: requireProvince(a.provinceCode),
  };
}

function assignee(a: Assignee) {
  return a.kind === 'TAMBON_TEAM'
    ? { kind: a.kind, subdistrict: requireSubdistrict(a.subdistrictCode), name: null }
    : { kind: a.kind, subdistrict: null, name: a.name };
}
