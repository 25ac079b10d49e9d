import { afterEach, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** dailyReportCutOff: today against the 15:00 cut-off by the service's clock (CLOCK_START) and the holiday table. */

const CUT_OFF = `{ dailyReportCutOff { now today todayTh workingDay holidayTh nextWorkingDay nextWorkingDayTh
  reportDate reportDateTh cutOff cutOffTh secondsToCutOff } }`;

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function cutOffAt(clockStart: string) {
  t = await startTestApp({ clockStart: new Date(clockStart) });
  const officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  const { data, errors } = await officer.graphql(CUT_OFF);
  expect(errors).toBeUndefined();
  return data.dailyReportCutOff;
}

describe('the daily report cut-off', () => {
  it('counts down to 15:00 of a working day', async () => {
    const answer = await cutOffAt('2025-03-07T10:00:00+07:00');
    expect(answer).toMatchObject({
      today: '2025-03-07', todayTh: '7 มีนาคม 2568', workingDay: true, holidayTh: null, nextWorkingDay: '2025-03-10',
      reportDate: '2025-03-07', reportDateTh: '7 มีนาคม 2568', cutOff: '2025-03-07T08:00:00.000Z', cutOffTh: '7 มีนาคม 2568 15:00 น.',
    });
    expect(answer.secondsToCutOff).toBeGreaterThan(5 * 3600 - 120);
    expect(answer.secondsToCutOff).toBeLessThanOrEqual(5 * 3600);
  });

  it('on a holiday names it and counts towards the next working day', async () => {
    const answer = await cutOffAt('2025-12-05T10:00:00+07:00');
    expect(answer).toMatchObject({
      today: '2025-12-05', workingDay: false, holidayTh: expect.stringContaining('พ่อ'), nextWorkingDay: '2025-12-08',
      nextWorkingDayTh: '8 ธันวาคม 2568', reportDate: '2025-12-08', cutOff: '2025-12-08T08:00:00.000Z',
    });
    expect(answer.secondsToCutOff).toBeGreaterThan(3 * 24 * 3600);
  });
});
