import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ActionForm, useCaseAction } from './action-form';
import { REOPEN_CASE } from './case.graphql';
import { STATUS_TH } from './case-labels';
import type { CaseFormProps } from './case-form-props';

/** เปิดเรื่องใหม่: the case returns to the status it was closed in. */
export function ReopenForm({ caseId, detail, onDone, onCancel }: CaseFormProps) {
  const [reason, setReason] = useState('');
  const action = useCaseAction(REOPEN_CASE, ['reason'], onDone);
  const back = detail.closing ? STATUS_TH[detail.closing.statusBefore] : null;
  return (
    <ActionForm label="เปิดเรื่องใหม่" fetching={action.fetching} general={action.general}
      onSubmit={() => action.send({ caseId, reason })} onCancel={onCancel}>
      {back && <Text size="sm">เรื่องจะกลับไปอยู่ในสถานะ “{back}”</Text>}
      <Textarea label="เหตุผลที่เปิดเรื่องใหม่" required autosize minRows={2} value={reason}
        onChange={(e) => setReason(e.currentTarget.value)} error={action.byField.reason} />
    </ActionForm>
  );
}
