import { requireDateWithin } from '../shared/date-input.js';
import { type CalendarDay, isWeekend, parseCalendarDay, toCalendarDay } from './calendar-day.js';
import { alreadyHoliday, holidayNameRequired, holidayOnWeekend, notHoliday } from './calendar-errors.js';
import { parseYear } from './thai-years.js';
import { type Holiday, isWorkingDay, nextWorkingDay, previousWorkingDay } from './working-days.js';

/** What the calendar needs of a PostgreSQL pool (a pg.Pool fits), so that this file needs no driver. */
export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface GovernmentHoliday extends Holiday {
  /** 'shipped' with the service's holiday table, or 'added' by an administrator. */
  readonly source: 'shipped' | 'added';
}

/** Who changes the table: the actor (`account:<id>`) and the office it acted for, kept beside the change. */
export interface ChangedBy {
  actor: string;
  office: string;
}

export interface HolidayCalendarOptions {
  /** Reload at least this often, so that a change made by another replica shows here too. */
  maxAgeMs?: number;
  now?: () => number;
}

interface Row { day: string; name_th: string; name_en: string | null; source: 'shipped' | 'added' }

const COLUMNS = "to_char(day, 'YYYY-MM-DD') AS day, name_th, name_en, source";
const MAX_NAME_LENGTH = 200;
/**
 * The days a holiday may be declared on: from the year the complaint system opened (no working day before it
 * is ever counted) to the end of the century.
 */
export const HOLIDAYS_FROM = '2019-01-01';
export const HOLIDAYS_UNTIL = '2099-12-31';

/**
 * The government holidays in the `government_holidays` table, kept in memory: reloaded after every change
 * made here and at least every `maxAgeMs`. Answers working-day questions for any day.
 */
export class HolidayCalendar {
  private cache?: { generation: number; loadedAt: number; byDay: Map<CalendarDay, GovernmentHoliday> };
  private loading?: Promise<Map<CalendarDay, GovernmentHoliday>>;
  private generation = 0;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(private readonly db: SqlClient, options: HolidayCalendarOptions = {}) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** The holidays of a year given CE or Buddhist Era (2568 means 2025), in date order. */
  async holidaysIn(year: string | number): Promise<GovernmentHoliday[]> {
    const prefix = `${parseYear(year)}-`;
    return [...(await this.lookup()).values()].filter((h) => h.date.startsWith(prefix));
  }

  async holidayOn(date: CalendarDay | Date): Promise<GovernmentHoliday | undefined> {
    const day = toCalendarDay(date);
    return (await this.lookup()).get(day);
  }

  async isWorkingDay(date: CalendarDay | Date): Promise<boolean> {
    return isWorkingDay(date, await this.lookup());
  }

  async nextWorkingDay(date: CalendarDay | Date): Promise<CalendarDay> {
    return nextWorkingDay(date, await this.lookup());
  }

  async previousWorkingDay(date: CalendarDay | Date): Promise<CalendarDay> {
    return previousWorkingDay(date, await this.lookup());
  }

  /** Declares a weekday a holiday; a day that is one already, or a weekend day, is refused. */
  async add(date: string, nameTh: string, nameEn: string | null | undefined, by: ChangedBy): Promise<GovernmentHoliday> {
    const day = requireDateWithin(parseCalendarDay(date, 'date'), 'date', HOLIDAYS_FROM, HOLIDAYS_UNTIL);
    const name = checkedName(nameTh, 'name');
    const english = nameEn == null || nameEn.trim() === '' ? null : checkedName(nameEn, 'nameEn');
    if (isWeekend(day)) throw holidayOnWeekend(day, 'date');
    const { rows } = await this.db.query(
      `INSERT INTO government_holidays (day, name_th, name_en, source, added_by, added_by_office) VALUES ($1, $2, $3, 'added', $4, $5)
       ON CONFLICT (day) DO UPDATE SET name_th = EXCLUDED.name_th, name_en = EXCLUDED.name_en, source = 'added',
         added_at = now(), added_by = EXCLUDED.added_by, added_by_office = EXCLUDED.added_by_office,
         removed_at = NULL, removed_by = NULL, removed_by_office = NULL
       WHERE government_holidays.removed_at IS NOT NULL
       RETURNING ${COLUMNS}`,
      [day, name, english, by.actor, by.office],
    );
    if (rows.length === 0) {
      const existing = await this.db.query('SELECT name_th FROM government_holidays WHERE day = $1', [day]);
      throw alreadyHoliday(day, (existing.rows[0] as Row | undefined)?.name_th ?? '', 'date');
    }
    await this.refresh();
    return toHoliday(rows[0] as Row);
  }

  /** Takes a holiday out (it stays out when the shipped table is seeded again); a working day is refused. */
  async remove(date: string, by: ChangedBy): Promise<GovernmentHoliday> {
    const day = parseCalendarDay(date, 'date');
    const { rows } = await this.db.query(
      `UPDATE government_holidays SET removed_at = now(), removed_by = $2, removed_by_office = $3
       WHERE day = $1 AND removed_at IS NULL RETURNING ${COLUMNS}`,
      [day, by.actor, by.office],
    );
    if (rows.length === 0) throw notHoliday(day, 'date');
    await this.refresh();
    return toHoliday(rows[0] as Row);
  }

  /** Reloads from the database now. */
  async refresh(): Promise<void> {
    await this.load();
  }

  private lookup(): Promise<Map<CalendarDay, GovernmentHoliday>> {
    if (this.cache && this.now() - this.cache.loadedAt < this.maxAgeMs) return Promise.resolve(this.cache.byDay);
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** A load that started earlier than the cached one never replaces it. */
  private async load(): Promise<Map<CalendarDay, GovernmentHoliday>> {
    const generation = ++this.generation;
    const loadedAt = this.now();
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS} FROM government_holidays WHERE removed_at IS NULL ORDER BY day`,
    );
    const byDay = new Map((rows as Row[]).map((row) => [row.day, toHoliday(row)] as const));
    if (!this.cache || generation > this.cache.generation) this.cache = { generation, loadedAt, byDay };
    return byDay;
  }
}

function checkedName(input: string, field: string): string {
  const name = String(input ?? '').trim();
  if (name === '' || name.length > MAX_NAME_LENGTH) throw holidayNameRequired(field, MAX_NAME_LENGTH);
  return name;
}

function toHoliday(row: Row): GovernmentHoliday {
  return { date: row.day, nameTh: row.name_th, nameEn: row.name_en, source: row.source };
}
