import { describe, expect, it } from '@jest/globals';
import { describeEvents, type FieldChange } from '../../../audit/field-changes.js';
import { agree, close, contact, debtorInput, historyOf, LATER, schedule } from '../debt-fixtures.js';
import type { DebtCommand } from '../debt.commands.js';
import { DEBT_FIELD_LABELS } from './debt-history.labels.js';
import { debtHistory } from './debt-history.js';

/** Corrected, reached, scheduled, moved, rescheduled, agreed, referred, closed and reopened: every kind of debt event. */
const LIFE: DebtCommand[] = [
  { type: 'AmendDebtRegistration', at: LATER, reason: 'เบอร์โทรศัพท์ใหม่', debtor: debtorInput({ phone: '0899999999' }), openCasesOfDebtor: [] },
  contact,
  schedule,
  { type: 'TransferDebtCase', at: LATER, toDistrictCode: '4902', reason: 'ลูกหนี้ย้ายไปนิคมคำสร้อย' },
  schedule,
  agree,
  { type: 'ReferDebtCase', at: LATER, agency: 'POLICE_INVESTIGATOR', note: 'ผิดสัญญา' },
  { ...close, reason: 'REFERRED' },
  { type: 'ReopenDebtCase', at: LATER, reason: 'พนักงานสอบสวนส่งเรื่องคืน', openCasesOfDebtor: [] },
];

const byField = (changes: FieldChange[]) => Object.fromEntries(changes.map((c) => [c.field, c]));

describe('the history of a debt case as typed changes', () => {
  const described = describeEvents(debtHistory, historyOf(...LIFE));

  it('names every event and every field it changes or records in Thai and English', () => {
    expect(described.map((d) => d.type.en)).toEqual([
      'Debtor registered', 'Registration amended', 'Contact attempt recorded', 'Mediation scheduled', 'Case transferred to another district',
      'Mediation scheduled', 'Mediation outcome recorded', 'Case referred', 'Case closed', 'Case reopened',
    ]);
    const unlabelled = described.flatMap((d) => d.changes)
      .filter((c) => !Object.hasOwn(DEBT_FIELD_LABELS, c.field.replace(/\.\d+(?=\.|$)/g, '.*')));
    expect(unlabelled).toEqual([]);
  });

  it('shows a registration as every value it set, a correction as the values before and after, a move as the districts', () => {
    const [registration, amendment, , , transfer] = described.map((d) => byField(d.changes));
    expect(registration['debtor.firstName']).toMatchObject({ before: null, after: 'สมหญิง', labelTh: 'ชื่อลูกหนี้', personalField: 'debtor.firstName' });
    expect(registration['creditors.1.companyId']).toMatchObject({
      after: '0107544000108', labelTh: 'เลขทะเบียนนิติบุคคลเจ้าหนี้ (รายที่ 2)', labelEn: 'Creditor company id #2', personalField: 'creditors.companyId',
    });
    expect(registration['helpWanted.kinds']).toMatchObject({ after: 'MEDIATION, FORMAL_LOAN', afterTh: 'ไกล่เกลี่ยและประนอมข้อพิพาท, สินเชื่อในระบบ' });
    expect(registration['figures.totalOutstanding']).toMatchObject({ after: '74500.75', afterTh: '74,500.75 บาท' });
    expect(registration['debtor.phone'].personalField).toBe('debtor.phone');
    expect(registration.status).toMatchObject({ after: 'REGISTERED', afterTh: 'ลงทะเบียนแล้ว', personalField: null });
    for (const own of ['caseId', 'creditorKeys.0', 'debtorCitizenId']) expect([own, registration[own]]).toEqual([own, undefined]);
    expect(Object.keys(amendment).sort()).toEqual(['changed', 'debtor.phone', 'reason']);
    expect(amendment['debtor.phone']).toMatchObject({ before: '0812345678', after: '0899999999' });
    expect(transfer['figures.districtCode']).toMatchObject({
      before: '4901', after: '4902', beforeTh: '4901 อำเภอเมืองมุกดาหาร', afterTh: '4902 อำเภอนิคมคำสร้อย',
    });
    expect(transfer['mediation.place']).toMatchObject({ before: 'ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร', after: null });
    expect(transfer.reason).toMatchObject({ before: null, after: 'ลูกหนี้ย้ายไปนิคมคำสร้อย', labelTh: 'เหตุผล' });
  });

  it('shows the facts of a contact and an outcome beside what they changed, dates in the Buddhist Era', () => {
    const contacted = byField(described[2].changes);
    expect(contacted.method).toMatchObject({ after: 'PHONE', afterTh: 'โทรศัพท์' });
    expect(contacted.reached).toMatchObject({ after: 'true', afterTh: 'ใช่' });
    expect(contacted.status).toMatchObject({ before: 'REGISTERED', after: 'CONTACTED' });
    expect(contacted.note).toBeUndefined();
    const agreed = byField(described[6].changes);
    expect(agreed['instalmentPlan.firstDueDate']).toMatchObject({ after: '2024-02-01', afterTh: '1 กุมภาพันธ์ 2567' });
    expect(agreed['agreement.reduction']).toMatchObject({ before: null, after: '24500.75' });
    expect(byField(described[9].changes)['closed.reason']).toMatchObject({ before: 'REFERRED', after: null });
  });
});
