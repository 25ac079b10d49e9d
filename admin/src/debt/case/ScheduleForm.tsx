import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { parseTypedDay } from '../../shared/dates';
import { toArabicDigits } from '../../shared/thai-digits';
import { ActionForm, useCaseAction } from './action-form';
import { SCHEDULE_MEDIATION } from './case.graphql';
import type { CaseFormProps } from './case-form-props';

/** A day as typed (either era, Thai digits) as the service takes it: the LocalDate when it is one, else the text for the service to refuse. */
export const typedDay = (text: string): string => parseTypedDay(text) ?? text;

/** นัดไกล่เกลี่ย (or a new date for the session to come). */
export function ScheduleForm({ caseId, detail, onDone, onCancel }: CaseFormProps) {
  const [date, setDate] = useState('');
  const [time, setTime] = useState(detail.nextMediation?.time ?? '');
  const [place, setPlace] = useState(detail.nextMediation?.place ?? '');
  const action = useCaseAction(SCHEDULE_MEDIATION, ['date', 'time', 'place'], onDone);
  const submit = () => action.send({ caseId, date: typedDay(date), time: toArabicDigits(time).trim() || null, place });
  return (
    <ActionForm label="นัดไกล่เกลี่ย" fetching={action.fetching} general={action.general} onSubmit={submit} onCancel={onCancel}>
      <TextInput label="วันที่นัด" required description="วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. เช่น ๒๐/๑/๒๕๖๘" value={date}
        onChange={(e) => setDate(e.currentTarget.value)} error={action.byField.date} />
      <TextInput label="เวลา" description="เช่น ๙.๓๐ หรือ 13:00" value={time}
        onChange={(e) => setTime(e.currentTarget.value)} error={action.byField.time} />
      <TextInput label="สถานที่" required value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={action.byField.place} />
    </ActionForm>
  );
}
