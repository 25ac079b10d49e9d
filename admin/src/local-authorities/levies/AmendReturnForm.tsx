import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { parseTypedDay } from '../../shared/dates';
import { GeneralErrors } from '../../shared/form-errors';
import { toArabicDigits } from '../../shared/thai-digits';
import { blankFigures, FiguresFields, figuresInput } from './FiguresFields';
import { AMEND_MONTHLY_RETURN, type MonthlyReturn } from './levies.graphql';

/** Files an amended return: the corrected figures, assessed on the difference from the latest version. */
export function AmendReturnForm({ monthlyReturn, onAmended }: { monthlyReturn: MonthlyReturn; onAmended(version: number): void }) {
  const [figures, setFigures] = useState(blankFigures);
  const [filer, setFiler] = useState('');
  const [reason, setReason] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [{ fetching, error }, amend] = useMutation(AMEND_MONTHLY_RETURN);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await amend({ input: {
      returnId: monthlyReturn.id, figures: figuresInput(monthlyReturn.kind, figures), filer: { name: filer }, reason,
      receivedOn: receivedOn.trim() === '' ? null : parseTypedDay(receivedOn) ?? toArabicDigits(receivedOn).trim(),
    } }, { additionalTypenames: ['MonthlyReturn'] });
    if (!answer.data?.amendMonthlyReturn) return;
    setFigures(blankFigures);
    setReason('');
    onAmended(answer.data.amendMonthlyReturn.version);
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="ยื่นแบบเพิ่มเติม">
        <Stack>
          <Title order={2} size="h4">ยื่นแบบเพิ่มเติม (แก้ไขตัวเลข)</Title>
          <GeneralErrors refusals={general} />
          {['figures', 'returnId'].filter((f) => byField[f]).map((f) => <Text key={f} c="red" role="alert" data-testid="amend-refusal">{byField[f]}</Text>)}
          <FiguresFields kind={monthlyReturn.kind} value={figures} onChange={setFigures} errors={byField} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="ผู้ยื่นแบบเพิ่มเติม" value={filer} error={byField['filer.name']} onChange={(e) => setFiler(e.currentTarget.value)} />
            <TextInput label="วันที่รับแบบเพิ่มเติม" description="วว/ดด/ปปปป พ.ศ. เว้นว่างถ้าเป็นวันนี้" value={receivedOn} error={byField.receivedOn}
              onChange={(e) => setReceivedOn(e.currentTarget.value)} />
            <TextInput label="เหตุที่แก้ไข" value={reason} error={byField.reason} onChange={(e) => setReason(e.currentTarget.value)} />
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" loading={fetching}>ยื่นแบบเพิ่มเติม</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
