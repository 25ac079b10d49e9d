import { DomainError } from '../shared/domain-error.js';

/** The account sent this command id before with another command: nothing of this one is stored. */
export class CommandIdReusedError extends DomainError {
  constructor() {
    super(
      'COMMAND_ID_REUSED',
      'รหัสคำสั่งนี้ท่านเคยใช้กับคำสั่งอื่นแล้ว ระบบไม่ได้บันทึกคำสั่งนี้ กรุณาส่งใหม่ด้วยรหัสคำสั่งใหม่',
      'Your account used this commandId for another command before; nothing of this one was stored. Send it with a new commandId',
      'commandId',
    );
  }
}

/** The case holds an event this version cannot read (a malformed or unknown one): it takes no command until repaired. */
export class CaseUnreadableError extends DomainError {
  constructor(readonly streamId: string, readonly version: number) {
    super(
      'CASE_UNREADABLE',
      `เรื่อง ${streamId} มีบันทึกเหตุการณ์ที่อ่านไม่ได้ (ฉบับที่ ${version}) จึงรับคำสั่งไม่ได้จนกว่าผู้ดูแลระบบจะแก้ไข ไม่มีการบันทึกสิ่งใดเพิ่ม`,
      `Case ${streamId} holds an event that cannot be read (version ${version}): it takes no command until an administrator repairs it; nothing was stored`,
    );
  }
}
