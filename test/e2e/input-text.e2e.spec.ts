import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LoggerService } from '@nestjs/common';
import {
  buildSchema, getNamedType, type GraphQLField, type GraphQLInputType, isInputObjectType, isListType, isNonNullType,
  isObjectType, isScalarType,
} from 'graphql';
import { receiveInput } from '../support/complaint-fixtures.js';
import { citizenId, registration } from '../support/debt-api.js';
import { codePointOf, HOSTILE_CHARACTERS } from '../support/hostile-text.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * Every text an operation takes, found in schema.graphql rather than listed by hand: each String, ID or DateTime
 * value of every argument of every mutation and query, through input objects and lists, filled in turn with
 * each character no text may bring in. Each answer is TEXT_FORBIDDEN_CHARACTER naming that field (beside
 * INPUT_REQUIRED for each required value the operation leaves out), nothing is stored, and nothing of the value
 * reaches the log.
 */

const schema = buildSchema(fs.readFileSync('schema.graphql', 'utf8'));
const TEXT_SCALARS = new Set(['String', 'ID', 'DateTime']);

/** Where a text goes: the argument, then field names and list indexes. */
type Path = [string, ...(string | number)[]];

function textPaths(type: GraphQLInputType, prefix: Path): Path[] {
  if (isNonNullType(type)) return textPaths(type.ofType, prefix);
  if (isListType(type)) return textPaths(type.ofType, [...prefix, 0]);
  if (isInputObjectType(type)) return Object.values(type.getFields()).flatMap((f) => textPaths(f.type, [...prefix, f.name]));
  return isScalarType(type) && TEXT_SCALARS.has(type.name) ? [prefix] : [];
}

/** The field as refusals name it: the `input` argument's fields bare, `creditors[0].name`, `filter.text`, `accountIds[0]`. */
const fieldOf = ([argument, ...rest]: Path) => [...(argument === 'input' ? [] : [argument]), ...rest]
  .reduce<string>((field, step) => (typeof step === 'number' ? `${field}[${step}]` : field ? `${field}.${step}` : step), '');

/** `base` with the value at the path, objects and lists made on the way. */
function withValue(base: Record<string, unknown>, path: Path, value: string): Record<string, unknown> {
  const copy = structuredClone(base);
  let at: Record<string | number, unknown> = copy;
  path.forEach((step, i) => {
    if (i === path.length - 1) at[step] = value;
    else at = (at[step] ??= typeof path[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
  });
  return copy;
}

/** The operation with every argument a variable of its own type, selecting the least it can. */
function documentOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} (${variables}) { ${field.name}(${args}) ${isObjectType(getNamedType(field.type)) ? '{ __typename }' : ''} }`;
}

const rootFields = (kind: 'query' | 'mutation') =>
  Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()).filter((f) => f.args.length > 0);

/** Every Nest log line the service writes while the suite runs. */
const logged: string[] = [];
const capture: LoggerService = {
  log: (message) => logged.push(String(message)), error: (...parts) => logged.push(parts.map(String).join(' ')),
  warn: (message) => logged.push(String(message)),
};

let t: TestApp;
let debtOfficer: SignedIn;
const stored = async () => (await t.db.pool.query(`SELECT (SELECT count(*) FROM events) AS events,
  (SELECT count(*) FROM government_holidays) AS holidays, (SELECT count(*) FROM staff_sessions) AS sessions`)).rows[0];

beforeAll(async () => {
  t = await startTestApp();
  debtOfficer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  t.app.useLogger(capture);
}, 60_000);
afterAll(() => t.close());

/** Sends each path filled with each hostile character (a few at a time) and returns what did not answer as expected. */
async function refusals(
  kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, as: Pick<SignedIn, 'graphql'>, base: Record<string, unknown> = {},
) {
  const query = documentOf(kind, field);
  const cases = field.args.flatMap((a) => textPaths(a.type, [a.name]))
    .flatMap((path) => HOSTILE_CHARACTERS.map((character) => ({ path, character })));
  const unexpected: unknown[] = [];
  for (let i = 0; i < cases.length; i += 24) {
    await Promise.all(cases.slice(i, i + 24).map(async ({ path, character }) => {
      const answer = await as.graphql(query, withValue(base, path, `สม${character}ชาย`));
      const expected = { code: 'TEXT_FORBIDDEN_CHARACTER', field: fieldOf(path) };
      // The one text filled is refused; with it, at once, every required value the bare operation leaves out.
      const [error, ...more] = (answer.errors ?? []).filter((e) => e.extensions.code !== 'INPUT_REQUIRED');
      if (answer.data || more.length > 0 || error?.extensions.code !== expected.code || error.extensions.field !== expected.field
        || !error.extensions.messageTh.includes(codePointOf(character))) {
        unexpected.push({ operation: field.name, path: path.join('.'), character: codePointOf(character), answer });
      }
    }));
  }
  return { count: cases.length, unexpected };
}

describe('text the store cannot keep, in every argument of every operation', () => {
  it('is refused in every text of every mutation, naming the field, and nothing is stored', async () => {
    const before = await stored();
    let count = 0;
    for (const field of rootFields('mutation')) {
      const result = await refusals('mutation', field, t.admin);
      count += result.count;
      expect(result.unexpected).toEqual([]);
    }
    expect(count).toBeGreaterThan(150 * HOSTILE_CHARACTERS.length);
    expect(await stored()).toEqual(before);
  }, 300_000); // every text of every mutation (over 200 of them) times every hostile character, one request each

  it('is refused in a whole valid registration and complaint, field by field, where it used to be stored or fail', async () => {
    const before = await stored();
    const mutations = schema.getMutationType()!.getFields();
    for (const [field, base] of [
      [mutations.registerDebtor, { input: registration() }],
      [mutations.receiveComplaint, { input: receiveInput({ subdistrict: '490101' }) }],
    ] as const) {
      expect((await refusals('mutation', field, debtOfficer, base)).unexpected).toEqual([]);
    }
    expect(await stored()).toEqual(before);
    const valid = await debtOfficer.graphql(documentOf('mutation', mutations.registerDebtor), { input: registration() });
    expect(valid.errors).toBeUndefined();
  });

  it('is refused in every text argument of every query, filters and the history instant included', async () => {
    for (const field of rootFields('query')) expect((await refusals('query', field, t.admin)).unexpected).toEqual([]);
  });

  it('leaves nothing of the values in the log', () => {
    const values = ['สม', 'ชาย', 'ค้าขาย', '0812345678', '081-234-5678', 'ใจดี', ...HOSTILE_CHARACTERS];
    expect(logged.filter((line) => values.some((value) => line.includes(value)))).toEqual([]);
  });
});

describe('the log line of an internal error', () => {
  it("holds the error's codes and names, never its message, PostgreSQL's detail and context, or the row's values", async () => {
    const occupation = 'ช่างทองโบราณ';
    // The debtor's fields are stored sealed: the constraint refuses the registration by its plain principal instead.
    await t.db.pool.query(`ALTER TABLE events ADD CONSTRAINT test_refuses_occupation
      CHECK (data->>'totalPrincipal' IS DISTINCT FROM '50000.00') NOT VALID`);
    const from = logged.length;
    try {
      const answer = await debtOfficer.graphql(`mutation ($input: RegisterDebtorInput!) { registerDebtor(input: $input) { caseId } }`,
        { input: registration({ debtor: { ...registration().debtor, citizenId: citizenId('110170020801'), occupation } }) });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    } finally {
      await t.db.pool.query('ALTER TABLE events DROP CONSTRAINT test_refuses_occupation');
    }
    // Beside it, the command's and the operation's own lines, which name the failure by class and code only.
    const lines = logged.slice(from);
    expect(lines.filter((line) => line.includes('| at '))).toEqual([
      expect.stringMatching(/^DatabaseError 23514 schema=public table=events constraint=test_refuses_occupation .*\| at /),
    ]);
    for (const value of [occupation, 'สมหญิง', 'ใจดี', citizenId('110170020801'), '0812345678', 'Failing row', 'violates']) {
      expect(lines.filter((line) => line.includes(value))).toEqual([]);
    }
  });
});
