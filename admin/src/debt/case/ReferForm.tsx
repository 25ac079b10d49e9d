import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ActionForm, optionsOf, unchosen, useCaseAction } from './action-form';
import { REFER_CASE } from './case.graphql';
import { AGENCY_TH } from './case-labels';
import type { CaseFormProps } from './case-form-props';

/** ส่งพนักงานสอบสวนหรือหน่วยงานอื่น. */
export function ReferForm({ caseId, onDone, onCancel }: CaseFormProps) {
  const [agency, setAgency] = useState('');
  const [agencyName, setAgencyName] = useState('');
  const [note, setNote] = useState('');
  const action = useCaseAction(REFER_CASE, ['agency', 'agencyName', 'note'], onDone);
  const submit = () => action.send({
    caseId, agency: agency as keyof typeof AGENCY_TH, agencyName: agencyName.trim() || null, note: note.trim() || null,
  }, unchosen({ agency: [agency, 'กรุณาเลือกหน่วยงาน'] }));
  return (
    <ActionForm label="ส่งเรื่องต่อหน่วยงานอื่น" fetching={action.fetching} general={action.general} onSubmit={submit} onCancel={onCancel}>
      <NativeSelect label="ส่งเรื่องถึง" required data={optionsOf(AGENCY_TH)} value={agency}
        onChange={(e) => setAgency(e.currentTarget.value)} error={action.byField.agency} />
      <TextInput label="ชื่อหน่วยงาน" required={agency === 'OTHER_AGENCY'}
        description={agency === 'OTHER_AGENCY' ? undefined : 'เช่น สถานีตำรวจที่รับเรื่อง (ถ้าทราบ)'} value={agencyName}
        onChange={(e) => setAgencyName(e.currentTarget.value)} error={action.byField.agencyName} />
      <Textarea label="หมายเหตุ" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={action.byField.note} />
    </ActionForm>
  );
}
