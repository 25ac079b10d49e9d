import { DomainError } from './domain-error.js';

/** One row of a page with the cursor that continues after it. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  /** True when the page continues an earlier one (`after` was given). */
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A page of a list in the Relay connection shape. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * The page of `first` rows out of `rows`, which holds up to one more (fetched to learn whether a next page
 * exists), each row's cursor made by `cursorOf`.
 */
export function pageOf<T>(rows: readonly T[], first: number, cursorOf: (row: T) => string, after?: string | null): Page<T> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The same page with each row made into what the API answers. */
export function mapPage<T, U>(page: Page<T>, map: (row: T) => U): Page<U> {
  return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: map(node) })) };
}

/** A cursor: the row's sort key, opaque to clients. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The sort key a cursor holds, if `isKey` accepts it; any other text (mistyped, from another list, from an older
 * version of this one) is CURSOR_INVALID on `after`.
 */
export function decodeCursor<K>(cursor: string, isKey: (value: unknown) => value is K): K {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isKey(value)) return value;
  } catch {
    // not JSON: refused below
  }
  throw new DomainError('CURSOR_INVALID', 'ตำแหน่งหน้าถัดไปไม่ถูกต้อง ให้เริ่มจากหน้าแรกใหม่',
    'The cursor is not one this list gave out; start again from the first page', 'after');
}

/** A cursor key of an instant (as ISO text) followed by texts or whole numbers. */
export const isInstantKey = (length: number) => (value: unknown): value is [string, ...(string | number)[]] =>
  Array.isArray(value) && value.length === length && typeof value[0] === 'string' && Number.isFinite(Date.parse(value[0]))
  && value.slice(1).every((part) => typeof part === 'string' || Number.isInteger(part));
