import { Anchor, Badge, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { useCursorPages } from '../shared/cursor-pages';
import { localDateText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { toArabicDigits } from '../shared/thai-digits';
import { bahtText, STATUS_COLOR, STATUS_TH } from './labels';
import { LEAFLET_PERMITS, type LeafletPermitRow, type LeafletPermitStatus } from './leaflet-permits.graphql';

const LIST_CONTEXT = { additionalTypenames: ['LeafletPermitListItem', 'LeafletPermit'] };
const STATUSES = [{ value: '', label: 'ทุกสถานะ' }, ...Object.entries(STATUS_TH).map(([value, label]) => ({ value, label }))];

interface Filter { authorityCode: string | null; status: LeafletPermitStatus | null; overdue: boolean }

/** `/leaflet-permits`: the requests of the reader's area, newest first; the overdue ones (undecided past their due day) on demand. */
export function LeafletPermitsPage() {
  const pages = useCursorPages();
  const [codeText, setCodeText] = useState('');
  const [filter, setFilter] = useState<Filter>({ authorityCode: null, status: null, overdue: false });
  const [{ data, error }] = useQuery({ query: LEAFLET_PERMITS, variables: { filter, after: pages.after }, context: LIST_CONTEXT });
  const { byField, general } = fieldMessages(refusalsOf(error));
  const list = data?.leafletPermits;
  const change = (next: Partial<Filter>) => { pages.reset(); setFilter((f) => ({ ...f, ...next })); };

  function search(event: FormEvent) {
    event.preventDefault();
    change({ authorityCode: toArabicDigits(codeText).trim() || null });
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">ใบอนุญาตโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ</Title>
        <Button component={Link} to="/leaflet-permits/new">ยื่นคำขอใหม่</Button>
      </Group>
      <form onSubmit={search} aria-label="ค้นหาคำขอ">
        <Group align="flex-end">
          <TextInput label="รหัส อปท." description="7 หลัก" w={180} value={codeText} error={byField['filter.authorityCode']}
            onChange={(e) => setCodeText(e.currentTarget.value)} />
          <NativeSelect label="สถานะ" data={STATUSES} value={filter.status ?? ''}
            onChange={(e) => change({ status: (e.currentTarget.value || null) as LeafletPermitStatus | null })} />
          <Checkbox label="เฉพาะที่เกินกำหนดพิจารณา" checked={filter.overdue} onChange={(e) => change({ overdue: e.currentTarget.checked })} mb={8} />
          <Button type="submit" variant="default">ค้นหา</Button>
        </Group>
      </form>
      <GeneralErrors refusals={general} title="แสดงรายการไม่ได้" />
      {list && (list.edges.length === 0 ? <Text>ไม่พบคำขอตามเงื่อนไขที่เลือก</Text> : (
        <>
          <Text size="sm" data-testid="permit-count">ทั้งหมด {list.totalCount} รายการ</Text>
          <PermitsTable permits={list.edges.map((e) => e.node)} />
          <Group>
            {pages.page > 1 && <Button variant="default" onClick={pages.previous}>หน้าก่อน</Button>}
            {list.pageInfo.hasNextPage && list.pageInfo.endCursor && (
              <Button variant="default" onClick={() => pages.next(list.pageInfo.endCursor!)}>หน้าถัดไป</Button>
            )}
          </Group>
        </>
      ))}
    </Stack>
  );
}

function PermitsTable({ permits }: { permits: LeafletPermitRow[] }) {
  return (
    <Table striped aria-label="คำขออนุญาตโฆษณาด้วยแผ่นประกาศ" data-testid="leaflet-permits">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>เลขที่คำขอ</Table.Th>
          <Table.Th>อปท.</Table.Th>
          <Table.Th>ผู้ขอ</Table.Th>
          <Table.Th>ระยะเวลาโฆษณา</Table.Th>
          <Table.Th>ค่าธรรมเนียม (บาท)</Table.Th>
          <Table.Th>กำหนดพิจารณา</Table.Th>
          <Table.Th>สถานะ</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {permits.map((p) => (
          <Table.Tr key={p.permitId} data-testid={`permit-${p.permitId}`}>
            <Table.Td><Anchor component={Link} to={`/leaflet-permits/${p.permitId}`}>{p.permitId}</Anchor></Table.Td>
            <Table.Td>{p.authorityNameTh}</Table.Td>
            <Table.Td>{p.applicantName}{p.channel === 'ONLINE' && <Badge ml="xs" variant="light" color="violet">ยื่นออนไลน์</Badge>}</Table.Td>
            <Table.Td>{localDateText(p.from, true)} – {localDateText(p.to, true)}</Table.Td>
            <Table.Td>{bahtText(p.fee)}</Table.Td>
            <Table.Td>{localDateText(p.dueOn, true)}{p.overdue && <Badge color="red.9" variant="outline" ml="xs">เกินกำหนด</Badge>}</Table.Td>
            <Table.Td><Badge color={STATUS_COLOR[p.status]} variant="dot">{STATUS_TH[p.status]}</Badge></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
