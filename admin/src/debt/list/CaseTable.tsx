import { Alert, Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { localDateText } from '../../shared/dates';
import { CHANNEL_TH, STATUS_TH } from '../case/case-labels';
import type { DebtCaseList } from './debt-list.graphql';
import { Pager, type useCursorPages } from './Pager';

/** "62500.50" → "62,500.50". */
const baht = (amount: string) => amount.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export const countText = (n: number) => new Intl.NumberFormat('th-TH').format(n);

interface Props {
  list: DebtCaseList;
  pages: ReturnType<typeof useCursorPages>;
  /** Another page or filter is being read: the rows shown are the ones before. */
  stale: boolean;
}

/** A page of the cases the filter selects, each linking to its page, with how many there are in all. */
export function CaseTable({ list, pages, stale }: Props) {
  return (
    <Stack>
      <Text fw={600} data-testid="case-count">{`ทั้งหมด ${countText(list.totalCount)} เรื่อง`}</Text>
      {list.totalCount === 0 ? <Alert color="gray">ไม่พบเรื่องตามเงื่อนไขที่ค้นหา</Alert> : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover data-testid="case-list" aria-busy={stale} opacity={stale ? 0.5 : 1}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>เลขที่เรื่อง</Table.Th><Table.Th>ลูกหนี้</Table.Th><Table.Th>วันที่ลงทะเบียน</Table.Th>
                <Table.Th>ช่องทางการลงทะเบียน</Table.Th><Table.Th>สถานะ</Table.Th><Table.Th ta="right">ยอดหนี้คงค้าง (บาท)</Table.Th>
                <Table.Th>อำเภอ/เขต</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.edges.map(({ node: c }) => (
                <Table.Tr key={c.caseId}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}><Anchor component={Link} to={`/debt-cases/${c.caseId}`} ff="monospace">{c.caseId}</Anchor></Table.Td>
                  <Table.Td>{`${c.debtorTitle}${c.debtorFirstName} ${c.debtorLastName}`}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{localDateText(c.registeredOn, true)}</Table.Td>
                  <Table.Td>{CHANNEL_TH[c.channel]}</Table.Td>
                  <Table.Td><Badge variant="light" color="indigo" tt="none">{STATUS_TH[c.status]}</Badge></Table.Td>
                  <Table.Td ta="right">{baht(c.totalOutstanding)}</Table.Td>
                  <Table.Td>
                    {c.districtNameTh}
                    {c.transferredFromDistrictNameTh && <Text size="xs" c="dimmed">{`รับโอนจาก ${c.transferredFromDistrictNameTh}`}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pager pages={pages} totalCount={list.totalCount} hasNextPage={list.pageInfo.hasNextPage} endCursor={list.pageInfo.endCursor} />
    </Stack>
  );
}
