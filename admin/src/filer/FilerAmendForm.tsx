import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { blankFigures, FiguresFields, figuresInput } from '../local-authorities/levies/FiguresFields';
import { GeneralErrors } from '../shared/form-errors';
import { FILER_CONTEXT } from './filer-context';
import { AMEND_RETURN_ONLINE, type FiledReturn, type FilerReturn } from './filer.graphql';

/** ยื่นแบบเพิ่มเติม: the filer corrects a month's figures; the new version is assessed on the difference. */
export function FilerAmendForm({ monthlyReturn, onAmended }: { monthlyReturn: FilerReturn; onAmended(amended: FiledReturn): void }) {
  const [figures, setFigures] = useState(blankFigures);
  const [reason, setReason] = useState('');
  const [position, setPosition] = useState('');
  const [{ fetching, error }, amend] = useMutation(AMEND_RETURN_ONLINE);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await amend({ input: {
      returnId: monthlyReturn.id, figures: figuresInput(monthlyReturn.kind, figures), reason, position: position.trim() === '' ? null : position,
    } }, FILER_CONTEXT);
    if (!answer.data?.amendReturnOnline) return;
    setFigures(blankFigures);
    setReason('');
    onAmended(answer.data.amendReturnOnline);
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit} noValidate aria-label="ยื่นแบบเพิ่มเติม">
        <Stack>
          <div>
            <Title order={2} size="h4">ตัวเลขไม่ถูกต้อง? ยื่นแบบเพิ่มเติม</Title>
            <Text size="sm" c="dimmed">กรอกตัวเลขที่ถูกต้องทั้งเดือน ระบบจะคำนวณเฉพาะส่วนต่างจากฉบับล่าสุด</Text>
          </div>
          <GeneralErrors refusals={general} title="ยื่นแบบเพิ่มเติมไม่สำเร็จ" />
          {['figures', 'returnId'].filter((f) => byField[f]).map((f) => <Text key={f} c="red" role="alert" data-testid="amend-refusal">{byField[f]}</Text>)}
          <FiguresFields kind={monthlyReturn.kind} value={figures} onChange={setFigures} errors={byField} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="เหตุที่แก้ไข" value={reason} error={byField.reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <TextInput label="ตำแหน่งของท่านในกิจการ" description="ไม่บังคับ" value={position} error={byField['filer.position']}
              onChange={(e) => setPosition(e.currentTarget.value)} />
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" variant="light" loading={fetching}>ยื่นแบบเพิ่มเติม</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
