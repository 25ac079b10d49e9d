import { Autocomplete, Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { GeneralErrors } from '../../shared/form-errors';
import { AUTHORISE_BUSINESS_FILER } from './business-filers.graphql';

const blank = { citizenId: '', name: '', role: '', evidenceReference: '', evidenceDate: '' };
const ROLES = ['กรรมการผู้มีอำนาจ', 'ผู้รับมอบอำนาจ'];

/** Records a citizen the company authorised (its director, or by a power of attorney) to file its returns online. */
export function AuthoriseFilerForm({ businessNo, onAuthorised }: { businessNo: number; onAuthorised(name: string): void }) {
  const [form, setForm] = useState(blank);
  const [{ fetching, error }, authorise] = useMutation(AUTHORISE_BUSINESS_FILER);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const set = (key: keyof typeof blank) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await authorise({ input: { businessNo, ...form } }, { additionalTypenames: ['Business'] });
    if (!answer.data?.authoriseBusinessFiler) return;
    setForm(blank);
    onAuthorised(form.name.trim());
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="เพิ่มผู้มีสิทธิ์ยื่นแบบแทน">
        <Stack>
          <Title order={3} size="h5">เพิ่มผู้มีสิทธิ์ยื่นแบบแทน</Title>
          <GeneralErrors refusals={general} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="เลขประจำตัวประชาชน" description="13 หลัก (พิมพ์เลขไทยได้) ผู้นี้เข้าสู่ระบบด้วย D.DOPA" inputMode="numeric"
              value={form.citizenId} error={byField.citizenId} onChange={(e) => set('citizenId')(e.currentTarget.value)} />
            <TextInput label="ชื่อ-นามสกุล" value={form.name} error={byField.name} onChange={(e) => set('name')(e.currentTarget.value)} />
            <Autocomplete label="ฐานะ" description="เช่น กรรมการผู้มีอำนาจ ผู้รับมอบอำนาจ" data={ROLES} value={form.role} error={byField.role}
              onChange={set('role')} />
            <TextInput label="หนังสือมอบอำนาจ / หนังสือรับรอง (เลขที่)" value={form.evidenceReference} error={byField.evidenceReference}
              onChange={(e) => set('evidenceReference')(e.currentTarget.value)} />
            <TextInput label="ลงวันที่" description="วัน/เดือน/ปี พ.ศ. เช่น 1/10/2568" value={form.evidenceDate} error={byField.evidenceDate}
              onChange={(e) => set('evidenceDate')(e.currentTarget.value)} />
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" loading={fetching}>บันทึกผู้มีสิทธิ์ยื่นแบบแทน</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
