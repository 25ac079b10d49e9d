import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { LIFT_LEGAL_HOLD, PLACE_LEGAL_HOLD, type LegalHold } from './erasure.graphql';
import { HoldList } from './HoldList';
import { CASE_TYPE_TH } from './labels';

export const PAGE_TITLE = 'ระงับการลบข้อมูลตามคำสั่ง (legal hold)';

const EMPTY = { caseType: 'DEBT' as LegalHold['caseType'], caseId: '', reason: '', orderReference: '' };

/** Lifting a hold: its reason, for the hold chosen in the list. */
function LiftForm({ hold, onDone }: { hold: LegalHold; onDone(hold: LegalHold | null): void }) {
  const [reason, setReason] = useState('');
  const [{ fetching, error }, lift] = useMutation(LIFT_LEGAL_HOLD);
  const { byField, general } = fieldMessages(refusalsOf(error));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await lift({ input: { caseType: hold.caseType, caseId: hold.caseId, reason } });
    if (answer.data?.liftLegalHold) onDone(answer.data.liftLegalHold);
  }
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="ยกเลิกการระงับ">
        <Stack>
          <Title order={2} size="h4">ยกเลิกการระงับ {CASE_TYPE_TH[hold.caseType]} {hold.caseId}</Title>
          <GeneralErrors refusals={general} title="ยกเลิกการระงับไม่สำเร็จ" />
          <TextInput label="เหตุผลที่ยกเลิก" required description="เช่น ศาลมีคำพิพากษาถึงที่สุดแล้ว ไม่เกิน 500 ตัวอักษร" value={reason}
            error={byField.reason ?? byField.caseId} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onDone(null)}>ไม่ยกเลิก</Button>
            <Button type="submit" color="red" loading={fetching}>ยกเลิกการระงับ</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * `/legal-holds`: a central administrator places a hold on a debt case, a complaint or a leaflet permit under a court
 * order or an official letter (which stops the erasure of its personal data, by request or retention), lifts it with a
 * reason, and sees every hold.
 */
export function LegalHoldsPage() {
  const [form, setForm] = useState(EMPTY);
  const [latest, setLatest] = useState<LegalHold | null>(null);
  const [lifting, setLifting] = useState<LegalHold | null>(null);
  const [{ fetching, error }, place] = useMutation(PLACE_LEGAL_HOLD);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await place({ input: form });
    if (answer.data?.placeLegalHold) {
      setLatest(answer.data.placeLegalHold);
      setForm(EMPTY);
    }
  }

  return (
    <Stack>
      <Title order={1}>{PAGE_TITLE}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-label="ระงับการลบข้อมูล">
          <Stack>
            <GeneralErrors refusals={general} title="ระงับไม่สำเร็จ" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect label="ประเภทเรื่อง" required value={form.caseType} data={Object.entries(CASE_TYPE_TH).map(([value, label]) => ({ value, label }))}
                onChange={(e) => set('caseType')(e.currentTarget.value)} />
              <TextInput label="เลขที่เรื่อง" required description="เช่น DEBT-7KQ3-M2XP-AB9C หรือเลขที่คำขออนุญาตแจกใบปลิว" value={form.caseId} error={byField.caseId}
                onChange={(e) => set('caseId')(e.currentTarget.value)} autoComplete="off" />
              <TextInput label="เลขที่คำสั่งหรือหนังสือ" required description="ไม่เกิน 200 ตัวอักษร" value={form.orderReference} error={byField.orderReference}
                onChange={(e) => set('orderReference')(e.currentTarget.value)} />
              <TextInput label="เหตุผล" required description="ไม่เกิน 500 ตัวอักษร" value={form.reason} error={byField.reason}
                onChange={(e) => set('reason')(e.currentTarget.value)} />
            </SimpleGrid>
            <Group justify="flex-end"><Button type="submit" loading={fetching}>ระงับการลบข้อมูล</Button></Group>
          </Stack>
        </form>
      </Paper>
      {lifting && <LiftForm key={lifting.caseStreamId} hold={lifting} onDone={(lifted) => { setLifting(null); if (lifted) setLatest(lifted); }} />}
      <Title order={2} size="h4">การระงับทั้งหมด</Title>
      <HoldList latest={latest} onLift={setLifting} />
    </Stack>
  );
}
