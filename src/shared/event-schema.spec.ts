import { describe, expect, it } from '@jest/globals';
import { errorLogLine } from './error-log-line.js';
import { EventSchema, UnreadableEventError, upcaster, type Upcaster } from './event-schema.js';

/** A parcel whose weight was grams (1), then kilograms as text (2), then a structured weight (3). */
type ParcelEvent = { type: 'ParcelWeighed'; data: { weight: { value: string; unit: 'kg' } } } | { type: 'ParcelSent'; data: { to: string } };

const gramsToKilograms = upcaster<{ grams: number }, { kilograms: string }>({
  type: 'ParcelWeighed', from: 1, name: 'kilograms', reason: 'the forms say kilograms', up: ({ grams }) => ({ kilograms: (grams / 1000).toFixed(3) }),
});
const kilogramsToWeight = upcaster<{ kilograms: string }, { weight: { value: string; unit: 'kg' } }>({
  type: 'ParcelWeighed', from: 2, name: 'weight with its unit', reason: 'a weight names its unit', up: ({ kilograms }) => ({ weight: { value: kilograms, unit: 'kg' } }),
});
const VERSIONS = { ParcelWeighed: 3, ParcelSent: 1 } as const;
const parcels = new EventSchema<ParcelEvent>('parcel', VERSIONS, [kilogramsToWeight, gramsToKilograms]);

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return error instanceof UnreadableEventError ? error.message : `not an UnreadableEventError: ${String(error)}`;
  }
  return 'read';
};

describe('an event schema (versions and the upcasters between them)', () => {
  it('reads each stored version through the chain to the current shape, whatever order the steps were given in', () => {
    const current = { type: 'ParcelWeighed', data: { weight: { value: '1.250', unit: 'kg' } } };
    expect(parcels.upcast({ type: 'ParcelWeighed', schemaVersion: 1, data: { grams: 1250 } })).toEqual(current);
    expect(parcels.upcast({ type: 'ParcelWeighed', schemaVersion: 2, data: { kilograms: '1.250' } })).toEqual(current);
    expect(parcels.upcast({ type: 'ParcelWeighed', schemaVersion: 3, data: current.data })).toEqual(current);
    expect(parcels.upcast({ type: 'ParcelSent', schemaVersion: 1, data: { to: '10200' } })).toEqual({ type: 'ParcelSent', data: { to: '10200' } });
  });

  it('leaves the stored data as it was', () => {
    const stored = { type: 'ParcelWeighed', schemaVersion: 1, data: { grams: 500 } };
    parcels.upcast(stored);
    expect(stored.data).toEqual({ grams: 500 });
  });

  it('refuses what no chain leads from, naming the type, the version and why', () => {
    expect(refusal(() => parcels.upcast({ type: 'ParcelLost', schemaVersion: 1, data: {} }))).toBe('cannot read ParcelLost version 1 (no such parcel event)');
    expect(refusal(() => parcels.upcast({ type: 'toString', schemaVersion: 1, data: {} }))).toBe('cannot read toString version 1 (no such parcel event)');
    expect(refusal(() => parcels.upcast({ type: 'ParcelWeighed', schemaVersion: 4, data: {} })))
      .toBe('cannot read ParcelWeighed version 4 (later than version 3, the latest this code reads)');
    expect(refusal(() => parcels.upcast({ type: 'ParcelWeighed', schemaVersion: 0, data: {} }))).toBe('cannot read ParcelWeighed version 0 (no such schema version)');
    expect(refusal(() => parcels.upcast({ type: 'ParcelWeighed', schemaVersion: 1.5, data: {} }))).toBe('cannot read ParcelWeighed version 1.5 (no such schema version)');
    expect(refusal(() => parcels.upcast({ type: 'ParcelWeighed', schemaVersion: 1, data: [] }))).toBe('cannot read ParcelWeighed version 1 (its data is not an object)');
    const gap = new EventSchema<ParcelEvent>('parcel', VERSIONS, [kilogramsToWeight]);
    expect(refusal(() => gap.upcast({ type: 'ParcelWeighed', schemaVersion: 1, data: { grams: 1 } })))
      .toBe('cannot read ParcelWeighed version 1 (no upcaster from version 1 to 2)');
    expect(gap.upcast({ type: 'ParcelWeighed', schemaVersion: 2, data: { kilograms: '1' } }).data).toEqual({ weight: { value: '1', unit: 'kg' } });
  });

  it('refuses an event a step cannot take, naming the step', () => {
    const strict = new EventSchema<ParcelEvent>('parcel', VERSIONS, [gramsToKilograms, upcaster<{ kilograms: string }, object>({
      ...kilogramsToWeight, up: ({ kilograms }) => { if (!/^\d+\.\d{3}$/.test(kilograms)) throw new Error(`not kilograms: ${kilograms}`); return {}; },
    })]);
    const read = () => strict.upcast({ type: 'ParcelWeighed', schemaVersion: 2, data: { kilograms: 'heavy' } });
    expect(refusal(read)).toBe('cannot read ParcelWeighed version 2 (upcaster weight with its unit failed)');
    expect(read).toThrow(expect.objectContaining({ cause: new Error('not kilograms: heavy') }));
  });

  it('names the place the reader met the event at, and keeps its message out of no log line', () => {
    const error = new UnreadableEventError('ParcelWeighed', 9, 'later than version 3, the latest this code reads').at('parcel-7', 4);
    expect(error.message).toBe('parcel-7@4: cannot read ParcelWeighed version 9 (later than version 3, the latest this code reads)');
    expect(errorLogLine(error)).toMatch(/^UnreadableEventError parcel-7@4: cannot read ParcelWeighed version 9 \(later than version 3, the latest this code reads\) \| at /);
  });

  it.each<[string, Upcaster[], string]>([
    ['a type it does not know', [{ ...gramsToKilograms, type: 'ParcelLost' }], 'upcaster kilograms: no such parcel event ParcelLost'],
    ['a step from the current version', [{ ...gramsToKilograms, from: 3 }], 'upcaster kilograms: ParcelWeighed 3 → 4 is outside versions 1..3'],
    ['a step from version 0', [{ ...gramsToKilograms, from: 0 }], 'upcaster kilograms: ParcelWeighed 0 → 1 is outside versions 1..3'],
    ['a type with one version only', [{ ...gramsToKilograms, type: 'ParcelSent' }], 'upcaster kilograms: ParcelSent 1 → 2 is outside versions 1..1'],
    ['two steps from one version', [gramsToKilograms, { ...gramsToKilograms, name: 'grams again' }], 'upcasters kilograms and grams again both read ParcelWeighed version 1'],
  ])('is refused when built with %s', (_, steps, message) => {
    expect(() => new EventSchema<ParcelEvent>('parcel', VERSIONS, steps)).toThrow(message);
  });
});
