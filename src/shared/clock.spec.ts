import { describe, expect, it } from '@jest/globals';
import { clockStartingAt, type Clock } from './clock.js';

describe('clock starting at an instant', () => {
  it('starts at the instant and runs forward with the real clock', () => {
    let real = Date.parse('2026-11-25T01:00:00Z');
    const realClock: Clock = { now: () => new Date(real) };
    const clock = clockStartingAt(new Date('2024-03-01T07:59:58Z'), realClock);
    expect(clock.now().toISOString()).toBe('2024-03-01T07:59:58.000Z');
    real += 3_000;
    expect(clock.now().toISOString()).toBe('2024-03-01T08:00:01.000Z');
  });
});
