import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { parseTypedDay } from '../../shared/dates';
import { GeneralErrors } from '../../shared/form-errors';
import { toArabicDigits } from '../../shared/thai-digits';
import { blankFigures, FiguresFields, figuresInput } from './FiguresFields';
import { FILE_MONTHLY_RETURN, type LevyKind } from './levies.graphql';
import { LEVY_TH } from './labels';

/** A registration number as typed (Thai digits accepted); anything else as 0, which no business has (BUSINESS_NOT_FOUND beside the field). */
const numberOf = (text: string) => {
  const digits = toArabicDigits(text).trim();
  return /^\d{1,8}$/.test(digits) ? Number(digits) : 0;
};
const dayOrNull = (text: string) => (text.trim() === '' ? null : parseTypedDay(text) ?? toArabicDigits(text).trim());

/** Keys in a paper filing: the business by its number, the levy and month, the figures, who signed it and when it arrived. */
export function FileReturnForm({ onFiled }: { onFiled(returnId: string): void }) {
  const [businessNo, setBusinessNo] = useState('');
  const [kind, setKind] = useState<LevyKind>('HOTEL');
  const [period, setPeriod] = useState('');
  const [figures, setFigures] = useState(blankFigures);
  const [filer, setFiler] = useState({ name: '', position: '' });
  const [receivedOn, setReceivedOn] = useState('');
  const [{ fetching, error }, file] = useMutation(FILE_MONTHLY_RETURN);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await file({ input: {
      businessNo: numberOf(businessNo), kind, period, figures: figuresInput(kind, figures),
      filer: { name: filer.name, position: filer.position.trim() === '' ? null : filer.position }, receivedOn: dayOrNull(receivedOn),
    } });
    if (answer.data?.fileMonthlyReturn) onFiled(answer.data.fileMonthlyReturn.id);
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="บันทึกแบบยื่นรายเดือน">
        <Stack>
          <Title order={2} size="h4">บันทึกแบบยื่นรายเดือน (แบบกระดาษ)</Title>
          <GeneralErrors refusals={general} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="เลขทะเบียนสถานประกอบการ" inputMode="numeric" value={businessNo} error={byField.businessNo}
              onChange={(e) => setBusinessNo(e.currentTarget.value)} />
            <Select label="รายการที่ยื่น" allowDeselect={false} value={kind} error={byField.kind}
              data={(Object.keys(LEVY_TH) as LevyKind[]).map((k) => ({ value: k, label: LEVY_TH[k] }))}
              onChange={(k) => { setKind((k ?? 'HOTEL') as LevyKind); setFigures(blankFigures); }} />
            <TextInput label="เดือนที่ยื่น" description="ปปปป-ดด พ.ศ. เช่น 2568-03" value={period} error={byField.period} onChange={(e) => setPeriod(e.currentTarget.value)} />
            <TextInput label="วันที่รับแบบ" description="วว/ดด/ปปปป พ.ศ. เว้นว่างถ้าเป็นวันนี้" value={receivedOn} error={byField.receivedOn}
              onChange={(e) => setReceivedOn(e.currentTarget.value)} />
          </SimpleGrid>
          <FiguresFields kind={kind} value={figures} onChange={setFigures} errors={byField} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="ผู้ยื่นแบบ" value={filer.name} error={byField['filer.name']} onChange={(e) => { const name = e.currentTarget.value; setFiler((f) => ({ ...f, name })); }} />
            <TextInput label="ตำแหน่งผู้ยื่นแบบ" value={filer.position} error={byField['filer.position']}
              onChange={(e) => { const position = e.currentTarget.value; setFiler((f) => ({ ...f, position })); }} />
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" loading={fetching}>บันทึกและประเมิน</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
