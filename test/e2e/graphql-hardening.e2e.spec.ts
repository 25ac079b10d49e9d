import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OPERATION_LIMITS } from '../../src/graphql/graphql.options.js';
import { startIdentityApp, type IdentityApp } from '../identity/identity-app.js';

let t: IdentityApp;
beforeAll(async () => {
  t = await startIdentityApp();
});
afterAll(() => t.close());

/**
 * A valid operation `depth` levels deep. No path through the schema is deeper than five fields, so the
 * levels past `provinces { … }` are inline fragments, which the depth and cost rules count like fields.
 */
function nested(depth: number, leaves = 'code'): string {
  const fragments = depth - 2;
  return `{ provinces { ${'... on Province { '.repeat(fragments)}${leaves}${' }'.repeat(fragments)} } }`;
}

const post = async (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
  const response = await fetch(t.url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
};
const message = (answer: { errors?: any[] }) => answer.errors?.map((e) => e.message).join(' | ') ?? '';

describe('operation limits (graphql-armor)', () => {
  it(`accepts ${OPERATION_LIMITS.depth} levels of nesting and refuses ${OPERATION_LIMITS.depth + 1}`, async () => {
    expect((await t.graphql(nested(OPERATION_LIMITS.depth))).errors).toBeUndefined();
    const deep = await t.graphql(nested(OPERATION_LIMITS.depth + 1));
    expect(deep.status).toBe(400);
    expect(message(deep)).toContain(`Query depth limit of ${OPERATION_LIMITS.depth} exceeded, found ${OPERATION_LIMITS.depth + 1}`);
    expect(deep.data).toBeUndefined();
  });

  it(`accepts ${OPERATION_LIMITS.aliases} aliases and refuses one more`, async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: districts(provinceCode: "50") { code }`).join(' ')} }`;
    expect((await t.graphql(aliased(OPERATION_LIMITS.aliases))).data.a14).toContainEqual({ code: '5001' });
    const many = await t.graphql(aliased(OPERATION_LIMITS.aliases + 1));
    expect(message(many)).toContain(`Aliases limit of ${OPERATION_LIMITS.aliases} exceeded`);
  });

  it('refuses an operation whose estimated cost is too high, though neither deep nor aliased', async () => {
    const costly = await t.graphql(nested(11, 'code '.repeat(400)));
    expect(message(costly)).toMatch(new RegExp(`Query Cost limit of ${OPERATION_LIMITS.cost} exceeded`));
    expect((await t.graphql(nested(11, 'code '.repeat(200)))).errors).toBeUndefined();
  });

  it('refuses too many tokens and too many directives', async () => {
    const tokens = await t.graphql(`{ ${'__typename '.repeat(OPERATION_LIMITS.tokens)} }`);
    expect([tokens.status, message(tokens)]).toEqual([400, expect.stringMatching(new RegExp(`more tha[nt] ${OPERATION_LIMITS.tokens} tokens`))]);
    const directives = `{ __typename ${'@include(if: true) '.repeat(OPERATION_LIMITS.directives + 1)}}`;
    expect(message(await t.graphql(directives))).toContain(`Directives limit of ${OPERATION_LIMITS.directives} exceeded`);
  });

  it('refuses batches of operations in one request', async () => {
    const batch = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple cross-site GET or form POST, and answers one a browser would have preflighted', async () => {
    const query = encodeURIComponent('{ provinces { code } }');
    const simpleGet = await fetch(`${t.url}?query=${query}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toContain('Cross-Site Request Forgery');
    const preflighted = await fetch(`${t.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);

    const body = JSON.stringify({ query: 'mutation { signOut }' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const simplePost = await post(body, { 'content-type': type });
      expect([simplePost.status, simplePost.text]).toEqual([400, expect.stringContaining('Cross-Site Request Forgery')]);
    }
    expect((await post({ query: '{ __typename }' })).status).toBe(200);
  });
});

describe('in production', () => {
  /** Typos graphql answers with a suggestion: a field, an enum value, an argument. */
  const typos = [
    '{ provinces { cod } }', 'mutation { closeComplaint(input: { complaintId: "c-1", reason: WITHDRAW }) { version } }', '{ complaints(frist: 5) { totalCount } }',
  ];
  const enumVariable = ['mutation ($reason: CloseReason!) { closeComplaint(input: { complaintId: "c-1", reason: $reason }) { version } }', { reason: 'WITHDRAW' }] as const;

  it('hides every suggestion of a name and the schema', async () => {
    const development = await Promise.all(typos.map((query) => t.graphql(query)));
    // A misspelt enum value or argument is a typed refusal of the input in either mode, which names no other name.
    const typed = [
      { code: 'INPUT_VALUE_INVALID', messageTh: 'ค่าในช่องนี้ไม่ถูกต้อง ต้องเป็นค่าใดค่าหนึ่งที่กำหนดไว้', messageEn: 'The value is not a valid CloseReason', field: 'reason' },
      { code: 'INPUT_FIELD_UNKNOWN', messageTh: 'ไม่มีช่องข้อมูลนี้ในคำขอนี้ กรุณาตรวจสอบชื่อช่อง', messageEn: 'There is no such field here; check its name', field: 'frist' },
    ];
    expect(development.map(message)).toEqual([expect.stringContaining('Did you mean "code"'), typed[0].messageEn, typed[1].messageEn]);
    expect(development.slice(1).map((answer) => answer.errors?.[0].extensions)).toEqual(typed);
    const production = await startIdentityApp({ production: true });
    try {
      const answers = await Promise.all(typos.map((query) => production.graphql(query)));
      const masked = answers.map(message);
      expect(masked).toEqual([expect.stringContaining('Cannot query field "cod"'), typed[0].messageEn, typed[1].messageEn]);
      expect(answers.slice(1).map((answer) => answer.errors?.[0].extensions)).toEqual(typed);
      for (const text of masked) expect(text).not.toMatch(/Did you mean|WITHDRAWN|"code"|"first"/);
      // A variable's value is refused before graphql coerces it (and would suggest): typed, naming the field, in either mode.
      for (const app of [t, production]) {
        const refused = await app.graphql(...enumVariable);
        expect(refused.errors?.[0].extensions).toEqual({
          code: 'INPUT_VALUE_INVALID', messageTh: 'ค่าในช่องนี้ไม่ถูกต้อง ต้องเป็นค่าใดค่าหนึ่งที่กำหนดไว้',
          messageEn: 'The value is not a valid CloseReason', field: 'reason',
        });
      }
      expect(message(await production.graphql('{ __schema { types { name } } }'))).toMatch(/introspection is not allowed/i);
    } finally {
      await production.close();
    }
  });
});

describe('requests refused before GraphQL sees them', () => {
  it('answers a body over the size limit, or one that is not JSON, with a typed error in GraphQL\'s error shape', async () => {
    const large = await post({ query: '{ __typename }', variables: { note: 'ก'.repeat(120_000) } });
    expect(large.status).toBe(413);
    expect(JSON.parse(large.text)).toEqual({ errors: [{
      message: 'The request body is larger than the limit (102,400 bytes); send less at a time',
      extensions: {
        code: 'REQUEST_TOO_LARGE', messageTh: 'คำขอมีขนาดใหญ่เกินที่รับได้ (ไม่เกิน 102,400 ไบต์) กรุณาส่งข้อมูลให้น้อยลง',
        messageEn: 'The request body is larger than the limit (102,400 bytes); send less at a time', field: null,
      },
    }] });
    const malformed = await post('{"query": "{ __typename }"');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.text).errors[0].extensions).toMatchObject({ code: 'REQUEST_MALFORMED', messageTh: expect.stringMatching(/รูปแบบ/) });
  });

  it('answers an unknown address with a typed error', async () => {
    const response = await fetch(t.url.replace('/graphql', '/no-such-page'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'ROUTE_NOT_FOUND', messageTh: 'ไม่พบที่อยู่ที่ขอ', messageEn: 'There is nothing at this address', field: null });
  });
});
