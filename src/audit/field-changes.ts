import type { RecordedFact } from '../shared/decider.js';

/**
 * History entries as typed field changes, for readers who must not parse event JSON: each event of a stream
 * reads as the fields of its case it changed (the state folded before and after it, compared leaf by leaf)
 * and the facts it records beside them (a contact's method, a transfer's reason), every field named in Thai
 * and English, its value as stored and as Thai staff read it. Pure.
 */
export interface Label {
  th: string;
  en: string;
}

/** A field's names, how its value reads in Thai (a code's name, a date in the Buddhist Era), whether it is personal data. */
export interface FieldLabel extends Label {
  text?: (value: string) => string;
  personal?: boolean;
}

/** By path, each list index written `*`: `creditors.*.name`. */
export type FieldLabels = Readonly<Record<string, FieldLabel>>;

export interface FieldChange {
  /** The path of the field, list indexes from 0: `debtor.phone`, `creditors.0.name`. */
  field: string;
  labelTh: string;
  labelEn: string;
  before: string | null;
  after: string | null;
  beforeTh: string | null;
  afterTh: string | null;
  /** The path without indexes, as the personal-data read log names it; set for personal data only. */
  personalField: string | null;
}

interface StreamEvent {
  type: string;
  data: unknown;
}

/** How one kind of stream reads: its events as written now, its fold, what of the state to show, the facts of each event, the labels. */
export interface HistorySpec<E extends StreamEvent = StreamEvent, S = unknown> {
  /**
   * A recorded event as the stream's code reads it now, upcast from the version it was stored in (see
   * event-schema.ts); throws UnreadableEventError when it cannot. Without it an event is taken as stored.
   */
  read?(event: RecordedFact): E;
  initialState(): S;
  evolve(state: S, event: E): S;
  /** The fields of the state a reader sees, or null before the stream's first event. */
  view(state: S): object | null;
  /** What an event records beyond the state it leaves (notes, reasons, methods), as plain data. */
  facts(event: E): object;
  types: Readonly<Record<string, Label>>;
  fields: FieldLabels;
}

export interface DescribedEvent {
  type: Label;
  changes: FieldChange[];
}

type Leaf = string | string[] | null;

/** Each event of the stream, oldest first, as its label and its changes. */
export function describeEvents<E extends StreamEvent, S>(spec: HistorySpec<E, S>, events: readonly E[]): DescribedEvent[] {
  let state = spec.initialState();
  return events.map((event) => {
    const before = spec.view(state);
    state = spec.evolve(state, event);
    const changes = diff(leaves(before), leaves(spec.view(state)), spec.fields);
    const facts = [...leaves(spec.facts(event))]
      .flatMap(([path, value]) => (value === null ? [] : [change(path, null, value, spec.fields)]));
    return { type: spec.types[event.type] ?? { th: event.type, en: event.type }, changes: [...changes, ...facts] };
  });
}

function diff(before: Map<string, Leaf>, after: Map<string, Leaf>, fields: FieldLabels): FieldChange[] {
  const paths = [...new Set([...after.keys(), ...before.keys()])];
  return paths
    .filter((path) => JSON.stringify(before.get(path) ?? null) !== JSON.stringify(after.get(path) ?? null))
    .map((path) => change(path, before.get(path) ?? null, after.get(path) ?? null, fields));
}

function change(path: string, before: Leaf, after: Leaf, fields: FieldLabels): FieldChange {
  const indexes = path.split('.').filter((part) => /^\d+$/.test(part)).map((i) => Number(i) + 1);
  const pattern = path.split('.').map((part) => (/^\d+$/.test(part) ? '*' : part)).join('.');
  const label = fields[pattern] ?? { th: path, en: path };
  const numbered = indexes.length ? { th: ` (รายที่ ${indexes.join('.')})`, en: ` #${indexes.join('.')}` } : { th: '', en: '' };
  const show = (leaf: Leaf) => (leaf === null ? null : [leaf].flat().map(label.text ?? ((v) => v)).join(', '));
  return {
    field: path, labelTh: label.th + numbered.th, labelEn: label.en + numbered.en,
    before: before === null ? null : [before].flat().join(', '), after: after === null ? null : [after].flat().join(', '),
    beforeTh: show(before), afterTh: show(after), personalField: label.personal ? pattern.replaceAll('.*', '') : null,
  };
}

/**
 * The leaves of plain data by path: text, numbers and booleans as text, a list of such values as one leaf, a
 * list of objects by index; null stays null and an empty list is no value.
 */
export function leaves(value: unknown, prefix = '', into = new Map<string, Leaf>()): Map<string, Leaf> {
  const at = (key: string | number) => (prefix ? `${prefix}.${key}` : String(key));
  if (value === null || value === undefined) {
    if (prefix) into.set(prefix, null);
  } else if (Array.isArray(value)) {
    if (value.length === 0) into.set(prefix, null);
    else if (value.every((item) => typeof item !== 'object' || item === null)) into.set(prefix, value.map(String));
    else value.forEach((item, index) => leaves(item, at(index), into));
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) leaves(item, at(key), into);
  } else {
    into.set(prefix, String(value));
  }
  return into;
}
