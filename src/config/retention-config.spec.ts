import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './config.js';

describe('retention configuration', () => {
  it('keeps personal data 10 years after a case, a leaflet permit or a filer ended, 1 after a staff account, and runs daily at 02:30 unless told', () => {
    expect(loadConfig({}).retention).toEqual({
      debtCaseYears: 10, complaintYears: 10, leafletPermitYears: 10, businessFilerYears: 10, staffAccountYears: 1,
      runAt: { hour: 2, minute: 30 }, batchSize: 200,
    });
  });

  it('reads Thai digits in the years, the batch and the time of the run; off turns the daily run off', () => {
    const retention = loadConfig({
      RETENTION_DEBT_CASE_YEARS: '๑๒', RETENTION_COMPLAINT_YEARS: ' 5 ', RETENTION_RUN_AT: '๐๓:๔๕', RETENTION_BATCH_SIZE: '๕๐',
      RETENTION_LEAFLET_PERMIT_YEARS: '๗', RETENTION_BUSINESS_FILER_YEARS: '3', RETENTION_STAFF_ACCOUNT_YEARS: '๒',
    }).retention;
    expect(retention).toEqual({
      debtCaseYears: 12, complaintYears: 5, leafletPermitYears: 7, businessFilerYears: 3, staffAccountYears: 2,
      runAt: { hour: 3, minute: 45 }, batchSize: 50,
    });
    expect(loadConfig({ RETENTION_RUN_AT: 'OFF' }).retention.runAt).toBeNull();
    expect(loadConfig({ RETENTION_RUN_AT: '23.05' }).retention.runAt).toEqual({ hour: 23, minute: 5 });
  });

  it('refuses bad values with the variable and the reason', () => {
    expect(() => loadConfig({ RETENTION_DEBT_CASE_YEARS: '0' })).toThrow('RETENTION_DEBT_CASE_YEARS: 0 is outside 1–50');
    expect(() => loadConfig({ RETENTION_COMPLAINT_YEARS: 'ten' })).toThrow('RETENTION_COMPLAINT_YEARS: "ten" is not a whole number');
    expect(() => loadConfig({ RETENTION_STAFF_ACCOUNT_YEARS: '0' })).toThrow('RETENTION_STAFF_ACCOUNT_YEARS: 0 is outside 1–50');
    expect(() => loadConfig({ RETENTION_LEAFLET_PERMIT_YEARS: '51' })).toThrow('RETENTION_LEAFLET_PERMIT_YEARS: 51 is outside 1–50');
    expect(() => loadConfig({ RETENTION_BUSINESS_FILER_YEARS: 'x' })).toThrow('RETENTION_BUSINESS_FILER_YEARS: "x" is not a whole number');
    expect(() => loadConfig({ RETENTION_RUN_AT: '24:00' })).toThrow('RETENTION_RUN_AT: "24:00" is not a time of day HH:MM');
    expect(() => loadConfig({ RETENTION_RUN_AT: '2.30 am' })).toThrow('RETENTION_RUN_AT');
    expect(() => loadConfig({ RETENTION_BATCH_SIZE: '10000' })).toThrow('RETENTION_BATCH_SIZE: 10000 is outside 1–5000');
  });
});
