import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../../api/errors';
import { useAccount } from '../../session/session-context';
import { localDateText } from '../../shared/dates';
import { GeneralErrors } from '../../shared/form-errors';
import { FileReturnForm } from './FileReturnForm';
import { type LevyKind, MONTHLY_RETURNS, type ReturnStatus } from './levies.graphql';
import { bahtText, LEVY_TH, mayKeepLevies, STATUS_TH } from './labels';

/** `/local-authorities/:code/returns`: the PAO's monthly returns in your area by month, levy and status; keying a paper filing. */
export function MonthlyReturnsPage() {
  const { code = '' } = useParams();
  const account = useAccount();
  const navigate = useNavigate();
  const [typed, setTyped] = useState({ period: '', kind: '', status: '' });
  const [filter, setFilter] = useState(typed);
  const [{ data, error }] = useQuery({
    query: MONTHLY_RETURNS, requestPolicy: 'cache-and-network',
    variables: { authorityCode: code, filter: {
      authorityCode: code, period: filter.period || null, kind: (filter.kind || null) as LevyKind | null, status: (filter.status || null) as ReturnStatus | null,
    } },
  });
  const rows = data?.monthlyReturns?.edges.map((e) => e.node) ?? [];
  const search = (event: FormEvent) => { event.preventDefault(); setFilter(typed); };
  const refusals = refusalsOf(error);

  return (
    <Stack>
      <Group><Anchor component={Link} to={`/local-authorities/${code}`}>← {data?.localAuthority?.nameTh ?? 'อปท.'}</Anchor>
        <Anchor component={Link} to={`/local-authorities/${code}/businesses`}>สถานประกอบการ</Anchor>
        <Anchor component={Link} to={`/local-authorities/${code}/payments`}>รับชำระจากธนาคาร</Anchor></Group>
      <Title order={1} size="h2">แบบยื่นรายเดือน</Title>
      <form onSubmit={search} aria-label="ค้นหาแบบยื่นรายเดือน">
        <Group align="flex-end">
          <TextInput label="เดือน" description="ปปปป-ดด พ.ศ." value={typed.period} onChange={(e) => { const period = e.currentTarget.value; setTyped((t) => ({ ...t, period })); }} />
          <Select label="รายการ" clearable value={typed.kind || null} data={(Object.keys(LEVY_TH) as LevyKind[]).map((k) => ({ value: k, label: LEVY_TH[k] }))}
            onChange={(kind) => setTyped((t) => ({ ...t, kind: kind ?? '' }))} />
          <Select label="สถานะ" clearable value={typed.status || null} data={(Object.keys(STATUS_TH) as ReturnStatus[]).map((s) => ({ value: s, label: STATUS_TH[s] }))}
            onChange={(status) => setTyped((t) => ({ ...t, status: status ?? '' }))} />
          <Button type="submit" variant="default">ค้นหา</Button>
        </Group>
      </form>
      <GeneralErrors refusals={refusals} title="แสดงข้อมูลไม่ได้" />
      <Text>{data?.monthlyReturns?.totalCount ?? 0} แบบ</Text>
      <Table striped aria-label="แบบยื่นรายเดือน" data-testid="monthly-returns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>เดือน</Table.Th><Table.Th>สถานประกอบการ</Table.Th><Table.Th>รายการ</Table.Th><Table.Th>ฉบับที่</Table.Th>
            <Table.Th>ครบกำหนด</Table.Th><Table.Th>ยอดภาษี/ค่าธรรมเนียม (บาท)</Table.Th><Table.Th>เงินเพิ่ม (บาท)</Table.Th>
            <Table.Th>เรียกเก็บแล้ว (บาท)</Table.Th><Table.Th>ชำระภายใน</Table.Th><Table.Th>รับชำระแล้ว (บาท)</Table.Th><Table.Th>สถานะ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid={`return-${r.id}`}>
              <Table.Td><Anchor component={Link} to={`/monthly-returns/${r.id}`}>{r.periodTh}</Anchor></Table.Td>
              <Table.Td>{r.businessName} ({r.businessNo})</Table.Td>
              <Table.Td>{LEVY_TH[r.kind]}</Table.Td>
              <Table.Td>{r.version}</Table.Td>
              <Table.Td>{localDateText(r.dueOn)}{r.monthsLate > 0 ? ` (ช้า ${r.monthsLate} เดือน)` : ''}</Table.Td>
              <Table.Td>{bahtText(r.levy)}</Table.Td>
              <Table.Td>{bahtText(r.surcharge)}</Table.Td>
              <Table.Td>{bahtText(r.billed)}</Table.Td>
              <Table.Td>{r.lastPayBy ? localDateText(r.lastPayBy) : '—'}</Table.Td>
              <Table.Td>{bahtText(r.paid)}{r.lastReceiptNumber ? ` (ใบเสร็จ ${r.lastReceiptNumber})` : ''}</Table.Td>
              <Table.Td>{STATUS_TH[r.status]}{r.overpaid !== '0.00' ? ` ${bahtText(r.overpaid)} บาท` : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mayKeepLevies(account, code) && <FileReturnForm onFiled={(id) => navigate(`/monthly-returns/${id}`)} />}
    </Stack>
  );
}
