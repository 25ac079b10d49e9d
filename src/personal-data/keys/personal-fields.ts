import { toArabicDigits } from '../../shared/thai-digits.js';
import { ERASED_MARKER } from './personal-data-shredder.js';

/**
 * Which fields of an event are personal data, and whose (issue 17). A case type lists, per event type, the parts of
 * its data that hold them: an object (`debtor`), each object of a list (`creditors[]`), or the data itself (''), with
 * the fields of it that are personal (dotted below it: `address.line`; a list of texts ends in `[]`). A part whose
 * `subject` field holds a citizen id is sealed under that person's key in the stream; any other part (free text
 * about people, a person named without a citizen id) under the stream's own CASE key. A part with `when` is personal
 * only in the objects whose plain field holds one of the values given (a party who is a natural person, not an
 * organisation). Fields that a count, a report or a rule reads by code (district codes, statuses, amounts) are never
 * listed: they stay plain, so erasure changes no figure.
 */
export type SubjectRole = 'PRINCIPAL' | 'PARTY';

export interface PersonalPart {
  at: string;
  fields: readonly string[];
  subject?: { field: string; role: SubjectRole };
  when?: { field: string; in: readonly string[] };
}

export type PersonalFieldCatalogue = Readonly<Record<string, readonly PersonalPart[]>>;

/** The key a part is sealed under: its subject's (their citizen id, 13 Arabic digits), or the stream's own. */
export type KeyWant = { citizenId: string; role: SubjectRole } | { citizenId: null; role: 'CASE' };

/** A sealed part, stored in its object in place of the fields it holds: key id, field names (`name[]` a list), box. */
export interface SealedPart {
  k: string;
  f: string[];
  c: string;
}

export const SEALED = '$sealed';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each object of a part in the data, with its path ('' the data, `debtor`, `creditors.0`), which the box is bound to. */
function instancesOf(data: unknown, at: string): { object: Json; path: string }[] {
  let found: { value: unknown; path: string }[] = [{ value: data, path: '' }];
  for (const segment of at === '' ? [] : at.split('.')) {
    const list = segment.endsWith('[]');
    const name = list ? segment.slice(0, -2) : segment;
    found = found.flatMap(({ value, path }) => {
      if (!isObject(value)) return [];
      const inner = value[name];
      const here = path === '' ? name : `${path}.${name}`;
      if (!list) return [{ value: inner, path: here }];
      return Array.isArray(inner) ? inner.map((item, index) => ({ value: item, path: `${here}.${index}` })) : [];
    });
  }
  return found.flatMap(({ value, path }) => (isObject(value) ? [{ object: value, path }] : []));
}

/** The objects of a part that hold personal data: each instance, or those its `when` names. */
const personalInstancesOf = (part: PersonalPart, data: unknown) => instancesOf(data, part.at)
  .filter(({ object }) => !part.when || part.when.in.includes(object[part.when.field] as string));

const citizenDigits = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const digits = toArabicDigits(value).replace(/[\s-]/g, '');
  return /^\d{13}$/.test(digits) ? digits : null;
};

function wantOf(part: PersonalPart, object: Json): KeyWant {
  const citizenId = part.subject ? citizenDigits(object[part.subject.field]) : null;
  return citizenId && part.subject ? { citizenId, role: part.subject.role } : { citizenId: null, role: 'CASE' };
}

const pathOf = (field: string) => (field.endsWith('[]') ? field.slice(0, -2) : field).split('.');

function valueAt(object: Json, field: string): unknown {
  let value: unknown = object;
  for (const name of pathOf(field)) value = isObject(value) ? value[name] : undefined;
  return value;
}

/**
 * `object` with each of `fields` set to its value in `values`, or removed when `values` is not given: each object on a
 * field's path is copied once, whatever the number of fields below it, so nothing the caller holds is changed. A field
 * below something that is not an object is left out.
 */
function withValues(object: Json, fields: readonly string[], values?: readonly unknown[]): Json {
  const root = { ...object };
  const copies = new Set<Json>([root]);
  fields.forEach((field, i) => {
    const names = pathOf(field);
    let parent = root;
    for (const name of names.slice(0, -1)) {
      const inner = parent[name];
      if (!isObject(inner)) return;
      if (!copies.has(inner)) {
        parent[name] = { ...inner };
        copies.add(parent[name] as Json);
      }
      parent = parent[name] as Json;
    }
    const last = names[names.length - 1];
    if (values) parent[last] = values[i];
    else delete parent[last];
  });
  return root;
}

/** The keys an event's parts need; none for a type the catalogue does not name. */
export function keysWanted(parts: readonly PersonalPart[] | undefined, data: unknown): KeyWant[] {
  return (parts ?? []).flatMap((part) => personalInstancesOf(part, data)
    .filter(({ object }) => part.fields.some((field) => valueAt(object, field) != null))
    .map(({ object }) => wantOf(part, object)));
}

/** What a part's sealing needs of a key: its id, and a box of the fields' JSON bound to `associated`. */
export type SealWith = (want: KeyWant, associated: string, plaintext: Buffer) => { keyId: string; box: Buffer };

/**
 * The data with each part's personal fields (those not null) taken out and sealed in `$sealed`, the box bound to the
 * event id and the part's path. The data given is left as it was.
 */
export function sealData(parts: readonly PersonalPart[] | undefined, data: unknown, eventId: string, sealWith: SealWith): unknown {
  let sealed = data;
  for (const part of parts ?? []) {
    for (const { object, path } of personalInstancesOf(part, sealed)) {
      const fields = part.fields.filter((field) => valueAt(object, field) != null);
      if (fields.length === 0) continue;
      const values = fields.map((field) => valueAt(object, field));
      const { keyId, box } = sealWith(wantOf(part, object), `${eventId}/${path}`, Buffer.from(JSON.stringify(values), 'utf8'));
      let replaced = withValues(object, fields);
      const names = fields.map((field, i) => (Array.isArray(values[i]) && !field.endsWith('[]') ? `${field}[]` : field));
      replaced = { ...replaced, [SEALED]: { k: keyId, f: names, c: box.toString('base64') } satisfies SealedPart };
      sealed = path === '' ? replaced : replaceAt(sealed as Json, path.split('.'), replaced);
    }
  }
  return sealed;
}

function replaceAt(root: Json | unknown[], names: readonly string[], value: unknown): Json | unknown[] {
  const [name, ...rest] = names;
  const copy: Json | unknown[] = Array.isArray(root) ? [...root] : { ...root };
  const inner = (copy as Json)[name];
  (copy as Json)[name] = rest.length === 0 ? value : replaceAt(inner as Json | unknown[], rest, value);
  return copy;
}

/** The key ids of the sealed parts anywhere in the data. */
export function sealedKeyIds(data: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(data)) {
    for (const item of data) if (typeof item === 'object' && item !== null) sealedKeyIds(item, into);
  } else if (isObject(data)) {
    for (const name in data) {
      const value = data[name];
      if (typeof value !== 'object' || value === null) continue;
      if (name === SEALED) {
        if (typeof (value as Json).k === 'string') into.add((value as Json).k as string);
      } else sealedKeyIds(value, into);
    }
  }
  return into;
}

/** Opens a part's box: the fields' values, or undefined when its key is gone (erased). */
export type OpenWith = (keyId: string, associated: string, box: Buffer) => Buffer | undefined;

/**
 * The data with every sealed part opened back into its fields; a part whose key was destroyed gives ERASED_MARKER
 * in each field (a list: one marker). Unsealed data comes back as it is (the same object); an object or list is
 * copied once, and only on the way to a sealed part. The path a box is bound to is spelt only for a sealed part.
 */
export function openData(data: unknown, eventId: string, openWith: OpenWith): unknown {
  return openAt(data, eventId, openWith, []);
}

function openAt(data: unknown, eventId: string, openWith: OpenWith, path: (string | number)[]): unknown {
  if (Array.isArray(data)) {
    let items: unknown[] | undefined;
    for (let i = 0; i < data.length; i++) {
      const item: unknown = data[i];
      if (typeof item !== 'object' || item === null) continue;
      path.push(i);
      const opened = openAt(item, eventId, openWith, path);
      path.pop();
      if (opened !== item) (items ??= [...data])[i] = opened;
    }
    return items ?? data;
  }
  if (!isObject(data)) return data;
  let result: Json = data;
  for (const name in data) {
    const value = data[name];
    if (name === SEALED || typeof value !== 'object' || value === null) continue;
    path.push(name);
    const opened = openAt(value, eventId, openWith, path);
    path.pop();
    if (opened === value) continue;
    if (result === data) result = { ...data };
    result[name] = opened;
  }
  const sealed = data[SEALED];
  if (!isObject(sealed)) return result;
  const { k, f, c } = sealed as unknown as SealedPart;
  const plaintext = openWith(k, `${eventId}/${path.join('.')}`, Buffer.from(c, 'base64'));
  const values: unknown[] = plaintext ? JSON.parse(plaintext.toString('utf8')) : f.map((name) => (name.endsWith('[]') ? [ERASED_MARKER] : ERASED_MARKER));
  const { [SEALED]: _, ...rest } = result;
  return withValues(rest, f, values);
}
