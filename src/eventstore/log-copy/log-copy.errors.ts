import { DomainError } from '../../shared/domain-error.js';

/** The target holds a stream the source's events do not fit: other events, or these at other versions. */
export class LogCopyConflictError extends DomainError {
  constructor(readonly streamId: string, readonly version: number, readonly reason: string) {
    super(
      'LOG_COPY_TARGET_CONFLICT',
      `ปลายทางมีเรื่อง ${streamId} ที่ไม่ตรงกับต้นทาง (ฉบับที่ ${version}): หยุดคัดลอก`,
      `The target holds stream ${streamId} otherwise than the source (at version ${version}): ${reason}; the copy stopped`,
      'streamId',
    );
  }
}

/** A batch size that is no whole number from 1 to MAX_BATCH_SIZE. */
export class LogCopyBatchSizeError extends DomainError {
  constructor(readonly given: string, max: number) {
    super(
      'LOG_COPY_BATCH_SIZE',
      `ขนาดชุดต้องเป็นจำนวนเต็ม 1 ถึง ${max} (ได้รับ ${given})`,
      `The batch size must be a whole number from 1 to ${max} (got ${given})`,
      'batchSize',
    );
  }
}

/** `--to <kind>` names no store the log can be copied to. */
export class UnknownCopyTargetError extends DomainError {
  constructor(readonly kind: string, known: readonly string[]) {
    super(
      'LOG_COPY_TARGET_UNKNOWN',
      `ไม่รู้จักปลายทาง "${kind}" (ที่มี: ${known.join(', ')})`,
      `No event log "${kind}" to copy to (known: ${known.join(', ')})`,
      'to',
    );
  }
}

/** The target's address is not configured. */
export class CopyTargetUrlMissingError extends DomainError {
  constructor(readonly variable: string) {
    super(
      'LOG_COPY_TARGET_URL_MISSING',
      `ต้องกำหนด ${variable} ให้ชี้ไปยังปลายทาง`,
      `Set ${variable} to the target's address`,
      variable,
    );
  }
}
