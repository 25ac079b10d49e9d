import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ComplaintMonthEndTimer } from '../../src/projections/complaint-statistics/complaint-month-end.timer.js';
import { RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { citizenId, registration } from '../support/debt-api.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/** Every line the service logs while this suite runs, from level info, as written. */
const written: string[] = [];
const output = () => written.join('');
const lines = () => output().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

let t: TestApp;
let officer: SignedIn;

/** A GraphQL request sent as `as` with a request id of its own; the answer and the response's x-request-id. */
async function send(as: SignedIn | undefined, query: string, variables: object, requestId?: string) {
  const response = await fetch(`${t.base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77',
      ...(as ? { authorization: `Bearer ${as.token}` } : {}), ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await response.json() as { data?: any; errors?: any[] }, requestId: response.headers.get('x-request-id') };
}

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }';
const REGISTER = 'mutation RegisterForLogTest($input: RegisterDebtorInput!) { registerDebtor(input: $input) { caseId } }';

// What this suite types about people: each must stay out of the log, as typed and as the service normalises it.
const debtor = { citizenId: citizenId('310170020703'), firstName: 'บุญเรือน', lastName: 'ทองประเสริฐ', phone: '๐๘๙-๗๖๕-๔๓๒๑' };
const creditor = { name: 'นายประยูร เงินไว', citizenId: citizenId('320050012345') };
const complainant = { citizenId: citizenId('150170020703'), firstName: 'มาลัยวรรณ' };
const stranger = citizenId('190000000123');

beforeAll(async () => {
  t = await startTestApp({ logs: { write: (line: string) => void written.push(line) } });
  officer = await t.signInAs({ level: 'PROVINCE', office: '49', position: 'LEGAL_OFFICER' });
}, 60_000);
afterAll(() => t.close());

describe('the service log', () => {
  it('holds a realistic flow with request and correlation ids and without a citizen id, a name or a phone', async () => {
    const base = registration();
    const registered = await send(officer, REGISTER, {
      input: {
        ...base, commandId: 'log-test-register-1',
        debtor: { ...base.debtor, citizenId: debtor.citizenId, firstName: debtor.firstName, lastName: debtor.lastName, phone: debtor.phone },
        creditors: [{ kind: 'PERSON', name: creditor.name, citizenId: creditor.citizenId }],
      },
    }, 'log-test-request-1');
    expect(registered.body.errors).toBeUndefined();
    expect(registered.requestId).toBe('log-test-request-1');

    // Received in a month that has ended: the month end freezes its figures.
    const receivedAt = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const complaint = await officer.graphql(RECEIVE, {
      input: receiveInput({ citizenId: complainant.citizenId, firstName: complainant.firstName, subdistrict: '490101', receivedAt }),
    });
    expect(complaint.errors).toBeUndefined();

    const unknown = await send(undefined, SIGN_IN, { input: { citizenId: stranger, password: 'ไม่ใช่รหัสผ่าน' } });
    const wrong = await send(undefined, SIGN_IN, { input: { citizenId: officer.citizenId, password: 'ผิดรหัส' } });
    expect([unknown.body.errors?.[0].extensions.code, wrong.body.errors?.[0].extensions.code]).toEqual(['SIGN_IN_FAILED', 'SIGN_IN_FAILED']);
    // A request id that is not well formed is replaced by a new one.
    expect((await send(undefined, '{ provinces { code } }', {}, 'bad id\twith spaces')).requestId).toMatch(/^[0-9a-f-]{36}$/);
    await t.caughtUp();
    expect((await t.app.get(ComplaintMonthEndTimer).tick()).length).toBeGreaterThan(0);
    // The daily report of the last working day is frozen at start-up (the test app has none yet).
    for (const until = Date.now() + 20_000; !lines().some((line) => line.context === 'DailyReport') && Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const all = lines();
    const ofRequest = all.filter((line) => line.reqId === 'log-test-request-1');
    expect(ofRequest).toEqual(expect.arrayContaining([
      expect.objectContaining({ context: 'Command', correlationId: 'log-test-register-1', msg: expect.stringMatching(/^RegisterDebtor on debt-\S+: DebtorRegistered, version 1 in \d+ ms$/) }),
      expect.objectContaining({ context: 'GraphQL', msg: expect.stringMatching(/^mutation RegisterForLogTest: ok in \d+ ms$/) }),
    ]));
    expect(all.some((line) => line.context === 'Command' && /^ReceiveComplaint on complaint-/.test(String(line.msg)) && line.reqId && line.correlationId)).toBe(true);
    expect(all.filter((line) => line.context === 'ComplaintMonthEnd').map((line) => line.msg))
      .toContainEqual(expect.stringMatching(/^complaint figures at the end of \d{4}-\d{2} frozen$/));
    expect(all.filter((line) => line.context === 'DailyReport').map((line) => line.msg))
      .toEqual([expect.stringMatching(/^daily report of \d{4}-\d{2}-\d{2} frozen at log position \d+\/\d+.* in \d+ ms$/)]);
    const refusals = all.filter((line) => line.context === 'SignIn').map((line) => line.msg);
    expect(refusals).toEqual([
      expect.stringMatching(/^sign-in refused \(SIGN_IN_FAILED\): no account has this user name, user [0-9a-f]{16}$/),
      `sign-in refused (SIGN_IN_FAILED): wrong password, account ${officer.accountId}`,
    ]);

    const log = output();
    const typed = [
      debtor.citizenId, debtor.firstName, debtor.lastName, debtor.phone, '0897654321', creditor.name, creditor.citizenId,
      complainant.citizenId, complainant.firstName, 'ใจดีมาก', '081-234-5678', '0812345678', stranger,
      // The accounts the test app made: their citizen ids, names and office phones; and the session's token.
      officer.citizenId, t.admin.citizenId, 'ดำรง', 'ธรรมา', '023569660', 'สมศรี', '021234567', officer.token,
    ];
    expect(typed.filter((value) => log.includes(value))).toEqual([]);
    expect(log).not.toMatch(/authorization|cookie|bearer/i);
  });
});
