import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HolidayCalendar } from '../../src/calendar/holiday-calendar.js';
import { SHIPPED_HOLIDAYS } from '../../src/calendar/holidays-2024-2027.js';
import { migrate } from '../../src/database/migrate.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { rejection } from '../support/domain-errors.js';

/** Who makes the changes: a central administrator's account. */
const BY = { actor: 'account:central-admin', office: 'CENTRAL' };

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('holiday calendar on PostgreSQL', () => {
  it('is seeded with the shipped table by the migration', async () => {
    const calendar = new HolidayCalendar(db.pool);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM government_holidays WHERE source = 'shipped'`);
    expect(rows[0].n).toBe(SHIPPED_HOLIDAYS.length);
    const year2024 = SHIPPED_HOLIDAYS.filter((h) => h.date.startsWith('2024-')).map((h) => ({ ...h, source: 'shipped' }));
    expect(await calendar.holidaysIn('2567')).toEqual(year2024);
    expect(await calendar.holidaysIn('๒๐๒๔')).toEqual(year2024);
    expect(await calendar.isWorkingDay('2024-04-16')).toBe(false);
    expect(await calendar.nextWorkingDay('2024-04-11')).toBe('2024-04-17');
    expect(await calendar.previousWorkingDay('2024-04-17')).toBe('2024-04-11');
  });

  it('adds a holiday the cabinet declares and refuses a weekend day, a holiday, a bad date, a day outside 2019–2099 or no name', async () => {
    const calendar = new HolidayCalendar(db.pool);
    expect(await calendar.isWorkingDay('2026-07-31')).toBe(true);
    const added = await calendar.add('๒๕๖๙-๐๗-๓๑', ' วันหยุดราชการเพิ่มเป็นกรณีพิเศษ ', 'Special holiday', BY);
    expect(added).toEqual({ date: '2026-07-31', nameTh: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', nameEn: 'Special holiday', source: 'added' });
    expect(await calendar.isWorkingDay('2026-07-31')).toBe(false);
    expect(await calendar.nextWorkingDay('2026-07-27')).toBe('2026-08-03');
    expect(await calendar.holidayOn(new Date('2026-07-30T18:00:00Z'))).toEqual(added);

    expect(await rejection(calendar.add('2026-07-31', 'อีกครั้ง', null, BY))).toMatchObject({ code: 'HOLIDAY_ALREADY_EXISTS', field: 'date' });
    expect((await rejection(calendar.add('2024-04-15', 'ซ้ำ', null, BY))).messageTh).toContain('วันสงกรานต์');
    expect(await rejection(calendar.add('2026-08-01', 'วันเสาร์', null, BY))).toMatchObject({ code: 'HOLIDAY_ON_WEEKEND', field: 'date' });
    expect(await rejection(calendar.add('2026-02-30', 'ไม่มีวันนี้', null, BY))).toMatchObject({ code: 'CALENDAR_MALFORMED_DATE', field: 'date' });
    for (const far of ['1900-01-01', '2018-12-31', '2100-01-01']) {
      expect(await rejection(calendar.add(far, 'นอกช่วง', null, BY))).toMatchObject({ code: 'DATE_OUT_OF_RANGE', field: 'date' });
    }
    expect(await rejection(calendar.add('2026-08-03', '  ', null, BY))).toMatchObject({ code: 'HOLIDAY_NAME_REQUIRED', field: 'name' });
    expect(await rejection(calendar.holidaysIn('69'))).toMatchObject({ code: 'CALENDAR_MALFORMED_YEAR' });
    expect(await calendar.isWorkingDay('2026-08-03')).toBe(true);
  });

  it('removes a holiday, refuses to remove a working day, and lets a removed day be added again', async () => {
    const calendar = new HolidayCalendar(db.pool);
    const removed = await calendar.remove('2025-08-11', BY);
    expect(removed).toMatchObject({ date: '2025-08-11', nameTh: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', source: 'shipped' });
    expect(await calendar.isWorkingDay('2025-08-11')).toBe(true);
    expect((await calendar.holidaysIn(2025)).map((h) => h.date)).not.toContain('2025-08-11');
    expect(await rejection(calendar.remove('2025-08-11', BY))).toMatchObject({ code: 'HOLIDAY_NOT_FOUND', field: 'date' });
    expect(await rejection(calendar.remove('2025-08-13', BY))).toMatchObject({ code: 'HOLIDAY_NOT_FOUND' });

    await calendar.remove('2025-06-02', BY);
    const again = await calendar.add('2025-06-02', 'วันหยุดพิเศษ', null, BY);
    expect(again).toEqual({ date: '2025-06-02', nameTh: 'วันหยุดพิเศษ', nameEn: null, source: 'added' });
    expect(await calendar.isWorkingDay('2025-06-02')).toBe(false);
  });

  it('keeps a removed shipped day removed when the migration and its seed run again, and after a restart', async () => {
    await new HolidayCalendar(db.pool).remove('2024-12-30', BY);
    await db.pool.query('DELETE FROM schemaversion WHERE version = 20');
    expect(await migrate(db.pool)).toEqual([20]);

    const restarted = new HolidayCalendar(db.pool);
    expect(await restarted.isWorkingDay('2024-12-30')).toBe(true);
    expect(await restarted.isWorkingDay('2025-08-11')).toBe(true);
    expect(await restarted.isWorkingDay('2026-07-31')).toBe(false);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM government_holidays');
    expect(rows[0].n).toBe(SHIPPED_HOLIDAYS.length + 1);
  });

  it('shows a change made by another replica once its cache is older than maxAgeMs', async () => {
    let now = 0;
    const replica = new HolidayCalendar(db.pool, { maxAgeMs: 60_000, now: () => now });
    expect(await replica.isWorkingDay('2027-03-01')).toBe(true);
    await new HolidayCalendar(db.pool).add('2027-03-01', 'วันหยุดพิเศษ', null, BY);
    now = 59_999;
    expect(await replica.isWorkingDay('2027-03-01')).toBe(true);
    now = 60_000;
    expect(await replica.isWorkingDay('2027-03-01')).toBe(false);
  });
});
