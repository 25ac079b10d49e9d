import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const FIELDS = 'date dateTh nameTh nameEn source';

describe('holidays over GraphQL', () => {
  it('lists a year given in the Buddhist Era with Thai digits', async () => {
    const { data, errors } = await t.graphql(`{ holidays(year: "๒๕๖๗") { ${FIELDS} } }`);
    expect(errors).toBeUndefined();
    expect(data.holidays).toHaveLength(28);
    expect(data.holidays[0]).toEqual({
      date: '2024-01-01', dateTh: '1 มกราคม 2567', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day", source: 'SHIPPED',
    });
    const sameYear = await t.graphql(`{ holidays(year: "2024") { date } }`);
    expect(sameYear.data.holidays.map((h: { date: string }) => h.date)).toEqual(data.holidays.map((h: { date: string }) => h.date));
  });

  it('adds and removes a holiday: a central administrator does, recorded with its account', async () => {
    const added = await t.admin.graphql(
      `mutation ($date: String!, $name: String!) { addHoliday(input: { date: $date, name: $name, nameEn: "Special holiday" }) { ${FIELDS} } }`,
      { date: '2569-06-02', name: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ' },
    );
    expect(added.data.addHoliday).toEqual({
      date: '2026-06-02', dateTh: '2 มิถุนายน 2569', nameTh: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', nameEn: 'Special holiday', source: 'ADDED',
    });
    let year = await t.graphql('{ holidays(year: "2569") { date } }');
    expect(year.data.holidays.map((h: { date: string }) => h.date)).toContain('2026-06-02');

    const { rows: [whoAdded] } = await t.db.pool.query(`SELECT added_by, added_by_office FROM government_holidays WHERE day = '2026-06-02'`);
    expect(whoAdded).toEqual({ added_by: `account:${t.admin.accountId}`, added_by_office: 'CENTRAL' });

    const removed = await t.admin.graphql(`mutation { removeHoliday(input: { date: "2026-06-02" }) { date source } }`);
    expect(removed.data.removeHoliday).toEqual({ date: '2026-06-02', source: 'ADDED' });
    year = await t.graphql('{ holidays(year: "2026") { date } }');
    expect(year.data.holidays.map((h: { date: string }) => h.date)).not.toContain('2026-06-02');
    const { rows: [whoRemoved] } = await t.db.pool.query(`SELECT removed_by, removed_by_office FROM government_holidays WHERE day = '2026-06-02'`);
    expect(whoRemoved).toEqual({ removed_by: `account:${t.admin.accountId}`, removed_by_office: 'CENTRAL' });
  });

  it('lets nobody else change the holidays', async () => {
    const add = 'mutation { addHoliday(input: { date: "2026-06-09", name: "วันหยุดพิเศษ" }) { date } }';
    expect((await t.graphql(add)).errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const kind of [{ level: 'CENTRAL' as const }, { level: 'PROVINCE' as const, office: '49', administrator: true }]) {
      const account = await t.signInAs(kind);
      expect((await account.graphql(add)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await t.graphql('{ holidays(year: "2026") { date } }')).data.holidays.map((h: { date: string }) => h.date)).not.toContain('2026-06-09');
  });

  it('answers bad requests with typed errors in Thai and English naming the field', async () => {
    const cases: [string, string, string][] = [
      ['mutation { addHoliday(input: { date: "2026-06-06", name: "วันเสาร์" }) { date } }', 'HOLIDAY_ON_WEEKEND', 'date'],
      ['mutation { addHoliday(input: { date: "2026-04-13", name: "ซ้ำ" }) { date } }', 'HOLIDAY_ALREADY_EXISTS', 'date'],
      ['mutation { addHoliday(input: { date: "13/04/2026", name: "ผิดรูปแบบ" }) { date } }', 'CALENDAR_MALFORMED_DATE', 'date'],
      ['mutation { removeHoliday(input: { date: "2026-06-04" }) { date } }', 'HOLIDAY_NOT_FOUND', 'date'],
      ['{ holidays(year: "๖๙") { date } }', 'CALENDAR_MALFORMED_YEAR', 'year'],
    ];
    for (const [query, code, field] of cases) {
      const body = await t.admin.graphql(query);
      expect(body.errors![0].extensions).toEqual({
        code, field, messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String),
      });
    }
  });
});
