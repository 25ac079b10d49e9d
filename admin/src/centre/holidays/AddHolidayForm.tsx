import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { parseTypedDay } from '../../shared/dates';
import { GeneralErrors } from '../../shared/form-errors';
import { toArabicDigits } from '../../shared/thai-digits';
import { ADD_HOLIDAY, type Holiday } from './holidays.graphql';

/** Declares a weekday a government holiday at the cabinet's notice: the day typed in either era, its Thai name. */
export function AddHolidayForm({ onAdded }: { onAdded(holiday: Holiday): void }) {
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [{ fetching, error }, add] = useMutation(ADD_HOLIDAY);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await add({ input: { date: parseTypedDay(date) ?? toArabicDigits(date).trim(), name, nameEn: nameEn.trim() || null } });
    if (!answer.data?.addHoliday) return;
    setDate('');
    setName('');
    setNameEn('');
    onAdded(answer.data.addHoliday);
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="เพิ่มวันหยุดราชการ">
        <Stack>
          <Title order={2} size="h4">เพิ่มวันหยุดราชการ</Title>
          <GeneralErrors refusals={general} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="วันที่" required description="วว/ดด/ปปปป พ.ศ. หรือ ค.ศ. เช่น ๑๕/๖/๒๕๖๙" value={date} error={byField.date}
              onChange={(e) => setDate(e.currentTarget.value)} />
            <TextInput label="ชื่อวันหยุด" required description="ภาษาไทย" value={name} error={byField.name}
              onChange={(e) => setName(e.currentTarget.value)} />
            <TextInput label="ชื่อภาษาอังกฤษ" description="ไม่บังคับ" lang="en" value={nameEn} error={byField.nameEn}
              onChange={(e) => setNameEn(e.currentTarget.value)} />
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" loading={fetching}>เพิ่มวันหยุด</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
