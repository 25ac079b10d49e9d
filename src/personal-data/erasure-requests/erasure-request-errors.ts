import { DomainError } from '../../shared/domain-error.js';

/** Refusals of erasure requests: a stable code, Thai and English text, the field at fault. */
export const erasureRequestErrors = {
  recorded: () => new DomainError('ERASURE_REQUEST_RECORDED', 'คำขอนี้บันทึกไว้แล้ว', 'This request is recorded already', 'requestId'),
  notAccepted: () => new DomainError('ERASURE_REQUEST_NOT_ACCEPTED', 'คำขอนี้ไม่ได้รับการอนุมัติให้ลบข้อมูล หรือบันทึกผลการลบไปแล้ว',
    'This request was not accepted, or its erasure is recorded already', 'requestId'),
  unknown: () => new DomainError('ERASURE_REQUEST_UNKNOWN', 'ไม่พบคำขอลบข้อมูลนี้', 'No such erasure request', 'requestId'),
  notPending: () => new DomainError('ERASURE_REQUEST_NOT_PENDING', 'คำขอนี้ไม่ได้รอบันทึกผลการลบ (ถูกปฏิเสธ หรือลบข้อมูลเสร็จแล้ว)',
    'This request is not waiting for its erasure (it was refused, or its erasure is recorded)', 'requestId'),
  subjectNotKept: () => new DomainError('ERASURE_SUBJECT_NOT_KEPT',
    'ไม่พบเจ้าของข้อมูลของคำขอนี้ที่รอการลบ กรุณาบันทึกคำขอเดิมอีกครั้งด้วยรหัสคำสั่งเดิม (commandId)',
    'The subject of this request is not kept for its erasure: record the request again with its commandId', 'requestId'),
  receivedAhead: () => new DomainError('ERASURE_REQUEST_RECEIVED_AHEAD', 'วันที่รับหนังสือคำขอต้องไม่เลยวันนี้',
    'The day the request was received cannot be after today', 'receivedOn'),
  outcomeCount: () => new DomainError('ERASURE_OUTCOME_COUNT', 'จำนวนกุญแจหรือจำนวนเรื่องที่ลบต้องเป็นจำนวนเต็มไม่ติดลบ',
    'The keys destroyed and the streams erased are whole numbers, not negative', 'keysDestroyed'),
};

export const erasureChoiceErrors = {
  requester: () => new DomainError('ERASURE_REQUESTER_UNKNOWN', 'กรุณาเลือกผู้ยื่นคำขอ (เจ้าของข้อมูล หรือผู้แทน)',
    'Choose who asked: the data subject or a representative', 'requester'),
  basis: () => new DomainError('ERASURE_BASIS_UNKNOWN', 'กรุณาเลือกเหตุแห่งการขอลบตามมาตรา 33', 'Choose the ground of section 33 the request relies on', 'basis'),
};
