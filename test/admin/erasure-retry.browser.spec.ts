import { beforeAll, expect, it, jest } from '@jest/globals';
import { bangkokToday, citizenId, debtApi, registration } from '../support/debt-api.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, untilText } from './support/centre-pages.js';

/**
 * `/erasure-requests`, a request accepted whose erasure failed (รอบันทึกผลการลบ): in the setup the key store refuses
 * every deletion (a trigger) while a central administrator records the request through the API, so the request is
 * accepted and the erasure fails; with the trigger gone, the administrator completes it from the list
 * (ดำเนินการลบอีกครั้ง) and sees what it destroyed; a case the debtor registered after the request keeps its data. A
 * request not waiting, or unknown, is refused with a typed error.
 */

jest.setTimeout(180_000);
const SUBJECT = citizenId('310050099931');
const RECORD = `mutation ($input: RecordErasureRequestInput!) { recordErasureRequest(input: $input) { requestId decision erasedAtTh } }`;
const RETRY = `mutation ($input: RetryErasureInput!) { retryErasure(input: $input) { requestId decision erasedAtTh keysDestroyed streamCount } }`;
const LIST = 'query { erasureRequests(first: 5) { edges { node { requestId decision erasedAtTh } } } }';
const codes = (answer: { errors?: { extensions?: { code?: string; field?: string } }[] }) =>
  (answer.errors ?? []).map((e) => `${e.extensions?.code}:${e.extensions?.field}`);

describeInBrowser('completing a failed erasure in the browser', () => {
  const suite = browserSuite();
  let caseId: string;
  let returned: string;
  let requestId: string;

  beforeAll(async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const api = debtApi(suite.app, officer);
    caseId = (await api.register(registration({ debtor: { ...registration().debtor, citizenId: SUBJECT } }))).data.r.caseId;
    expect((await api.send('closeDebtCase', caseId, { reason: 'WITHDRAWN' })).errors).toBeUndefined();
    const db = suite.app.db.pool;
    await db.query(`CREATE FUNCTION test_keys_unavailable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the key store is unavailable (test)'; END $$`);
    await db.query('CREATE TRIGGER keys_unavailable BEFORE DELETE ON personal_data_keys FOR EACH STATEMENT EXECUTE FUNCTION test_keys_unavailable()');
    const failed = await suite.app.admin.graphql(RECORD, { input: {
      citizenId: SUBJECT, requester: 'DATA_SUBJECT', basis: 'CONSENT_WITHDRAWN', letterReference: 'หนังสือขอลบข้อมูล ลว. 3 ธ.ค. 2569', receivedOn: bangkokToday().typed,
    } });
    expect(codes(failed)).toEqual(['INTERNAL_SERVER_ERROR:undefined']);
    await db.query('DROP TRIGGER keys_unavailable ON personal_data_keys');
    await db.query('DROP FUNCTION test_keys_unavailable()');
    await suite.app.caughtUp();
    const listed = (await suite.app.admin.graphql(LIST)).data.erasureRequests.edges.map((e: { node: unknown }) => e.node);
    expect(listed).toEqual([{ requestId: expect.any(String), decision: 'ACCEPTED', erasedAtTh: null }]);
    requestId = listed[0].requestId;
    // The debtor comes back with a new case before the erasure is completed: the request did not ask to erase it.
    returned = (await api.register(registration({ debtor: { ...registration().debtor, citizenId: SUBJECT } }))).data.r.caseId;
  });

  it('shows the request waiting for its erasure, completes it on a click and shows what was destroyed', async () => {
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.goto('/erasure-requests');
    await untilText(page.getByTestId('erasure-requests'), new RegExp(`xxxxxxxxx${SUBJECT.slice(-4)}[\\s\\S]*รอบันทึกผลการลบ`));
    await screenshot(page, 'erasure-request-pending');
    await page.getByRole('button', { name: 'ดำเนินการลบอีกครั้ง' }).click();
    await untilText(page.getByTestId('erasure-decision'), new RegExp(`อนุมัติและลบข้อมูลของ xxxxxxxxx${SUBJECT.slice(-4)} แล้ว[\\s\\S]*ทำลายกุญแจข้อมูล [1-9]\\d* ดอก ข้อมูลใน 1 เรื่อง`));
    await untilText(page.getByTestId('erasure-requests'), /ลบแล้ว\s*กุญแจ [1-9]\d* ดอก 1 เรื่อง/);
    await expect(page.getByRole('button', { name: 'ดำเนินการลบอีกครั้ง' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'erasure-request-retried');
    const left = await suite.app.db.pool.query('SELECT count(*)::int AS n FROM erasure_pending_subjects');
    expect(left.rows[0].n).toBe(0);
    const detail = await suite.app.admin.graphql('query ($id: ID!) { debtCaseDetail(id: $id) { debtor { citizenId } } }', { id: caseId });
    expect(JSON.stringify(detail)).not.toContain(SUBJECT);
    const kept = await suite.app.admin.graphql('query ($id: ID!) { debtCaseDetail(id: $id) { debtor { citizenId } } }', { id: returned });
    expect(kept.data.debtCaseDetail.debtor.citizenId).toBe(SUBJECT);
  });

  it('refuses a request that is not waiting, or unknown, with a typed error, and answers its own retry again', async () => {
    const again = await suite.app.admin.graphql(RETRY, { input: { requestId, commandId: 'retry-after-erasure' } });
    expect(codes(again)).toEqual(['ERASURE_REQUEST_NOT_PENDING:requestId']);
    expect(again.errors?.[0]).toMatchObject({ extensions: { messageTh: expect.stringContaining('ไม่ได้รอบันทึกผลการลบ'), messageEn: expect.any(String) } });
    const unknown = await suite.app.admin.graphql(RETRY, { input: { requestId: '00000000-0000-4000-8000-000000000000' } });
    expect(codes(unknown)).toEqual(['ERASURE_REQUEST_UNKNOWN:requestId']);
    const malformed = await suite.app.admin.graphql(RETRY, { input: { requestId: 'คำขอ 1' } });
    expect(codes(malformed)).toEqual(['ERASURE_REQUEST_UNKNOWN:requestId']);
    const { rows: [clicked] } = await suite.app.db.pool.query<{ command_id: string }>(
      `SELECT metadata->>'commandId' AS command_id FROM events WHERE type = 'SubjectDataErased' AND stream_id = $1`, [`erasure-request-${requestId}`]);
    const sameClick = await suite.app.admin.graphql(RETRY, { input: { requestId, commandId: clicked.command_id } });
    expect(sameClick.errors).toBeUndefined();
    expect(sameClick.data.retryErasure).toMatchObject({ requestId, decision: 'ACCEPTED', erasedAtTh: expect.any(String), streamCount: 1 });
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    expect((await officer.graphql(RETRY, { input: { requestId } })).data?.retryErasure ?? null).toBeNull();
  });
});
