import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ActionForm, optionsOf, unchosen, useCaseAction } from './action-form';
import { RECORD_CONTACT } from './case.graphql';
import { CONTACT_METHOD_TH, WISH_TH } from './case-labels';
import type { CaseFormProps } from './case-form-props';

const REACHED_TH = { yes: 'ติดต่อได้', no: 'ติดต่อไม่ได้' } as const;

/** บันทึกการติดต่อลูกหนี้: how, whether the debtor was reached, and (if so) whether they wish mediation. */
export function ContactForm({ caseId, onDone, onCancel }: CaseFormProps) {
  const [method, setMethod] = useState('');
  const [reached, setReached] = useState('');
  const [wish, setWish] = useState('');
  const [note, setNote] = useState('');
  const action = useCaseAction(RECORD_CONTACT, ['method', 'reached', 'wishesMediation', 'note'], onDone);
  const submit = () => action.send({
    caseId,
    method: method as keyof typeof CONTACT_METHOD_TH,
    reached: reached === 'yes',
    wishesMediation: (reached === 'yes' ? wish : 'UNDECIDED') as keyof typeof WISH_TH,
    note: note.trim() || null,
  }, unchosen({
    method: [method, 'กรุณาเลือกวิธีการติดต่อ'],
    reached: [reached, 'กรุณาเลือกผลการติดต่อ'],
    ...(reached === 'yes' ? { wishesMediation: [wish, 'กรุณาเลือกความประสงค์ของลูกหนี้'] } : {}),
  }));
  return (
    <ActionForm label="บันทึกการติดต่อลูกหนี้" fetching={action.fetching} general={action.general} onSubmit={submit} onCancel={onCancel}>
      <NativeSelect label="วิธีการติดต่อ" required data={optionsOf(CONTACT_METHOD_TH)} value={method}
        onChange={(e) => setMethod(e.currentTarget.value)} error={action.byField.method} />
      <NativeSelect label="ผลการติดต่อ" required data={optionsOf(REACHED_TH)} value={reached}
        onChange={(e) => setReached(e.currentTarget.value)} error={action.byField.reached} />
      {reached === 'yes' && (
        <NativeSelect label="ความประสงค์ไกล่เกลี่ย" required data={optionsOf(WISH_TH)} value={wish}
          onChange={(e) => setWish(e.currentTarget.value)} error={action.byField.wishesMediation} />
      )}
      <Textarea label="หมายเหตุ" description="ต้องระบุเมื่อติดต่อด้วยวิธีอื่น" autosize minRows={2} value={note}
        onChange={(e) => setNote(e.currentTarget.value)} error={action.byField.note} />
    </ActionForm>
  );
}
