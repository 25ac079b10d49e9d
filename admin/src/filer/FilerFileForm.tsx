import { Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { blankFigures, FiguresFields, figuresInput } from '../local-authorities/levies/FiguresFields';
import type { LevyKind } from '../local-authorities/levies/levies.graphql';
import { LEVY_TH } from '../local-authorities/levies/labels';
import { GeneralErrors } from '../shared/form-errors';
import { FILER_CONTEXT, lastMonthTyped } from './filer-context';
import { FILE_RETURN_ONLINE, type FiledReturn, type FilerBusiness } from './filer.graphql';

/** ยื่นแบบประจำเดือน: the filer picks the levy and month of one of their businesses and types its figures. */
export function FilerFileForm({ business, onFiled, onCancel }: { business: FilerBusiness; onFiled(filed: FiledReturn): void; onCancel(): void }) {
  const [kind, setKind] = useState<LevyKind>(business.kinds[0]);
  const [period, setPeriod] = useState(lastMonthTyped);
  const [figures, setFigures] = useState(blankFigures);
  const [position, setPosition] = useState('');
  const [{ fetching, error }, file] = useMutation(FILE_RETURN_ONLINE);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await file({ input: {
      businessNo: business.businessNo, kind, period, figures: figuresInput(kind, figures), position: position.trim() === '' ? null : position,
    } }, FILER_CONTEXT);
    if (answer.data?.fileReturnOnline) onFiled(answer.data.fileReturnOnline);
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit} noValidate aria-label="ยื่นแบบประจำเดือน">
        <Stack>
          <div>
            <Title order={2} size="h3">ยื่นแบบประจำเดือน</Title>
            <Text c="dimmed">{business.nameTh} · ยื่นต่อ {business.authorityNameTh}{business.ownerName ? ` · ยื่นแทน ${business.ownerName}` : ''}</Text>
          </div>
          <GeneralErrors refusals={general} title="ยื่นแบบไม่สำเร็จ" />
          {business.kinds.length > 1 && (
            <SegmentedControl aria-label="รายการที่ยื่น" value={kind} data={business.kinds.map((k) => ({ value: k, label: LEVY_TH[k] }))}
              onChange={(k) => { setKind(k as LevyKind); setFigures(blankFigures); }} />
          )}
          {['businessNo', 'kind'].filter((f) => byField[f]).map((f) => <Text key={f} c="red" role="alert">{byField[f]}</Text>)}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="เดือนที่ยื่น" description="ปี พ.ศ.-เดือน เช่น 2568-03 (พิมพ์เลขไทยได้)" value={period} error={byField.period}
              onChange={(e) => setPeriod(e.currentTarget.value)} />
            <TextInput label="ตำแหน่งของท่านในกิจการ" description={business.authorisedRole ? `ไม่บังคับ ว่างไว้จะใช้ฐานะ "${business.authorisedRole}"` : 'ไม่บังคับ เช่น เจ้าของ ผู้จัดการ'} value={position} error={byField['filer.position']}
              onChange={(e) => setPosition(e.currentTarget.value)} />
          </SimpleGrid>
          <FiguresFields kind={kind} value={figures} onChange={setFigures} errors={byField} />
          <Text size="sm" c="dimmed">ระบบคำนวณภาษีตามข้อบัญญัติของ อบจ. ให้ทันที และออกใบแจ้งชำระ (Ref1/Ref2) สำหรับชำระผ่านธนาคารกรุงไทย</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>ยกเลิก</Button>
            <Button type="submit" loading={fetching}>ยื่นแบบและคำนวณภาษี</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
