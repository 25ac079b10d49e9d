import { DomainError } from '../shared/domain-error.js';
import type { LogPosition } from './event-store.port.js';

/** A log position as clients see it: `<transactionId>/<globalPosition>`, e.g. `34270/5`, as logs and reports print it. */
export const formatLogPosition = (p: LogPosition): string => `${p.transactionId}/${p.globalPosition}`;

const TEXT = /^(\d{1,20})\/(\d{1,20})$/;

/** The position a client sent back (a mutation's `position`); INVALID_LOG_POSITION on `field` for anything else. */
export function parseLogPosition(text: string, field: string): LogPosition {
  const match = TEXT.exec(text.trim());
  if (!match) {
    throw new DomainError(
      'INVALID_LOG_POSITION', 'ตำแหน่งในบันทึกเหตุการณ์ไม่ถูกต้อง ให้ใช้ค่า position ที่ได้จากการบันทึก',
      'Not a log position: send back the position a mutation answered', field,
    );
  }
  return { transactionId: BigInt(match[1]), globalPosition: BigInt(match[2]) };
}

/** True when `position` is `target` or later in the one global order of the log. */
export const reached = (position: LogPosition, target: LogPosition): boolean =>
  position.transactionId > target.transactionId
  || (position.transactionId === target.transactionId && position.globalPosition >= target.globalPosition);
