import { DomainError } from '../shared/domain-error.js';

/** Someone else appended first: the writer saw `expected`, the stream is at `actual`. */
export class ConcurrencyError extends DomainError {
  constructor(readonly streamId: string, readonly expected: number | 'no-stream', readonly actual: number) {
    super(
      'CONCURRENCY_CONFLICT',
      `เรื่อง ${streamId} ถูกแก้ไขโดยผู้อื่นระหว่างนี้ (ฉบับที่ ${actual}) กรุณาโหลดใหม่แล้วลองอีกครั้ง`,
      `Case ${streamId} was changed by someone else meanwhile (now at version ${actual}, expected ${expected}); reload and try again`,
    );
  }
}

/** A payload that would not come back as it went in; nothing of the append is written. */
export class EventSerializationError extends DomainError {
  constructor(readonly eventType: string, readonly path: string, reason: string) {
    super(
      'EVENT_NOT_SERIALISABLE',
      `ข้อมูลเหตุการณ์ ${eventType} บันทึกไม่ได้ที่ ${path}: ${reason}`,
      `Event ${eventType} cannot be stored: ${path} ${reason}`,
      path,
    );
  }
}

/** The same event ids were appended before, but not as the same whole append. */
export class IdempotencyConflictError extends DomainError {
  constructor(readonly streamId: string, readonly eventIds: string[]) {
    super(
      'DUPLICATE_EVENT_ID',
      `รหัสเหตุการณ์ซ้ำกับที่บันทึกไว้แล้ว (${eventIds.join(', ')})`,
      `Event ids already stored by a different append to ${streamId}: ${eventIds.join(', ')}`,
    );
  }
}
