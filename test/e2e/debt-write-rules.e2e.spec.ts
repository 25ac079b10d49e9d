import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEBT_CASES_CHECKPOINT } from '../../src/cases/debt/debt-open-cases.query.js';
import { importDebtRegistrations } from '../../src/cases/debt/import/debt-import.js';
import { IMPORT_COLUMNS, type ImportColumn } from '../../src/cases/debt/import/import-columns.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { DebtCasesProjection } from '../../src/projections/debt-cases/debt-cases.projection.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { debtApi, registration } from '../support/debt-api.js';
import { citizenIdOf } from '../support/debt-generator.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';
import { Keyring } from '../../src/personal-data/keys/keyring.js';

/**
 * The rules on what a debt case may state hold on the write path: amounts within their bounds, and one open case
 * per debtor and creditor however close together the registrations come, through the API or the import, while
 * the case list trails the log (here it is stopped: only the log knows the cases).
 */

let t: TestApp;
let officer: SignedIn;
let api: ReturnType<typeof debtApi>;
let store: EventStore;
let dir: string;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'PROVINCE', office: '49', position: 'LEGAL_OFFICER' });
  api = debtApi(t, officer);
  store = t.app.get<EventStore>(EVENT_STORE);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-rules-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await t.close();
});

/** Debtor n of Mueang Mukdahan, owing the creditor of registration() (citizen id 3100500123458) unless told otherwise. */
const debtorN = (n: number) => ({ ...registration().debtor, citizenId: citizenIdOf(n) });
const registrationOf = (n: number, patch: Record<string, unknown> = {}) => registration({ debtor: debtorN(n), ...patch });
const codeOf = (body: { errors?: any[] }) => body.errors?.[0]?.extensions?.code;
/** The registrations of debtor n in the log, found as the service finds them: by the blind index of the keys (the data is sealed). */
const casesOf = async (n: number) => (await t.db.pool.query<{ stream_id: string }>(
  `SELECT e.stream_id FROM events e JOIN personal_data_keys k ON k.stream_id = e.stream_id AND k.role = 'PRINCIPAL'
   WHERE e.type = 'DebtorRegistered' AND k.subject_index = $1`, [t.app.get(Keyring).subjectIndex(citizenIdOf(n))])).rows;

/** A CSV export of the earlier system: one registration a debtor, each owing the creditor of registration(). */
async function exportOf(file: string, rows: Partial<Record<ImportColumn, string>>[]): Promise<string> {
  const columns = Object.keys(IMPORT_COLUMNS) as ImportColumn[];
  const line = (cells: string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
  const text = [line(columns.map((c) => IMPORT_COLUMNS[c].en)), ...rows.map((row) => line(columns.map((c) => row[c] ?? '')))].join('\r\n');
  await fs.writeFile(path.join(dir, file), text);
  return path.join(dir, file);
}
const importRow = (n: number, patch: Partial<Record<ImportColumn, string>> = {}) => ({
  registrationId: `R-${n}`, registeredAt: '2024-01-05T09:00:00+07:00', channel: 'COUNTER', citizenId: citizenIdOf(n), title: 'นาง',
  firstName: `ผู้กู้${n}`, lastName: 'นำเข้า', occupation: 'ค้าขาย', addressLine: '9 หมู่ 2', subdistrictCode: '490101', districtCode: '4901',
  provinceCode: '49', creditorKind: 'PERSON', creditorName: 'นายสมชาย เงินด่วน', creditorId: '3100500123458', principal: '50,000',
  outstanding: '62,500.50', helpWanted: 'MEDIATION', ...patch,
});

describe('bounds of amounts on the write path', () => {
  it('refuses a registration of 10^16 baht over GraphQL, naming the field and the bound, and stores nothing', async () => {
    const before = await api.eventCount();
    const body = await api.register(registrationOf(1, { debts: [{ principal: '10,000,000,000,000,000', outstanding: '1' }] }));
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'AMOUNT_TOO_LARGE', field: 'debts[0].principal',
      messageTh: expect.stringContaining('100,000,000.00 บาท'), messageEn: expect.stringContaining('100,000,000.00 baht'),
    });
    expect(await api.eventCount()).toBe(before);
  });

  it('refuses an imported registration of 10^30 baht, naming its row and column', async () => {
    const file = await exportOf('huge.csv', [importRow(2, { outstanding: `1${'0'.repeat(30)}` }), importRow(3, { interestRate: '1500' })]);
    const summary = await importDebtRegistrations(file, t.db.pool, store);
    expect(summary).toMatchObject({ registrations: 2, imported: 0 });
    expect(summary.refused.map((r) => [r.rowNumber, r.column, r.field, r.code])).toEqual([
      [2, 'outstanding', 'debts[0].outstanding', 'AMOUNT_TOO_LARGE'],
      [3, 'interest_rate_per_month', 'debts[0].interestRatePerMonth', 'DEBT_INTEREST_RATE_TOO_LARGE'],
    ]);
    expect(await casesOf(2)).toEqual([]);
  });
});

describe('one open case per debtor and creditor', () => {
  it('opens exactly one case of ten registrations of one pair sent at the same moment; the others are refused as duplicates', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.register(registrationOf(10))));
    const opened = answers.filter((a) => a.data?.r).map((a) => a.data!.r.caseId);
    expect(opened).toHaveLength(1);
    expect(answers.filter((a) => !a.data?.r).map(codeOf)).toEqual(Array(9).fill('DEBT_CASE_DUPLICATE_OPEN'));
    expect(await casesOf(10)).toEqual([{ stream_id: `debt-${opened[0]}` }]);
    await t.caughtUp();
  });

  describe('while the case list does not follow the log', () => {
    beforeAll(() => t.app.get(ProjectionRunner).stop());
    afterAll(() => t.app.get(ProjectionRunner).start());

    it('refuses a registration right after another of the same pair, and opens one of ten sent together', async () => {
      const first = (await api.register(registrationOf(11))).data!.r;
      const second = await api.register(registrationOf(11, { channel: 'PAPER', formDate: '๑๕/๑/๒๕๖๗' }));
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'DEBT_CASE_DUPLICATE_OPEN', field: 'creditors[0]' });
      expect(second.errors?.[0]?.extensions?.messageEn).toContain(first.caseId);

      const answers = await Promise.all(Array.from({ length: 10 }, () => api.register(registrationOf(12))));
      expect(answers.filter((a) => a.data?.r)).toHaveLength(1);
      expect(await casesOf(12)).toHaveLength(1);
    });

    it('refuses to reopen a case, or to correct one to a creditor, that a case opened since has open', async () => {
      const first = (await api.register(registrationOf(13))).data!.r;
      await api.send('closeDebtCase', first.caseId, { reason: 'WITHDRAWN' });
      const second = (await api.register(registrationOf(13))).data!.r;
      const reopen = await api.send('reopenDebtCase', first.caseId, { reason: 'ลูกหนี้ขอดำเนินการต่อ' });
      expect(reopen.errors?.[0]?.extensions).toMatchObject({ code: 'DEBT_CASE_DUPLICATE_OPEN', messageEn: expect.stringContaining(second.caseId) });

      const other = (await api.register(registrationOf(13, { creditors: [{ kind: 'PERSON', name: 'นางสาวเงินไว' }] }))).data!.r;
      const amend = await api.send('amendDebtRegistration', other.caseId, {
        reason: 'เจ้าหนี้ที่ถูกต้อง', creditors: [{ kind: 'PERSON', name: 'นายสมชาย เงินด่วน', citizenId: '3100500123458' }],
      });
      expect(amend.errors?.[0]?.extensions).toMatchObject({ code: 'DEBT_CASE_DUPLICATE_OPEN', messageEn: expect.stringContaining(second.caseId) });
    });

    it('opens one case of each pair that an import and the API register at the same time', async () => {
      const debtors = Array.from({ length: 10 }, (_, i) => 20 + i);
      const file = await exportOf('race.csv', debtors.map((n) => importRow(n)));
      const importing = importDebtRegistrations(file, t.db.pool, store, { batchSize: 3 });
      const answers = await Promise.all(debtors.map((n) => api.register(registrationOf(n))));
      const summary = await importing;
      for (const n of debtors) expect(await casesOf(n)).toHaveLength(1);
      const byApi = answers.filter((a) => a.data?.r).length;
      expect(summary.imported + byApi).toBe(10);
      expect(summary.refused.map((r) => r.code)).toEqual(Array(10 - summary.imported).fill('DEBT_CASE_DUPLICATE_OPEN'));
      expect(answers.filter((a) => !a.data?.r).map(codeOf)).toEqual(Array(10 - byApi).fill('DEBT_CASE_DUPLICATE_OPEN'));
    });
  });

  it('reads the case list up to the checkpoint of the projection that keeps it', () => {
    expect(DEBT_CASES_CHECKPOINT).toBe(new DebtCasesProjection().name);
  });
});
