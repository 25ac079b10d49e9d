import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { CLASS_TH, KIND_TH } from './labels';
import {
  type AuthorityKind, EDIT_LOCAL_AUTHORITY, type LocalAuthority, type MunicipalityClass, REGISTER_LOCAL_AUTHORITY,
} from './local-authorities.graphql';

const KINDS = Object.entries(KIND_TH).map(([value, label]) => ({ value, label }));
const CLASSES = [{ value: '', label: '—' }, ...Object.entries(CLASS_TH).map(([value, label]) => ({ value, label }))];

const blank = { code: '', nameTh: '', kind: 'PAO' as AuthorityKind, municipalityClass: '', provinceCode: '', districtCode: '', billerCode: '' };
const formOf = (a: LocalAuthority) => ({
  code: a.code, nameTh: a.nameTh, kind: a.kind, municipalityClass: a.municipalityClass ?? '', provinceCode: a.provinceCode,
  districtCode: a.districtCode ?? '', billerCode: a.billerCode,
});

/**
 * Registers an authority, or (given `authority`) corrects one: codes typed in Thai or Arabic digits, the district
 * left empty for a PAO, a municipality's class.
 */
export function AuthorityForm({ authority, onSaved }: { authority?: LocalAuthority; onSaved(saved: LocalAuthority): void }) {
  const [form, setForm] = useState(authority ? formOf(authority) : blank);
  const [registering, register] = useMutation(REGISTER_LOCAL_AUTHORITY);
  const [editing, edit] = useMutation(EDIT_LOCAL_AUTHORITY);
  const { fetching, error } = authority ? editing : registering;
  const { byField, general } = fieldMessages(refusalsOf(error));
  const set = (key: keyof typeof blank) => (e: { currentTarget: { value: string } }) => {
    const { value } = e.currentTarget;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const title = authority ? 'แก้ไขข้อมูล อปท.' : 'ลงทะเบียน อปท.';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      ...form, municipalityClass: (form.municipalityClass || null) as MunicipalityClass | null, districtCode: form.districtCode.trim() || null,
    };
    const answer = authority ? (await edit({ input })).data?.editLocalAuthority : (await register({ input })).data?.registerLocalAuthority;
    if (!answer) return;
    if (!authority) setForm(blank);
    onSaved(answer);
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack>
          <Title order={2} size="h4">{title}</Title>
          <GeneralErrors refusals={general} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="รหัส อปท." required description="7 หลัก" value={form.code} error={byField.code} disabled={Boolean(authority)}
              onChange={set('code')} />
            <TextInput label="ชื่อ อปท." required value={form.nameTh} error={byField.nameTh} onChange={set('nameTh')} />
            <NativeSelect label="ประเภท อปท." required data={KINDS} value={form.kind} error={byField.kind} onChange={set('kind')} />
            <NativeSelect label="ประเภทเทศบาล" description="เฉพาะเทศบาล" data={CLASSES} value={form.municipalityClass}
              error={byField.municipalityClass} onChange={set('municipalityClass')} />
            <TextInput label="รหัสจังหวัด" required description="2 หลัก" value={form.provinceCode} error={byField.provinceCode}
              onChange={set('provinceCode')} />
            <TextInput label="รหัสอำเภอ" description="4 หลัก เว้นว่างสำหรับ อบจ." value={form.districtCode} error={byField.districtCode}
              onChange={set('districtCode')} />
            <TextInput label="รหัสบริษัท (Company code) ธนาคารกรุงไทย" required description="ตัวเลข 4–6 หลัก" value={form.billerCode}
              error={byField.billerCode} onChange={set('billerCode')} />
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" loading={fetching}>{authority ? 'บันทึกการแก้ไข' : 'ลงทะเบียน'}</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
