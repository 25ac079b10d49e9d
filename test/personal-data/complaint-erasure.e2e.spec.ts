import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ERASED_MARKER, PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import { ProjectionRebuilder } from '../../src/projections/rebuild/projection-rebuilder.js';
import { citizenId, province, RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';
import { databaseText } from '../support/database-text.js';

/**
 * Issue 17's erasure of a complainant, end to end: a complaint received in Mueang Ratchaburi against a named official,
 * a second one of theirs found a possible duplicate, the first assigned, forwarded to the province and resolved; then
 * the complainant erased (their keys and the complaints' own destroyed). The page, the list, the search, the history
 * and the public status show the marker or nothing; the statistics and the log's hash chains are as they were; no value
 * of theirs is left in any table or in the service's log; and the duplicate rule still finds a repeat complaint of a
 * complainant who was not erased, by citizen id and by the party complained about, all sealed.
 */
const erased = {
  citizenId: citizenId('310050012345'), firstName: 'ลำดวนลบได้', lastName: 'ร้องทุกข์ทิ้ง', phone: '0897001122', line: '77/7 หมู่ 9 ซอยลบข้อมูล',
  accused: 'นายประจักษ์ เรียกเงินใต้โต๊ะ', position: 'เจ้าพนักงานที่ดินชำนาญการ', subject: 'ประจักษ์เรียกรับเงินค่าโอนที่ดิน',
  description: 'ผู้ร้องถูกเรียกเงินสามหมื่นบาทที่สำนักงานที่ดิน', assignNote: 'โทรหาคุณลำดวนแล้ว', forwardNote: 'ส่งจังหวัดเพราะเกี่ยวกับประจักษ์',
  result: 'ตั้งกรรมการสอบข้อเท็จจริงเรื่องประจักษ์แล้ว',
};
const kept = {
  citizenId: citizenId('310050054321'), firstName: 'บุญเรือนคงอยู่', accused: 'นางสาวเกศินี รับสินบนมาก', subject: 'เกศินีรับสินบนเรื่องใบอนุญาตก่อสร้าง',
};

const logLines: string[] = [];
let t: TestApp;
let district: SignedIn;
let provinceOfficer: SignedIn;
let shredder: PersonalDataShredder;

async function ask(query: string, variables: Record<string, unknown> = {}, as: SignedIn = district): Promise<any> {
  const { data, errors } = await as.graphql(query, variables) as { data: any; errors?: unknown[] };
  expect(errors).toBeUndefined();
  return data;
}

const act = (mutation: string) => `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { version } }`;
const DETAIL = `query ($id: ID!) { complaintDetail(id: $id) { status subject description
  complainant { anonymous citizenId title firstName lastName phone address { line district { code } } }
  accused { kind name position agency } category { mainCode subCode } location { district { code } lat lng }
  assignments { note } forwards { note } resolution { result } owningOffice { level code } } }`;
const LISTED = 'query ($id: ID!) { complaint(id: $id) { status subject accusedName category { mainCode } location { districtCode } } }';
const BY_TEXT = 'query ($f: ComplaintFilter) { complaints(filter: $f) { totalCount } }';
const SEARCH = 'query ($text: String!) { searchComplaints(text: $text) { totalCount edges { node { complaintId subject } } } }';
const HISTORY = 'query ($id: ID!) { complaintHistory(id: $id) { type data } }';
const STATUS = 'query ($code: String!) { complaintStatus(trackingCode: $code) { status statusTh handledBy receivedOn { iso } closedOn { iso } } }';
const CHECK = `query ($input: ComplaintDuplicateCheckInput!) { possibleDuplicateComplaints(input: $input) { complaintId reason } }`;
const STATISTICS = `{ complaintStatistics(from: "1/2568", to: "12/2570", groupBy: [DISTRICT, CATEGORY]) { districtCode received solved setAside } }`;
const VERIFY = 'query { verifyLog { intact checkedEvents brokenLinks { streamId } } }';

const figures = async () => ({
  statistics: (await ask(STATISTICS, {}, t.admin)).complaintStatistics,
  listed: (await ask(BY_TEXT, { f: {} }, t.admin)).complaints.totalCount,
  verify: (await ask(VERIFY, {}, t.admin)).verifyLog,
});

async function receive(input: object) {
  return (await ask(RECEIVE, { input })).receiveComplaint;
}

const ids: Record<'first' | 'second' | 'keptOne', { complaintId: string; trackingCode: string }> = {} as never;

beforeAll(async () => {
  t = await startTestApp({ logs: { write: (line: string) => void logLines.push(line) } });
  district = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  provinceOfficer = await t.signInAs({ level: 'PROVINCE', office: '70' });
  shredder = t.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER);

  const base = receiveInput({ citizenId: erased.citizenId, firstName: erased.firstName, subject: erased.subject });
  const input = {
    ...base, description: erased.description,
    complainant: { ...base.complainant, lastName: erased.lastName, phone: erased.phone, address: { ...base.complainant.address, line: erased.line } },
    accused: { kind: 'STATE_OFFICIAL', name: erased.accused, position: erased.position, agency: 'สำนักงานที่ดินจังหวัดราชบุรี' },
  };
  ids.first = (await receive(input)).complaint;
  const second = await receive({ ...input, subject: 'ร้องซ้ำเรื่องเงินค่าโอน' });
  ids.second = second.complaint;
  expect(second.possibleDuplicates).toEqual([{ complaintId: ids.first.complaintId, reason: 'SAME_COMPLAINANT' }]);
  const on = (fields: object) => ({ input: { complaintId: ids.first.complaintId, ...fields } });
  await ask(act('assignComplaint'), on({ assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '700101' }, note: erased.assignNote }));
  await ask(act('forwardComplaint'), on({ to: province('70'), note: erased.forwardNote }));
  await ask(act('resolveComplaint'), on({ result: erased.result }), provinceOfficer);

  const keptInput = receiveInput({ citizenId: kept.citizenId, firstName: kept.firstName, subject: kept.subject });
  ids.keptOne = (await receive({ ...keptInput, accused: { kind: 'PERSON', name: kept.accused, position: null, agency: null } })).complaint;
  await t.caughtUp();
});
afterAll(() => t.close());

describe('erasing a complainant whose complaint was duplicate-checked, assigned, forwarded and resolved', () => {
  it('seals their values in the log: the events table holds none of them before erasure either', async () => {
    const { rows } = await t.db.pool.query<{ data: string }>(`SELECT data::text FROM events WHERE stream_id LIKE 'complaint-%'`);
    const stored = rows.map((r) => r.data).join('\n');
    for (const value of [...Object.values(erased), kept.firstName, kept.accused, kept.subject]) expect(stored).not.toContain(value);
    expect(stored).toContain('"mainCode": "REQUEST_HELP"');
    const detail = (await ask(DETAIL, { id: ids.first.complaintId }, provinceOfficer)).complaintDetail;
    expect(detail).toMatchObject({ subject: erased.subject, complainant: { firstName: erased.firstName }, accused: { name: erased.accused } });
  });

  it('shows the marker or nothing after, keeps every figure, and leaves none of their values in the database or the logs', async () => {
    const before = await figures();
    expect(before.verify.intact).toBe(true);
    expect((await ask(SEARCH, { text: erased.firstName }, t.admin)).searchComplaints.totalCount).toBe(2);
    const statusBefore = (await t.graphql(STATUS, { code: ids.first.trackingCode })).data.complaintStatus;

    const outcome = await shredder.eraseSubject(erased.citizenId, { kind: 'REQUEST', reference: 'complaint-request' });
    expect(outcome).toEqual({ keysDestroyed: 4, streams: [`complaint-${ids.first.complaintId}`, `complaint-${ids.second.complaintId}`].sort() });

    const detail = (await ask(DETAIL, { id: ids.first.complaintId }, provinceOfficer)).complaintDetail;
    expect(detail).toEqual({
      status: 'RESOLVED', subject: ERASED_MARKER, description: ERASED_MARKER,
      complainant: {
        anonymous: false, citizenId: ERASED_MARKER, title: ERASED_MARKER, firstName: ERASED_MARKER, lastName: ERASED_MARKER, phone: ERASED_MARKER,
        address: { line: ERASED_MARKER, district: { code: '7001' } },
      },
      accused: { kind: 'STATE_OFFICIAL', name: ERASED_MARKER, position: ERASED_MARKER, agency: 'สำนักงานที่ดินจังหวัดราชบุรี' },
      category: { mainCode: 'REQUEST_HELP', subCode: 'PUBLIC_UTILITIES' }, location: { district: { code: '7001' }, lat: 13.53, lng: 99.81 },
      assignments: [{ note: ERASED_MARKER }], forwards: [{ note: ERASED_MARKER }], resolution: { result: ERASED_MARKER },
      owningOffice: { level: 'PROVINCE', code: '70' },
    });
    expect((await ask(LISTED, { id: ids.first.complaintId }, provinceOfficer)).complaint).toEqual({
      status: 'RESOLVED', subject: ERASED_MARKER, accusedName: ERASED_MARKER, category: { mainCode: 'REQUEST_HELP' }, location: { districtCode: '7001' },
    });
    for (const text of [erased.firstName, 'ประจักษ์', 'ลำดวน']) {
      expect((await ask(SEARCH, { text }, provinceOfficer)).searchComplaints.totalCount).toBe(0);
      expect((await ask(BY_TEXT, { f: { text } }, t.admin)).complaints.totalCount).toBe(0);
    }
    const history = (await ask(HISTORY, { id: ids.first.complaintId }, provinceOfficer)).complaintHistory;
    expect(history.map((e: any) => e.type)).toEqual(['ComplaintReceived', 'ComplaintAssigned', 'ComplaintForwarded', 'ComplaintResolved']);
    expect(JSON.parse(history[3].data).result).toBe(ERASED_MARKER);
    expect((await t.graphql(STATUS, { code: ids.first.trackingCode })).data.complaintStatus).toEqual(statusBefore);

    // A rebuild of the list and the search from the log makes the same rows as the erasure made anew.
    const run = await (await t.app.get(ProjectionRebuilder).start({
      names: ['complaint-list', 'complaint-search'], mode: 'REBUILD', acceptDifferences: false, requestedBy: 'test',
    })).done;
    expect(run.error).toBeNull();
    expect(run.parts.map((p) => [p.projection, p.differences, p.swapped])).toEqual([['complaint-list', 0, true], ['complaint-search', 0, true]]);

    expect(await figures()).toEqual(before);
    const dump = await databaseText(t.db.pool);
    const logs = logLines.join('\n');
    for (const value of Object.values(erased)) {
      expect(dump).not.toContain(value);
      expect(logs).not.toContain(value);
    }
    expect(dump).toContain(kept.subject);
  });

  it('still finds a repeat complaint of a complainant who was not erased, by citizen id and by the party complained about', async () => {
    const again = await receive(receiveInput({ citizenId: kept.citizenId, firstName: kept.firstName, subject: 'เรื่องอื่นของผู้ร้องเดิม' }));
    expect(again.possibleDuplicates).toEqual([{ complaintId: ids.keptOne.complaintId, reason: 'SAME_COMPLAINANT' }]);
    const other = receiveInput({ citizenId: citizenId('310050099999'), subject: kept.subject });
    const byAccused = await receive({ ...other, accused: { kind: 'PERSON', name: `นางสาว${kept.accused.slice('นางสาว'.length)}`, position: null, agency: null } });
    expect(byAccused.possibleDuplicates).toEqual([{ complaintId: ids.keptOne.complaintId, reason: 'SAME_ACCUSED_SIMILAR_SUBJECT' }]);
    await t.caughtUp();
    const checked = (await ask(CHECK, { input: { citizenId: kept.citizenId, accusedName: kept.accused, subject: kept.subject } })).possibleDuplicateComplaints;
    expect(checked.map((c: any) => c.complaintId).sort()).toEqual([ids.keptOne.complaintId, again.complaint.complaintId, byAccused.complaint.complaintId].sort());
    // The erased complainant's citizen id finds nothing of theirs any more.
    expect((await ask(CHECK, { input: { citizenId: erased.citizenId } })).possibleDuplicateComplaints).toEqual([]);
    // A complaint the list does not name (its row gone, the list past it) is found by the blind index of the citizen id.
    await t.db.pool.query('DELETE FROM complaint_list WHERE complaint_id = $1', [ids.keptOne.complaintId]);
    const byIndex = (await ask(CHECK, { input: { citizenId: kept.citizenId } })).possibleDuplicateComplaints;
    expect(byIndex.map((c: any) => c.complaintId).sort()).toEqual([ids.keptOne.complaintId, again.complaint.complaintId].sort());
  });
});
