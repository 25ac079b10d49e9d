import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { instantText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { formRefusals } from '../shared/form-support';
import { Loading } from '../shared/Loading';
import { STALE_COUNTS } from './complaints.graphql';

/**
 * `/complaints/stale`: the area's open complaints with no progress for more than N days (COMPLAINT_STALE_DAYS unless
 * typed, Thai digits accepted), counted per office holding them, each linking to the list filtered the same way.
 */
export function StalePage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('days') ?? '';
  const [draft, setDraft] = useState(asked);
  const [{ data, error, fetching }] = useQuery({ query: STALE_COUNTS, variables: { days: asked.trim() === '' ? null : asked.trim() } });
  const { byField, general } = formRefusals(error, ['days']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft.trim() === '' ? {} : { days: draft.trim() });
  };
  const counts = data?.staleComplaintCounts;
  return (
    <Stack>
      <Title order={1} size="h2">เรื่องที่ไม่มีความคืบหน้า</Title>
      <Paper withBorder p="md" component="form" onSubmit={submit} role="search" aria-label="จำนวนวันที่ไม่มีความคืบหน้า">
        <Group align="end">
          <TextInput label="ไม่มีความคืบหน้าเกิน (วัน)" inputMode="numeric" value={draft} placeholder={counts ? String(counts.days) : ''}
            onChange={(e) => setDraft(e.currentTarget.value)} error={byField.days} />
          <Button type="submit">แสดง</Button>
        </Group>
      </Paper>
      <GeneralErrors refusals={general} title="แสดงไม่สำเร็จ" />
      {!counts && fetching && <Loading />}
      {counts && (
        <>
          <Text aria-live="polite" data-testid="stale-total">
            {`เรื่องที่ยังไม่แล้วเสร็จและไม่มีความคืบหน้าเกิน ${counts.days} วัน (ก่อน ${instantText(counts.before)}): ${counts.total} เรื่อง`}
          </Text>
          <Table striped withTableBorder data-testid="stale-offices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">หน่วยงานที่รับผิดชอบ</Table.Th><Table.Th scope="col" ta="right">จำนวนเรื่อง</Table.Th>
                <Table.Th scope="col">ปรับปรุงล่าสุดเก่าที่สุด</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {counts.offices.map((o) => (
                <Table.Tr key={`${o.office.level}-${o.office.code}`}>
                  <Table.Td>{o.office.nameTh}</Table.Td>
                  <Table.Td ta="right">
                    <Anchor component={Link} to={`/complaints?stale=${counts.days}`}>{o.count}</Anchor>
                  </Table.Td>
                  <Table.Td>{instantText(o.oldestUpdateAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
