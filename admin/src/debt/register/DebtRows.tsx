import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { localDateText, parseTypedDay } from '../../shared/dates';
import { blankDebt, MAX_DEBTS, type CreditorForm, type DebtForm } from './registration-form';

interface Props {
  value: DebtForm[];
  creditors: CreditorForm[];
  onChange(value: DebtForm[]): void;
  byField: Record<string, string>;
}

type TextField = Exclude<keyof DebtForm, 'key' | 'creditorIndex'>;

/** A typed day read back in words under its field, once it is a day of the calendar. */
export const dayHint = (typed: string, hint: string) => {
  const day = parseTypedDay(typed);
  return day ? `${hint} — ${localDateText(day)}` : hint;
};

/** หนี้: one row each, owed to one of the creditors listed, added and removed. */
export function DebtRows({ value, creditors, onChange, byField }: Props) {
  const set = (index: number, row: DebtForm) => onChange(value.map((d, i) => (i === index ? row : d)));
  const creditorOptions = [
    { value: '', label: 'เลือกเจ้าหนี้' },
    ...creditors.map((c, i) => ({ value: String(i), label: `เจ้าหนี้รายที่ ${i + 1}${c.name.trim() ? ` (${c.name.trim()})` : ''}` })),
  ];
  return (
    <Stack>
      {byField.debts && <Alert color="red" role="alert">{byField.debts}</Alert>}
      {value.map((debt, i) => {
        const at = `debts[${i}]`;
        const text = (name: TextField) => ({
          value: debt[name],
          error: byField[`${at}.${name}`],
          onChange: (e: { currentTarget: { value: string } }) => set(i, { ...debt, [name]: e.currentTarget.value }),
        });
        return (
          <Fieldset key={debt.key} legend={`หนี้รายการที่ ${i + 1}`} data-testid="debt-row">
            <Stack>
              {byField[at] && <Alert color="red" role="alert">{byField[at]}</Alert>}
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                {creditors.length > 1 && (
                  <NativeSelect label="เป็นหนี้เจ้าหนี้รายใด" required data={creditorOptions} value={debt.creditorIndex}
                    error={byField[`${at}.creditorIndex`]} onChange={(e) => set(i, { ...debt, creditorIndex: e.currentTarget.value })} />
                )}
                <TextInput label="เงินต้น (บาท)" required inputMode="decimal" description="ไม่เกิน 100,000,000.00 บาท" {...text('principal')} />
                <TextInput label="ยอดหนี้คงค้าง (บาท)" required inputMode="decimal" description="ไม่เกิน 100,000,000.00 บาท" {...text('outstanding')} />
                <TextInput label="อัตราดอกเบี้ยต่อเดือน (ร้อยละ)" inputMode="decimal" description="ไม่เกินร้อยละ 1,000 ต่อเดือน" {...text('interestRatePerMonth')} />
                <TextInput label="วันที่เริ่มเป็นหนี้" description={dayHint(debt.startDate, 'วัน/เดือน/ปี พ.ศ. เช่น ๑/๖/๒๕๖๖')} {...text('startDate')} />
                <TextInput label="หลักประกัน" description="ถ้ามี" {...text('collateral')} />
              </SimpleGrid>
              {value.length > 1 && (
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => onChange(value.filter((_, j) => j !== i))}>{`ลบหนี้รายการที่ ${i + 1}`}</Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="light" disabled={value.length >= MAX_DEBTS} onClick={() => onChange([...value, blankDebt()])}>เพิ่มรายการหนี้</Button>
        <Text size="sm" c="dimmed">{`ระบุได้ไม่เกิน ${MAX_DEBTS} รายการ`}</Text>
      </Group>
    </Stack>
  );
}
