import { DomainError } from '../shared/domain-error.js';
import type { NewEvent } from './event-store.port.js';
import { assertSerialisable } from './serialisable.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STREAM_ID = /^[a-z][a-z0-9-]*-[A-Za-z0-9_.-]+$/;

/** Checks an append before any adapter writes a byte of it. */
export function validateAppend(streamId: string, events: readonly NewEvent[]): void {
  if (!STREAM_ID.test(streamId) || streamId.length > 200) {
    throw new DomainError(
      'INVALID_STREAM_ID',
      `รหัสเรื่อง "${streamId}" ไม่ถูกต้อง (ต้องเป็น ประเภท-รหัส เช่น debt-123)`,
      `Stream id "${streamId}" is not of the form <case type>-<id>, e.g. debt-123`,
      'streamId',
    );
  }
  const seen = new Set<string>();
  for (const event of events) {
    if (!UUID.test(event.eventId) || seen.has(event.eventId.toLowerCase())) {
      throw new DomainError(
        'INVALID_EVENT_ID',
        `รหัสเหตุการณ์ "${event.eventId}" ไม่ใช่ UUID หรือซ้ำในชุดเดียวกัน`,
        `Event id "${event.eventId}" is not a UUID or repeats within the append`,
        'eventId',
      );
    }
    seen.add(event.eventId.toLowerCase());
    if (!event.type || !Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
      throw new DomainError(
        'INVALID_EVENT_TYPE',
        `เหตุการณ์ต้องมีชื่อประเภทและฉบับของโครงสร้างข้อมูล (${event.type})`,
        `An event needs a type and a schema version of 1 or more (${event.type})`,
        'type',
      );
    }
    assertSerialisable(event);
  }
}
