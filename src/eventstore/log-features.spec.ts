import { describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { InMemoryEventStore } from './in-memory/in-memory-event-store.js';
import { featuresOff, featuresOffLine, keepsLogInEventsTable, NeedsPostgresLogError, postgresOnlyFeatures, requirePostgresLog } from './log-features.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

describe('features that need the PostgreSQL log', () => {
  it('are all on with EVENT_STORE=postgres, and nothing is said at start-up', () => {
    expect(featuresOff({ eventStore: 'postgres' })).toEqual([]);
    expect(featuresOffLine({ eventStore: 'postgres' })).toBeUndefined();
    expect(() => requirePostgresLog({ eventStore: 'postgres' }, 'LOG_INTEGRITY')).not.toThrow();
  });

  it('are all off on another log, named in one line with where each is reached', () => {
    expect(featuresOff({ eventStore: 'memory' })).toEqual(postgresOnlyFeatures());
    const line = featuresOffLine({ eventStore: 'memory' })!;
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('EVENT_STORE=memory: hash chain and seal verification (verifyLog, verify log), report check by printed code (verifyReport), '
      + 'daily report seals (the 15:00 freeze stores reports unsealed), command-line log access (import debt, admin create, projections, '
      + 'reports verify, verify report), receipt and permit numbers without gaps (recordLeafletFeePaid, issueLeafletPermit, '
      + 'reconcileBillPayments, payments reconcile) need EVENT_STORE=postgres and are off');
  });

  it('on KurrentDB leave the command line on (it opens KurrentDB itself) and turn the rest off', () => {
    expect(featuresOff({ eventStore: 'kurrentdb' }).map((f) => f.key)).toEqual(['LOG_INTEGRITY', 'REPORT_CODE_CHECK', 'REPORT_SEALS', 'GAPLESS_NUMBERS']);
    expect(() => requirePostgresLog({ eventStore: 'kurrentdb' }, 'COMMAND_LINE_LOG')).not.toThrow();
    expect(() => requirePostgresLog({ eventStore: 'kurrentdb' }, 'REPORT_SEALS')).toThrow(NeedsPostgresLogError);
    expect(featuresOffLine({ eventStore: 'kurrentdb' })).toBe('EVENT_STORE=kurrentdb: hash chain and seal verification (verifyLog, verify log), '
      + 'report check by printed code (verifyReport), daily report seals (the 15:00 freeze stores reports unsealed), receipt and permit numbers '
      + 'without gaps (recordLeafletFeePaid, issueLeafletPermit, reconcileBillPayments, payments reconcile) need EVENT_STORE=postgres and are off');
  });

  it('each have a Thai and an English name, and are refused with NEEDS_POSTGRESQL_LOG naming the feature and the log', () => {
    for (const feature of postgresOnlyFeatures()) {
      expect(feature.th).toMatch(/[\u0E00-\u0E7F]/);
      let refused: unknown;
      try {
        requirePostgresLog({ eventStore: 'memory' }, feature.key);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(NeedsPostgresLogError);
      expect(refused).toMatchObject({
        code: 'NEEDS_POSTGRESQL_LOG', field: undefined, feature,
        messageTh: `${feature.th} ใช้ได้เฉพาะเมื่อเก็บบันทึกเหตุการณ์ใน PostgreSQL (EVENT_STORE=postgres) แต่ระบบนี้ตั้งค่า EVENT_STORE=memory`,
        messageEn: `${feature.en} needs the PostgreSQL event log (EVENT_STORE=postgres); this service runs with EVENT_STORE=memory`,
      });
    }
  });

  it('tell the `events` table from another log by the store itself', () => {
    expect(keepsLogInEventsTable(new PostgresEventStore({} as pg.Pool))).toBe(true);
    expect(keepsLogInEventsTable(new InMemoryEventStore())).toBe(false);
  });
});
