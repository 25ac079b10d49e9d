import { Fieldset, NativeSelect, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { typedNumber } from '../../shared/thai-digits';
import { ActionForm, optionsOf, unchosen, useCaseAction } from './action-form';
import { RECORD_OUTCOME } from './case.graphql';
import { bahtText, OUTCOME_TH } from './case-labels';
import type { CaseFormProps } from './case-form-props';
import { typedDay } from './ScheduleForm';

/** บันทึกผลการไกล่เกลี่ย: agreed (the debt after, and how the rest is paid), not agreed, or a party absent. */
export function OutcomeForm({ caseId, detail, onDone, onCancel }: CaseFormProps) {
  const [outcome, setOutcome] = useState('');
  const [debtAfter, setDebtAfter] = useState('');
  const [count, setCount] = useState('');
  const [amount, setAmount] = useState('');
  const [firstDue, setFirstDue] = useState('');
  const [note, setNote] = useState('');
  const action = useCaseAction(RECORD_OUTCOME, [
    'outcome', 'debtAfter', 'instalmentPlan', 'instalmentPlan.instalmentCount', 'instalmentPlan.instalmentAmount', 'instalmentPlan.firstDueDate', 'note',
  ], onDone);
  const agreed = outcome === 'AGREED';
  const planned = [count, amount, firstDue].some((v) => v.trim() !== '');
  const submit = () => action.send({
    caseId,
    outcome: outcome as keyof typeof OUTCOME_TH,
    debtAfter: agreed ? typedNumber(debtAfter) : null,
    instalmentPlan: agreed && planned
      ? { instalmentCount: typedNumber(count), instalmentAmount: typedNumber(amount), firstDueDate: typedDay(firstDue) } : null,
    note: note.trim() || null,
  }, unchosen({ outcome: [outcome, 'กรุณาเลือกผลการไกล่เกลี่ย'] }));
  const { byField } = action;
  return (
    <ActionForm label="บันทึกผลการไกล่เกลี่ย" fetching={action.fetching} general={action.general} onSubmit={submit} onCancel={onCancel}>
      <NativeSelect label="ผลการไกล่เกลี่ย" required data={optionsOf(OUTCOME_TH)} value={outcome}
        onChange={(e) => setOutcome(e.currentTarget.value)} error={byField.outcome} />
      {agreed && (
        <>
          <TextInput label="ยอดหนี้หลังไกล่เกลี่ย (บาท)" required description={`ยอดหนี้ก่อนไกล่เกลี่ย ${bahtText(detail.totalOutstanding)}`}
            inputMode="decimal" value={debtAfter} onChange={(e) => setDebtAfter(e.currentTarget.value)} error={byField.debtAfter} />
          <Fieldset legend="แผนการผ่อนชำระ (เมื่อยังมียอดหนี้คงเหลือ)">
            {byField.instalmentPlan && <Text c="var(--mantine-color-error)" size="sm" role="alert">{byField.instalmentPlan}</Text>}
            <TextInput label="จำนวนงวด" inputMode="numeric" value={count} onChange={(e) => setCount(e.currentTarget.value)}
              error={byField['instalmentPlan.instalmentCount']} />
            <TextInput label="ยอดผ่อนต่องวด (บาท)" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)}
              error={byField['instalmentPlan.instalmentAmount']} />
            <TextInput label="วันครบกำหนดงวดแรก" description="วัน/เดือน/ปี พ.ศ. หรือ ค.ศ." value={firstDue}
              onChange={(e) => setFirstDue(e.currentTarget.value)} error={byField['instalmentPlan.firstDueDate']} />
          </Fieldset>
        </>
      )}
      <Textarea label="หมายเหตุ" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={byField.note} />
    </ActionForm>
  );
}
