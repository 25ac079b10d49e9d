import { DomainError } from '../../shared/domain-error.js';

export const unknownProjection = (name: string) =>
  new DomainError('UNKNOWN_PROJECTION', `ไม่มีรายงานสรุปชื่อ ${name}`, `There is no projection named ${name}`, 'name');

export const rebuildRunning = () =>
  new DomainError('REBUILD_RUNNING', 'กำลังสร้างรายงานสรุปใหม่อยู่ (อีกงานหนึ่ง) โปรดรอให้เสร็จก่อน',
    'Another projection rebuild is running: wait for it to finish', 'name');

export const nothingToUndo = (name: string, why: string) =>
  new DomainError('NOTHING_TO_UNDO', `ไม่มีการสร้างรายงานสรุป ${name} ใหม่ที่ย้อนกลับได้`, `Nothing to undo for ${name}: ${why}`, 'name');
