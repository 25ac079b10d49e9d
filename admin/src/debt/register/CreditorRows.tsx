import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { CREDITOR_KIND_TH } from '../case/case-labels';
import { optionsOf } from '../code-options';
import { AddressFields, addressErrors } from './AddressFields';
import { blankCreditor, MAX_CREDITORS, type CreditorForm } from './registration-form';
import type { CreditorKind } from './register.graphql';

interface Props {
  value: CreditorForm[];
  onChange(value: CreditorForm[]): void;
  onRemove(index: number): void;
  byField: Record<string, string>;
}

/** เจ้าหนี้ as far as the debtor knows them: one row each, added and removed. */
export function CreditorRows({ value, onChange, onRemove, byField }: Props) {
  const set = (index: number, row: CreditorForm) => onChange(value.map((c, i) => (i === index ? row : c)));
  return (
    <Stack>
      {byField.creditors && <Alert color="red" role="alert">{byField.creditors}</Alert>}
      {value.map((creditor, i) => {
        const at = `creditors[${i}]`;
        const idField = creditor.kind === 'PERSON' ? 'citizenId' : 'companyId';
        return (
          <Fieldset key={creditor.key} legend={`เจ้าหนี้รายที่ ${i + 1}`} data-testid="creditor-row">
            <Stack>
              {byField[at] && <Alert color="red" role="alert">{byField[at]}</Alert>}
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <NativeSelect label="ประเภทเจ้าหนี้" required value={creditor.kind} error={byField[`${at}.kind`]} data={optionsOf(CREDITOR_KIND_TH)}
                  onChange={(e) => set(i, { ...creditor, kind: e.currentTarget.value as CreditorKind })} />
                <TextInput label={creditor.kind === 'PERSON' ? 'ชื่อ-นามสกุลเจ้าหนี้' : 'ชื่อนิติบุคคล'} required value={creditor.name}
                  error={byField[`${at}.name`]} onChange={(e) => set(i, { ...creditor, name: e.currentTarget.value })} />
                <TextInput label={creditor.kind === 'PERSON' ? 'เลขประจำตัวประชาชนเจ้าหนี้' : 'เลขทะเบียนนิติบุคคล'} inputMode="numeric"
                  description="ถ้าทราบ" value={creditor.idNumber} error={byField[`${at}.${idField}`]}
                  onChange={(e) => set(i, { ...creditor, idNumber: e.currentTarget.value })} />
                <TextInput label="หมายเลขโทรศัพท์เจ้าหนี้" inputMode="tel" description="ถ้าทราบ" value={creditor.phone} error={byField[`${at}.phone`]}
                  onChange={(e) => set(i, { ...creditor, phone: e.currentTarget.value })} />
              </SimpleGrid>
              <Text size="sm" c="dimmed">ที่อยู่เจ้าหนี้เท่าที่ลูกหนี้ทราบ (ถ้าระบุ ต้องระบุจังหวัด)</Text>
              <AddressFields required={false} value={creditor.address} errors={addressErrors(byField, `${at}.address`)}
                onChange={(address) => set(i, { ...creditor, address })} />
              {value.length > 1 && (
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => onRemove(i)}>{`ลบเจ้าหนี้รายที่ ${i + 1}`}</Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="light" disabled={value.length >= MAX_CREDITORS} onClick={() => onChange([...value, blankCreditor()])}>เพิ่มเจ้าหนี้</Button>
        <Text size="sm" c="dimmed">{`ระบุได้ไม่เกิน ${MAX_CREDITORS} ราย`}</Text>
      </Group>
    </Stack>
  );
}
