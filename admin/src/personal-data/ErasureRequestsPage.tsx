import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { RECORD_ERASURE_REQUEST, type ErasureRequest } from './erasure.graphql';
import { ErasureDecision } from './ErasureDecision';
import { BASIS_TH, REQUESTER_TH } from './labels';
import { PastErasureRequests } from './PastErasureRequests';

export const PAGE_TITLE = 'คำขอลบข้อมูลส่วนบุคคล (PDPA ม.33)';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const EMPTY = { citizenId: '', requester: 'DATA_SUBJECT', basis: 'NO_LONGER_NECESSARY', letterReference: '', receivedOn: '' };
type Form = typeof EMPTY;

/**
 * `/erasure-requests`: a central administrator records a data subject's erasure request from its letter; the service
 * decides at once (refused while a case of theirs is open or under a legal hold; else their keys are destroyed) and the
 * page shows the decision above the requests recorded. An accepted request whose erasure failed (รอบันทึกผลการลบ) is
 * completed from the list (ดำเนินการลบอีกครั้ง), and its outcome shown as a decision is.
 */
export function ErasureRequestsPage() {
  const [form, setForm] = useState<Form>(EMPTY);
  const [decided, setDecided] = useState<ErasureRequest | null>(null);
  const [{ fetching, error }, record] = useMutation(RECORD_ERASURE_REQUEST);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await record({ input: { ...form, requester: form.requester as ErasureRequest['requester'], basis: form.basis as ErasureRequest['basis'] } });
    const request = answer.data?.recordErasureRequest ?? null;
    setDecided(request);
    if (request) setForm(EMPTY);
  }

  return (
    <Stack>
      <Title order={1}>{PAGE_TITLE}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-label="บันทึกคำขอลบข้อมูล">
          <Stack>
            <GeneralErrors refusals={general} title="บันทึกคำขอไม่สำเร็จ" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="เลขประจำตัวประชาชนของเจ้าของข้อมูล" required description="13 หลัก พิมพ์เลขไทยหรือมีขีดได้ (เก็บเฉพาะ 4 หลักท้าย)"
                value={form.citizenId} error={byField.citizenId} onChange={(e) => set('citizenId')(e.currentTarget.value)} autoComplete="off" />
              <NativeSelect label="ผู้ยื่นคำขอ" required data={options(REQUESTER_TH)} value={form.requester} error={byField.requester}
                onChange={(e) => set('requester')(e.currentTarget.value)} />
              <NativeSelect label="เหตุแห่งการขอลบ" required data={options(BASIS_TH)} value={form.basis} error={byField.basis}
                onChange={(e) => set('basis')(e.currentTarget.value)} />
              <TextInput label="เลขที่หนังสือคำขอ" required description="ไม่เกิน 200 ตัวอักษร" value={form.letterReference} error={byField.letterReference}
                onChange={(e) => set('letterReference')(e.currentTarget.value)} />
              <TextInput label="วันที่รับหนังสือ" required description="วว/ดด/ปปปป พ.ศ. เช่น ๕/๑๒/๒๕๖๙" value={form.receivedOn} error={byField.receivedOn}
                onChange={(e) => set('receivedOn')(e.currentTarget.value)} />
            </SimpleGrid>
            <Group justify="flex-end"><Button type="submit" loading={fetching}>บันทึกและพิจารณาคำขอ</Button></Group>
          </Stack>
        </form>
      </Paper>
      {decided && <ErasureDecision request={decided} />}
      <Title order={2} size="h4">คำขอที่บันทึกแล้ว (ล่าสุด 20 รายการ)</Title>
      <PastErasureRequests latest={decided} onErased={setDecided} />
    </Stack>
  );
}
