import { Alert, Button, Fieldset, Group, Input, NativeSelect } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { NAME_REPORTERS, OFFICE_ACCOUNTS } from './reports.graphql';

/** Names the office's two responsible reporters from its active case-working accounts; the new pair replaces the old. */
export function NameReportersForm({ officeCode, current, onNamed }: { officeCode: string; current: string[]; onNamed(): void }) {
  const [{ data }] = useQuery({ query: OFFICE_ACCOUNTS, variables: { office: officeCode } });
  const [chosen, setChosen] = useState<[string, string]>([current[0] ?? '', current[1] ?? '']);
  const [named, setNamed] = useState(false);
  const [{ fetching, error }, name] = useMutation(NAME_REPORTERS);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const candidates = (data?.staffAccounts?.edges ?? []).map((e) => e.node).filter((a) => a.status === 'ACTIVE' && a.mayWorkCases);
  const options = [
    { value: '', label: 'เลือกบัญชี', disabled: true },
    ...candidates.map((a) => ({ value: a.id, label: `${a.title}${a.firstName} ${a.lastName} (${a.positionTh})` })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNamed(false);
    const answer = await name({ input: { officeCode, accountIds: chosen.filter(Boolean) } });
    if (answer.data) {
      setNamed(true);
      onNamed();
    }
  }

  const choose = (i: 0 | 1, id: string) => setChosen((pair) => (i === 0 ? [id, pair[1]] : [pair[0], id]));
  return (
    <form onSubmit={submit} noValidate aria-label="กำหนดผู้รับผิดชอบการรายงาน">
      <Fieldset legend="กำหนดผู้รับผิดชอบการรายงานคู่ใหม่">
        <GeneralErrors refusals={general} />
        {named && <Alert color="blue" mb="sm" role="status">บันทึกผู้รับผิดชอบการรายงานแล้ว</Alert>}
        <Group align="flex-end">
          <NativeSelect label="ผู้รับผิดชอบคนที่ 1" w={340} data={options} value={chosen[0]} onChange={(e) => choose(0, e.currentTarget.value)} />
          <NativeSelect label="ผู้รับผิดชอบคนที่ 2" w={340} data={options} value={chosen[1]} onChange={(e) => choose(1, e.currentTarget.value)} />
          <Button type="submit" loading={fetching}>บันทึกผู้รับผิดชอบ</Button>
        </Group>
        {byField.accountIds && <Input.Error mt="xs" role="alert">{byField.accountIds}</Input.Error>}
      </Fieldset>
    </form>
  );
}
