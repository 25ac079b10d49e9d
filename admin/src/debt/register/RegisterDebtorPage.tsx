import { Alert, Anchor, Button, Checkbox, Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf, type Refusal } from '../../api/errors';
import { NotAllowed } from '../../layout/NotAllowed';
import { useAccount } from '../../session/session-context';
import { GeneralErrors } from '../../shared/form-errors';
import { CHANNEL_TH, HELP_KIND_TH } from '../case/case-labels';
import { optionsOf } from '../code-options';
import { CreditorRows } from './CreditorRows';
import { DebtorFields } from './DebtorFields';
import { DebtRows, dayHint } from './DebtRows';
import { REGISTER_DEBTOR, type DebtChannel, type HelpKind } from './register.graphql';
import { blankRegistration, placedInForm, registrationInput, withoutCreditor, type RegistrationForm } from './registration-form';

/** The client's id of this registration: a retry after a lost answer opens no second case. */
const newCommandId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** `/debt-cases/new`: ลงทะเบียนลูกหนี้นอกระบบ, then the new case's page; a refusal keeps the form as typed. */
export function RegisterDebtorPage() {
  const account = useAccount();
  const navigate = useNavigate();
  const [form, setForm] = useState(() => blankRegistration(account.officeCode));
  const [commandId] = useState(newCommandId);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [{ fetching }, register] = useMutation(REGISTER_DEBTOR);
  useEffect(() => {
    if (refusals.length > 0) document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  }, [refusals]);
  if (account.level !== 'DISTRICT' || !account.mayWorkCases) return <NotAllowed />;

  const { byField, general } = fieldMessages(refusals);
  const placed = (r: Refusal) => r.field !== null && placedInForm(r.field.replace(/^input\./, ''), form);
  const above = [...general, ...refusals.filter((r) => r.field !== null && !placed(r))];
  const beside = new Set(refusals.filter(placed).map((r) => r.field)).size;
  const update = (patch: Partial<RegistrationForm>) => setForm((f) => ({ ...f, ...patch }));
  /** Rows removed: the refusals no longer point at the rows they named. */
  const reshaped = (next: RegistrationForm) => { setRefusals([]); setForm(next); };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await register({ input: registrationInput(form, commandId) });
    const caseId = answer.data?.registerDebtor.caseId;
    if (caseId) navigate(`/debt-cases/${caseId}`);
    else setRefusals(refusalsOf(answer.error));
  }

  return (
    <Stack>
      <Title order={1} size="h2">ลงทะเบียนลูกหนี้นอกระบบ</Title>
      <form onSubmit={submit} noValidate aria-label="ลงทะเบียนลูกหนี้นอกระบบ">
        <Stack>
          {beside > 0 && <Alert color="red" role="alert">{`บันทึกไม่สำเร็จ มีข้อมูลที่ต้องแก้ไข ${beside} ช่อง ดูข้อความใต้แต่ละช่อง`}</Alert>}
          <GeneralErrors refusals={above} />
          <Fieldset legend="การลงทะเบียน">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Radio.Group label="ช่องทางการลงทะเบียน" required value={form.channel} error={byField.channel}
                onChange={(channel) => update({ channel: channel as DebtChannel })}>
                <Stack gap="xs" mt="xs">
                  {optionsOf(CHANNEL_TH).map((o) => <Radio key={o.value} value={o.value} label={o.label} />)}
                </Stack>
              </Radio.Group>
              <Stack>
                {form.channel === 'PAPER' && (
                  <TextInput label="วันที่ในแบบฟอร์ม" required value={form.formDate} error={byField.formDate}
                    description={dayHint(form.formDate, 'วัน/เดือน/ปี พ.ศ. ตามที่เขียนในแบบฟอร์ม เช่น ๑๕/๑/๒๕๖๗')}
                    onChange={(e) => update({ formDate: e.currentTarget.value })} />
                )}
                <NativeSelect label="อำเภอ/เขตที่รับผิดชอบเรื่อง" value={form.districtCode} error={byField.districtCode}
                  description="ลูกหนี้มีที่อยู่นอกพื้นที่ของท่าน ให้เลือกหน่วยงานของท่าน"
                  data={[{ value: '', label: 'ตามที่อยู่ของลูกหนี้' }, { value: account.officeCode, label: account.officeNameTh }]}
                  onChange={(e) => update({ districtCode: e.currentTarget.value })} />
              </Stack>
            </SimpleGrid>
          </Fieldset>
          <DebtorFields value={form.debtor} byField={byField} onChange={(debtor) => update({ debtor })} />
          <Title order={2} size="h3">เจ้าหนี้</Title>
          <CreditorRows value={form.creditors} byField={byField} onChange={(creditors) => update({ creditors })}
            onRemove={(index) => reshaped(withoutCreditor(form, index))} />
          <Title order={2} size="h3">หนี้</Title>
          <DebtRows value={form.debts} creditors={form.creditors} byField={byField}
            onChange={(debts) => (debts.length < form.debts.length ? reshaped({ ...form, debts }) : update({ debts }))} />
          <Fieldset legend="ความต้องการความช่วยเหลือ">
            <Stack>
              <Checkbox.Group label="ลูกหนี้ต้องการความช่วยเหลือด้าน" required value={form.helpWanted.kinds} error={byField['helpWanted.kinds']}
                onChange={(kinds) => update({ helpWanted: { ...form.helpWanted, kinds: kinds as HelpKind[] } })}>
                <Group mt="xs">{optionsOf(HELP_KIND_TH).map((o) => <Checkbox key={o.value} value={o.value} label={o.label} />)}</Group>
              </Checkbox.Group>
              <TextInput label="รายละเอียดความช่วยเหลือ" description="ต้องระบุเมื่อเลือก อื่น ๆ" value={form.helpWanted.note}
                required={form.helpWanted.kinds.includes('OTHER')} error={byField['helpWanted.note']}
                onChange={(e) => update({ helpWanted: { ...form.helpWanted, note: e.currentTarget.value } })} />
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={fetching}>บันทึกการลงทะเบียน</Button>
            <Anchor component={Link} to="/debt-cases">ยกเลิก กลับไปรายการเรื่อง</Anchor>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
