import type { DomainEvent, RecordedFact } from './decider.js';

/**
 * One step in the life of an event type's shape: the data of schema version `from` as version `from + 1` holds it.
 * Pure, and small: it moves, renames, groups or derives fields of one event, never reads anything else. Stored
 * events are never rewritten; every reader passes them through the steps from the version they were written in.
 */
export interface Upcaster {
  type: string;
  /** The version it reads; it gives `from + 1`. */
  from: number;
  /** A short name for the step, as logs and tests cite it. */
  name: string;
  /** Why the shape changed: what the domain needed of it. */
  reason: string;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

/** A step typed by the shapes it reads and gives (the data it is given is the stored JSON, checked only as an object). */
export function upcaster<From extends object, To extends object>(step: {
  type: string; from: number; name: string; reason: string; up(data: From): To;
}): Upcaster {
  return step as unknown as Upcaster;
}

/**
 * A stored event no path leads to the shape this code reads: a reader stops on it rather than skip it. Its message
 * names the event's place, type and version and why, never its data, so logs may keep it (see errorLogLine).
 */
export class UnreadableEventError extends Error {
  constructor(
    readonly type: string,
    readonly schemaVersion: number,
    readonly why: string,
    /** `<streamId>@<version>`, once the reader knows it. */
    readonly place?: string,
    options?: ErrorOptions,
  ) {
    super(`${place ? `${place}: ` : ''}cannot read ${type} version ${schemaVersion} (${why})`, options);
    this.name = 'UnreadableEventError';
  }

  /** The same refusal, naming the stream and version the event was read at. */
  at(streamId: string, version: number): UnreadableEventError {
    return new UnreadableEventError(this.type, this.schemaVersion, this.why, `${streamId}@${version}`, { cause: this.cause });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The event types of one kind of stream, the schema version each is written in now, and the upcasters that lead
 * an older version to it (v1 → v2 → … → current). `upcast` is where a stored event becomes a domain event: command
 * handling, projections, rebuilds and histories all read through it.
 */
export class EventSchema<E extends DomainEvent> {
  private readonly steps = new Map<string, Upcaster>();

  /** Throws when a step names a type it does not know, a version outside 1..current−1, or a version twice. */
  constructor(
    /** What the events are, for the messages: `debt`, `complaint`. */
    readonly kind: string,
    readonly versions: Readonly<Record<E['type'], number>>,
    upcasters: readonly Upcaster[],
  ) {
    for (const step of upcasters) {
      const current = this.currentOf(step.type);
      if (current === undefined) throw new Error(`upcaster ${step.name}: no such ${kind} event ${step.type}`);
      if (!Number.isSafeInteger(step.from) || step.from < 1 || step.from >= current) {
        throw new Error(`upcaster ${step.name}: ${step.type} ${step.from} → ${step.from + 1} is outside versions 1..${current}`);
      }
      const key = `${step.type}@${step.from}`;
      const other = this.steps.get(key);
      if (other) throw new Error(`upcasters ${other.name} and ${step.name} both read ${step.type} version ${step.from}`);
      this.steps.set(key, step);
    }
  }

  /** The schema version `type` is written in now; undefined for a type not of this kind. */
  currentOf(type: string): number | undefined {
    return Object.hasOwn(this.versions, type) ? this.versions[type as E['type']] : undefined;
  }

  /**
   * The recorded event as this code's event of its type, its data led through each step from the version it was
   * written in. An unknown type, a version later than this code writes or below 1, a version no chain of steps
   * leads from, or data that is not an object throws UnreadableEventError. The data's shape beyond that is the
   * reader's to check (the deciders do, see Decider.read).
   */
  upcast(event: RecordedFact): E {
    const { type, schemaVersion } = event;
    const current = this.currentOf(type);
    const refuse = (why: string) => new UnreadableEventError(type, schemaVersion, why);
    if (current === undefined) throw refuse(`no such ${this.kind} event`);
    if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) throw refuse('no such schema version');
    if (schemaVersion > current) throw refuse(`later than version ${current}, the latest this code reads`);
    if (!isObject(event.data)) throw refuse('its data is not an object');
    let data = event.data;
    for (let version = schemaVersion; version < current; version++) {
      const step = this.steps.get(`${type}@${version}`);
      if (!step) throw refuse(`no upcaster from version ${version} to ${version + 1}`);
      try {
        data = step.up(data);
      } catch (error) {
        throw new UnreadableEventError(type, schemaVersion, `upcaster ${step.name} failed`, undefined, { cause: error });
      }
    }
    return { type, data } as E;
  }
}
