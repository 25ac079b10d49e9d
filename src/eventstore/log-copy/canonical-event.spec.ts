import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '../event-store.port.js';
import { canonicalFields, canonicalJson, canonicalLine } from './canonical-event.js';

const event = (data: unknown, eventId = 'A0B1C2D3-0000-4000-8000-000000000001'): StoredEvent => ({
  eventId, type: 'DebtorRegistered', schemaVersion: 2, data, streamId: 'debt-1', version: 3,
  metadata: { correlationId: 'c', actor: 'account:1', causationId: 'k', commandId: 'm' },
  position: { transactionId: 9n, globalPosition: 12n }, recordedAt: new Date(0),
});

describe('canonical JSON', () => {
  it('sorts keys at every depth, keeps array order, writes no space', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: null }], a: 'ก', 'aa': true, A: 1.5 }))
      .toBe('{"A":1.5,"a":"ก","aa":true,"b":[3,{"a":null,"z":1}]}');
  });

  it('gives one text for the same value in any key order', () => {
    expect(canonicalJson({ x: { q: 1, p: 2 }, w: 0 })).toBe(canonicalJson({ w: 0, x: { p: 2, q: 1 } }));
  });
});

describe('an event\'s canonical line', () => {
  it('is the JSON array of stream, version, id (lower case), type, schema version, data and metadata', () => {
    expect(canonicalLine(canonicalFields(event({ b: 1, a: 2 })))).toBe(
      '["debt-1",3,"a0b1c2d3-0000-4000-8000-000000000001","DebtorRegistered",2,{"a":2,"b":1},'
      + '{"actor":"account:1","causationId":"k","commandId":"m","correlationId":"c"}]\n');
  });

  it('leaves out where and when a store put the event', () => {
    const moved = { ...event({}), position: { transactionId: 1n, globalPosition: 1n }, recordedAt: new Date() };
    const sha = (e: StoredEvent) => createHash('sha256').update(canonicalLine(canonicalFields(e))).digest('hex');
    expect(sha(moved)).toBe(sha(event({})));
    expect(sha(event({ a: 1 }))).not.toBe(sha(event({ a: 2 })));
  });
});
