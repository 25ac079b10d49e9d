import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { CaseRef, ErasureRequestData } from './erasure-request.events.js';
import { erasureRequestEventsIn } from './erasure-request.events.js';
import type { ErasureRefusalObject, ErasureRequestObject } from './erasure-requests.types.js';

const TYPE_TH: Record<CaseRef['caseType'], string> = {
  DEBT: 'เรื่องหนี้นอกระบบ', COMPLAINT: 'เรื่องร้องเรียน', LEAFLET_PERMIT: 'คำขออนุญาตโฆษณาด้วยแผ่นประกาศ', BUSINESS: 'สถานประกอบการเลขที่',
  STAFF_ACCOUNT: 'บัญชีผู้มีสิทธิใช้งาน',
};
const named = (cases: readonly CaseRef[]) => cases.map((c) => `${TYPE_TH[c.caseType]} ${c.caseId}`).join(', ');
const namedEn = (cases: readonly CaseRef[]) => cases.map((c) => `${c.caseType.toLowerCase().replace('_', ' ')} ${c.caseId}`).join(', ');

/** Why a request was refused, for each kind of case that refused it: a staff account kept has a code of its own. */
export function refusalsOf(open: readonly CaseRef[], heldCases: readonly CaseRef[]): ErasureRefusalObject[] {
  const accounts = open.filter((c) => c.caseType === 'STAFF_ACCOUNT');
  const openCases = open.filter((c) => c.caseType !== 'STAFF_ACCOUNT');
  return [
    ...(accounts.length === 0 ? [] : [{
      code: 'ERASURE_SUBJECT_STAFF_ACCOUNT_KEPT', cases: accounts,
      messageTh: `ลบข้อมูลไม่ได้ เพราะ${named(accounts)} ยังใช้งานอยู่ หรือระงับการใช้งานยังไม่พ้นระยะเวลาเก็บรักษา`,
      messageEn: `Cannot erase: the staff account is active, or its retention after suspension is not over: ${namedEn(accounts)}`,
    }]),
    ...(openCases.length === 0 ? [] : [{
      code: 'ERASURE_SUBJECT_HAS_OPEN_CASES', cases: [...openCases],
      messageTh: `ลบข้อมูลไม่ได้ เพราะเจ้าของข้อมูลยังมีเรื่องที่ยังไม่ยุติ: ${named(openCases)}`,
      messageEn: `Cannot erase: the subject's cases are still open: ${namedEn(openCases)}`,
    }]),
    ...(heldCases.length === 0 ? [] : [{
      code: 'ERASURE_SUBJECT_UNDER_LEGAL_HOLD', cases: [...heldCases],
      messageTh: `ลบข้อมูลไม่ได้ เพราะมีคำสั่งระงับการลบข้อมูลของเรื่อง: ${named(heldCases)}`,
      messageEn: `Cannot erase: a legal hold keeps the cases: ${namedEn(heldCases)}`,
    }]),
  ];
}

/** The request's fields common to the stream and the read model. */
export function requestFields(d: ErasureRequestData, actor: { actor: string; office: string | null }) {
  const recordedAt = new Date(d.at);
  return {
    requestId: d.requestId, recordedAt, recordedAtTh: formatThaiDateTime(recordedAt), subjectMasked: d.subjectMasked, requester: d.requester,
    basis: d.basis, letterReference: d.letterReference, receivedOn: d.receivedOn, receivedOnTh: formatThaiDate(d.receivedOn),
    caseCount: d.caseCount, recordedActor: actor,
  };
}

/** The request as its stream has it now; undefined for a stream that holds none. */
export function erasureRequestOf(events: readonly StoredEvent[]): ErasureRequestObject | undefined {
  let request: ErasureRequestObject | undefined;
  for (const { stored, event } of erasureRequestEventsIn(events)) {
    if (event.type === 'SubjectDataErased') {
      const at = new Date(event.data.at);
      if (request) request = { ...request, erasedAt: at, erasedAtTh: formatThaiDateTime(at), keysDestroyed: event.data.keysDestroyed, streamCount: event.data.streamCount };
      continue;
    }
    const refused = event.type === 'ErasureRequestRefused' ? event.data : null;
    request = {
      ...requestFields(event.data, { actor: stored.metadata.actor, office: stored.metadata.actorOffice ?? null }),
      decision: refused ? 'REFUSED' : 'ACCEPTED', refusals: refused ? refusalsOf(refused.openCases, refused.heldCases) : [],
      erasedAt: null, erasedAtTh: null, keysDestroyed: null, streamCount: null,
    };
  }
  return request;
}
