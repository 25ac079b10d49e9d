import { Autocomplete, Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { AddressFields, addressErrors } from './AddressFields';
import type { RegistrationForm } from './registration-form';

type Debtor = RegistrationForm['debtor'];
type TextField = Exclude<keyof Debtor, 'address'>;

const TITLES = ['นาย', 'นาง', 'นางสาว'];

/** ลูกหนี้: who the debtor is and where they live. */
export function DebtorFields({ value, onChange, byField }: { value: Debtor; onChange(value: Debtor): void; byField: Record<string, string> }) {
  const text = (name: TextField) => ({
    value: value[name],
    error: byField[`debtor.${name}`],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ ...value, [name]: e.currentTarget.value }),
  });
  return (
    <Fieldset legend="ข้อมูลลูกหนี้">
      <Stack>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput label="เลขประจำตัวประชาชน" required inputMode="numeric" description="13 หลัก พิมพ์เลขไทยหรือเลขอารบิกก็ได้" {...text('citizenId')} />
        <Autocomplete label="คำนำหน้า" required data={TITLES} value={value.title} error={byField['debtor.title']}
          onChange={(title) => onChange({ ...value, title })} />
        <TextInput label="หมายเลขโทรศัพท์" inputMode="tel" {...text('phone')} />
        <TextInput label="ชื่อ" required {...text('firstName')} />
        <TextInput label="นามสกุล" required {...text('lastName')} />
        <TextInput label="อาชีพ" required {...text('occupation')} />
      </SimpleGrid>
      <AddressFields required value={value.address} errors={addressErrors(byField, 'debtor.address')}
        onChange={(address) => onChange({ ...value, address })} />
      </Stack>
    </Fieldset>
  );
}
