import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ActionForm, optionsOf, unchosen, useCaseAction } from './action-form';
import { CLOSE_CASE } from './case.graphql';
import { CLOSE_REASON_TH } from './case-labels';
import type { CaseFormProps } from './case-form-props';

type Reason = keyof typeof CLOSE_REASON_TH;

/** ยุติเรื่อง; "referred" only for a case that was referred, a duplicate naming the case it repeats. */
export function CloseForm({ caseId, detail, onDone, onCancel }: CaseFormProps) {
  const [reason, setReason] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [note, setNote] = useState('');
  const action = useCaseAction(CLOSE_CASE, ['reason', 'duplicateOfCaseId', 'note'], onDone);
  const reasons = (Object.keys(CLOSE_REASON_TH) as Reason[]).filter((r) => r !== 'REFERRED' || detail.status === 'REFERRED');
  const submit = () => action.send({
    caseId, reason: reason as Reason, duplicateOfCaseId: reason === 'DUPLICATE' ? duplicateOf.trim() : null, note: note.trim() || null,
  }, unchosen({ reason: [reason, 'กรุณาเลือกเหตุที่ยุติเรื่อง'] }));
  return (
    <ActionForm label="ยุติเรื่อง" fetching={action.fetching} general={action.general} onSubmit={submit} onCancel={onCancel}>
      <NativeSelect label="เหตุที่ยุติเรื่อง" required data={optionsOf(CLOSE_REASON_TH, reasons)} value={reason}
        onChange={(e) => setReason(e.currentTarget.value)} error={action.byField.reason} />
      {reason === 'DUPLICATE' && (
        <TextInput label="ซ้ำกับเรื่องเลขที่" required value={duplicateOf} onChange={(e) => setDuplicateOf(e.currentTarget.value)}
          error={action.byField.duplicateOfCaseId} />
      )}
      <Textarea label="หมายเหตุ" required={reason === 'OTHER'} autosize minRows={2} value={note}
        onChange={(e) => setNote(e.currentTarget.value)} error={action.byField.note} />
    </ActionForm>
  );
}
