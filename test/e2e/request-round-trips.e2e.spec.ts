import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { currentRequestScope } from '../../src/database/request-scope.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * The database round trips of one signed-in GraphQL read, counted on the real service: every `query` a pg
 * client is given while a request is being handled. A statement starts a round trip when none of the request's
 * statements is on the wire, or when it waits behind another on a connection that is not pipelined; a statement
 * written behind others on a pipelined connection rides their round trip.
 */
interface Tally { statements: string[]; roundTrips: number; inFlight: number; perClient: Map<pg.Client, number> }

/** The tally of the request being counted (tallyOf sends one at a time). */
let active: Tally | undefined;
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;

function countQueries(): void {
  (pg.Client.prototype as { query: unknown }).query = function (this: pg.Client & { pipeline?: boolean }, ...args: unknown[]) {
    const tally = currentRequestScope() ? active : undefined;
    if (!tally) return originalQuery.apply(this, args);
    const onClient = tally.perClient.get(this) ?? 0;
    if (tally.inFlight === 0 || (!this.pipeline && onClient > 0)) tally.roundTrips++;
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text;
    tally.statements.push(text.replace(/\s+/g, ' ').trim());
    tally.inFlight++;
    tally.perClient.set(this, onClient + 1);
    const done = () => {
      tally.inFlight--;
      tally.perClient.set(this, (tally.perClient.get(this) ?? 1) - 1);
    };
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      // pg-pool's pool.query hands the client a callback and gets no promise back.
      args[args.length - 1] = (...answer: unknown[]) => {
        done();
        return callback(...answer);
      };
      return originalQuery.apply(this, args);
    }
    const result = originalQuery.apply(this, args) as Promise<unknown>;
    result.then(done, done);
    return result;
  };
}

/** The database work of the one request `send` makes. */
async function tallyOf(send: () => Promise<unknown>): Promise<Tally> {
  const tally: Tally = { statements: [], roundTrips: 0, inFlight: 0, perClient: new Map() };
  active = tally;
  try {
    await send();
  } finally {
    active = undefined;
  }
  return tally;
}

const COUNTS = '{ districtCounts(provinceCode: "49") { district { code } counts { registered outstanding } } }';
const ME = '{ me { account { id status } } }';

let t: TestApp;
let officer: SignedIn;
let provinceAdmin: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  provinceAdmin = await t.signInAs({ level: 'PROVINCE', office: '49', administrator: true });
  countQueries();
});
afterAll(async () => {
  (pg.Client.prototype as { query: unknown }).query = originalQuery;
  await t.close();
});

describe('a signed-in GraphQL read', () => {
  it('costs 3 round trips when the counts are not cached: session with account, BEGIN with the scope and the reads, COMMIT', async () => {
    await t.db.pool.query(`UPDATE projection_checkpoints SET updated_at = now() WHERE name = 'district-counts'`);
    await t.caughtUp(); // the notice of that change has reached the service: its cached counts are gone
    const tally = await tallyOf(() => officer.graphql(COUNTS));
    expect(tally.statements).toEqual([
      expect.stringMatching(/^SELECT s\.account_id/),
      expect.stringMatching(/^BEGIN; SELECT set_config\('damrong\.scope_level', 'DISTRICT'/),
      expect.any(String), expect.any(String), // the district's counts and its transfers, side by side
      'COMMIT',
    ]);
    expect(tally.roundTrips).toBe(3);
  });

  it('costs 1 round trip, the session with its account, while the counts have not changed since a reader of the same area read them', async () => {
    await t.caughtUp();
    expect((await officer.graphql(COUNTS)).errors).toBeUndefined();
    const tally = await tallyOf(() => officer.graphql(COUNTS));
    expect(tally.statements).toEqual([expect.stringMatching(/^SELECT s\.account_id/)]);
    expect(tally.roundTrips).toBe(1);
  });

  it('is answered with Cache-Control: no-store, as when Apollo\'s cache-control plugin ran', async () => {
    const answer = await fetch(`${t.base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${officer.token}` }, body: JSON.stringify({ query: COUNTS }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('reads the account from its stream every time: a suspension behind a warm request ends the session at the next', async () => {
    const signedIn = await t.signInAs({ level: 'DISTRICT', office: '4902' });
    expect((await signedIn.graphql(ME)).data.me.account.status).toBe('ACTIVE');
    expect((await signedIn.graphql(ME)).data.me.account.status).toBe('ACTIVE');
    const suspended = await provinceAdmin.graphql(
      'mutation ($id: ID!) { suspendStaffAccount(input: { accountId: $id, reason: "ย้ายไปรับราชการที่อื่น" }) { status } }', { id: signedIn.accountId });
    expect(suspended.data.suspendStaffAccount.status).toBe('SUSPENDED');
    expect((await signedIn.graphql(ME)).errors?.[0].extensions?.code).toBe('ACCOUNT_SUSPENDED');
  });
});
