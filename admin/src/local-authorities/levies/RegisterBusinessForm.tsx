import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { GeneralErrors } from '../../shared/form-errors';
import { type Business, type LevyKind, REGISTER_BUSINESS } from './levies.graphql';
import { LEVY_TH } from './labels';

const blank = { nameTh: '', kinds: [] as string[], addressLine: '', subdistrictCode: '', ownerKind: 'JURISTIC', ownerIdNumber: '', ownerName: '' };

/** Registers a business with the PAO: its kinds, where it lies, and its owner by a check-digit-verified 13-digit id. */
export function RegisterBusinessForm({ authorityCode, onRegistered }: { authorityCode: string; onRegistered(business: Business): void }) {
  const [form, setForm] = useState(blank);
  const [{ fetching, error }, register] = useMutation(REGISTER_BUSINESS);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const set = (key: keyof typeof blank) => (e: { currentTarget: { value: string } }) => {
    const { value } = e.currentTarget;
    setForm((f) => ({ ...f, [key]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await register({ input: {
      ...form, authorityCode, kinds: form.kinds as LevyKind[], ownerKind: form.ownerKind as 'CITIZEN' | 'JURISTIC',
    } }, { additionalTypenames: ['Business'] });
    if (!answer.data?.registerBusiness) return;
    setForm(blank);
    onRegistered(answer.data.registerBusiness);
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="ลงทะเบียนสถานประกอบการ">
        <Stack>
          <Title order={2} size="h4">ลงทะเบียนสถานประกอบการ</Title>
          <GeneralErrors refusals={general} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="ชื่อสถานประกอบการ" value={form.nameTh} error={byField.nameTh} onChange={set('nameTh')} />
            <Checkbox.Group label="ประเภทกิจการ" value={form.kinds} error={byField.kinds} onChange={(kinds) => setForm((f) => ({ ...f, kinds }))}>
              <Group mt="xs">{(Object.keys(LEVY_TH) as LevyKind[]).map((k) => <Checkbox key={k} value={k} label={LEVY_TH[k]} />)}</Group>
            </Checkbox.Group>
            <TextInput label="ที่ตั้ง (เลขที่ ถนน)" value={form.addressLine} error={byField.addressLine} onChange={set('addressLine')} />
            <TextInput label="รหัสตำบล" description="6 หลัก ในจังหวัดของ อบจ." inputMode="numeric" value={form.subdistrictCode}
              error={byField.subdistrictCode} onChange={set('subdistrictCode')} />
            <Select label="ผู้ประกอบการ" allowDeselect={false} value={form.ownerKind} error={byField.ownerKind}
              data={[{ value: 'JURISTIC', label: 'นิติบุคคล (เลขทะเบียนนิติบุคคล)' }, { value: 'CITIZEN', label: 'บุคคลธรรมดา (เลขประจำตัวประชาชน)' }]}
              onChange={(ownerKind) => setForm((f) => ({ ...f, ownerKind: ownerKind ?? 'JURISTIC' }))} />
            <TextInput label="เลขประจำตัว 13 หลักของผู้ประกอบการ" inputMode="numeric" value={form.ownerIdNumber} error={byField.ownerIdNumber}
              onChange={set('ownerIdNumber')} />
            <TextInput label="ชื่อผู้ประกอบการ" value={form.ownerName} error={byField.ownerName} onChange={set('ownerName')} />
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" loading={fetching}>ลงทะเบียน</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
