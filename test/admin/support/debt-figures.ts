import { expect } from '@jest/globals';
import type { Locator } from 'playwright-core';
import { HolidayCalendar } from '../../../src/calendar/holiday-calendar.js';
import { EVENT_STORE, type EventStore } from '../../../src/eventstore/event-store.port.js';
import { DailyReportFreezer } from '../../../src/reporting/daily/daily-report.freezer.js';
import { citizenId, debtApi, registration } from '../../support/debt-api.js';
import type { GraphQLAnswer, SignedIn, TestApp } from '../../support/test-app.js';

/** Monday 10 March 2568 (2025), a working day: the service's clock starts at 10:00 on it in the report suites. */
export const MONDAY = '2025-03-10';
export const MONDAY_10AM = new Date(`${MONDAY}T10:00:00+07:00`);

const ok = (answer: GraphQLAnswer) => {
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
};

/**
 * Debt cases registered through the API by `officer`, each of 50,000 baht principal and 62,500.50 outstanding:
 * two in Mueang Mukdahan (4901, one of them contacted, wishing mediation), two in Nikhom Kham Soi (4902, one of
 * them then transferred to 4901). Now: 4901 holds 3 (1 moved in), 4902 holds 1 (1 moved out).
 */
export async function seedMukdahan(app: TestApp, officer: SignedIn): Promise<void> {
  const api = debtApi(app, officer);
  const register = async (first12: string, districtCode: string): Promise<string> => {
    const base = registration();
    return ok(await api.register({ ...base, districtCode, debtor: { ...base.debtor, citizenId: citizenId(first12) } })).r.caseId;
  };
  const contacted = await register('110170020701', '4901');
  await register('110170020702', '4901');
  await register('110170020703', '4902');
  const moved = await register('110170020704', '4902');
  ok(await api.send('recordContactAttempt', contacted, { method: 'PHONE', reached: true, wishesMediation: 'YES' }));
  ok(await api.send('transferDebtCase', moved, { toDistrictCode: '๔๙๐๑', reason: 'ลูกหนี้ย้ายไปอยู่อำเภอเมืองมุกดาหาร' }));
  await app.caughtUp();
}

/** Waits for the report the service froze at start-up (the last missed cut-off), so that no freeze runs beside a test's. */
export async function startUpFreezeDone(app: TestApp): Promise<void> {
  for (const until = Date.now() + 20_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if ((await app.db.pool.query('SELECT 1 FROM daily_mediation_reports')).rows.length > 0) return;
  }
  throw new Error('no daily report frozen at start-up');
}

/** The day's report frozen as the scheduler freezes it at 15:00 (the service's clock is still that morning). */
export async function freezeAtCutOff(app: TestApp, day: string): Promise<void> {
  const freezer = new DailyReportFreezer(app.db.pool, app.app.get<EventStore>(EVENT_STORE), app.app.get(HolidayCalendar));
  expect(await freezer.freeze(day, new Date(`${day}T15:00:00+07:00`))).toBe('frozen');
}

/** `นางสาวสมศรี ทดสอบ12`: an account's name as the pages write it. */
export async function nameOf(account: SignedIn): Promise<string> {
  const { me } = ok(await account.graphql('{ me { account { title firstName lastName } } }'));
  return `${me.account.title}${me.account.firstName} ${me.account.lastName}`;
}

/** The texts of a table row's cells (its heading cell first), the row found by its heading. */
export async function rowCells(table: Locator, heading: string): Promise<string[]> {
  const row = table.locator('tr').filter({ has: table.page().getByRole('rowheader', { name: heading, exact: true }) });
  return (await row.locator('th, td').allInnerTexts()).map((text) => text.trim());
}
