import type { Type } from '@nestjs/common';
import { Field, type FieldMiddleware, Int, ObjectType } from '@nestjs/graphql';
import { type Page, pageOf } from '../shared/page.js';

/**
 * A page as the API answers it: `totalCount` is a function, called (one more query) only when the client selects
 * the field.
 */
export type Connection<T> = Page<T> & { totalCount: () => Promise<number> };

/** A list with nothing in it: one outside the reader's area. */
export function emptyConnection<T>(): Connection<T> {
  return { ...pageOf<T>([], 1, () => ''), totalCount: async () => 0 };
}

@ObjectType('PageInfo', { description: 'Where a page stands in its list: pass endCursor as `after` for the next page' })
export class PageInfoObject {
  @Field({ description: 'True when more rows follow this page' }) hasNextPage!: boolean;
  @Field({ description: 'True when this page continues an earlier one (it was asked for with `after`)' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first row of the page; null when the page is empty' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last row of the page; null when the page is empty' })
  endCursor!: string | null;
}

/** Resolves `totalCount` by calling the page's count, so its query runs only for a client that selects the field. */
const counted: FieldMiddleware = async (_context, next) => {
  const count: unknown = await next();
  return typeof count === 'function' ? count() : count;
};

/** The arguments every list takes: the page size and where to continue. */
export const pageArgs = (defaultSize: number, max: number) => ({
  first: { type: () => Int, nullable: true, defaultValue: defaultSize, description: `Rows on the page, 1 to ${max}` },
  after: { type: () => String, nullable: true, description: 'endCursor of the previous page; absent for the first page' },
});

/**
 * The Relay connection of a node type: `<name>Connection { edges { cursor node } pageInfo totalCount }` and its
 * `<name>Edge`. `totalCount` counts every row the arguments select (not just the page), when asked for.
 */
export function connectionOf<T>(node: Type<T>, name: string, description: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} of the list, with the cursor to continue after it` })
  class Edge {
    @Field({ description: 'Pass as `after` to continue after this row' }) cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
    @Field(() => Int, { description: 'How many rows the filter selects in all, over every page', middleware: [counted] })
    totalCount!: () => Promise<number>;
  }

  return Connection;
}
