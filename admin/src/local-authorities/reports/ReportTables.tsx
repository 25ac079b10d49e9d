import { Button, Group, Table, Text, Title } from '@mantine/core';
import { bahtText, LEVY_TH } from '../levies/labels';
import type { useCursorPages } from '../../shared/cursor-pages';
import type { Collection, IssuedPermit, NonFilers } from './reports.graphql';

const KIND_SHORT: Record<string, string> = { ...LEVY_TH, LEAFLET: 'ค่าใบอนุญาตแผ่นประกาศ' };

/** รายได้ที่จัดเก็บได้: by month of payment (one column a kind), then by kind with the number of payments. */
export function CollectionTables({ collection }: { collection: Collection }) {
  return (
    <>
      <Title order={2} size="h4">รายได้ที่จัดเก็บได้ จำแนกตามเดือนที่ชำระ (บาท)</Title>
      <Table striped aria-label="รายได้ตามเดือนที่ชำระ" data-testid="collection-months">
        <Table.Thead>
          <Table.Tr><Table.Th>เดือนที่ชำระ</Table.Th>{collection.byKind.map((k) => <Table.Th key={k.kind}>{KIND_SHORT[k.kind]}</Table.Th>)}<Table.Th>รวม</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {collection.months.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Td>{m.monthTh}</Table.Td>{m.amounts.map((a) => <Table.Td key={a.kind}>{bahtText(a.amount)}</Table.Td>)}<Table.Td>{bahtText(m.total)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td>รวม</Table.Td>{collection.byKind.map((k) => <Table.Td key={k.kind}>{bahtText(k.amount)}</Table.Td>)}<Table.Td>{bahtText(collection.total)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Table aria-label="รายได้ตามประเภท" data-testid="collection-kinds">
        <Table.Thead><Table.Tr><Table.Th>ประเภท</Table.Th><Table.Th>จำนวนรายการ</Table.Th><Table.Th>จำนวนเงิน (บาท)</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {collection.byKind.map((k) => <Table.Tr key={k.kind}><Table.Td>{k.kindTh}</Table.Td><Table.Td>{k.payments}</Table.Td><Table.Td>{bahtText(k.amount)}</Table.Td></Table.Tr>)}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** Registered businesses that did not file a levy for a month that has ended, a page at a time (`pages` walks them). */
export function NonFilersTable({ list, pages }: { list: NonFilers; pages: ReturnType<typeof useCursorPages> }) {
  const rows = list.edges.map((e) => e.node);
  return (
    <>
      <Title order={2} size="h4">สถานประกอบการที่ไม่ยื่นแบบ ({list.totalCount}){pages.page > 1 ? ` หน้า ${pages.page}` : ''}</Title>
      {rows.length === 0 ? <Text>ไม่มี</Text> : (
        <Table striped aria-label="สถานประกอบการที่ไม่ยื่นแบบ" data-testid="non-filers">
          <Table.Thead><Table.Tr><Table.Th>เดือน</Table.Th><Table.Th>สถานประกอบการ</Table.Th><Table.Th>รายการ</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {rows.map((n) => (
              <Table.Tr key={`${n.period}-${n.businessNo}-${n.kind}`}>
                <Table.Td>{n.periodTh}</Table.Td><Table.Td>{n.businessName} ({n.businessNo})</Table.Td><Table.Td>{LEVY_TH[n.kind]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {(pages.page > 1 || list.pageInfo.hasNextPage) && (
        <Group justify="flex-end">
          {pages.page > 1 && <Button variant="default" onClick={pages.previous}>หน้าก่อน</Button>}
          {list.pageInfo.hasNextPage && <Button variant="default" onClick={() => pages.next(list.pageInfo.endCursor!)}>หน้าถัดไป</Button>}
        </Group>
      )}
    </>
  );
}

/** Leaflet permits issued in the period. */
export function PermitsTable({ rows }: { rows: IssuedPermit[] }) {
  return (
    <>
      <Title order={2} size="h4">ใบอนุญาตโฆษณาด้วยแผ่นประกาศที่ออก ({rows.length})</Title>
      {rows.length === 0 ? <Text>ไม่มี</Text> : (
        <Table striped aria-label="ใบอนุญาตที่ออก" data-testid="permits-issued">
          <Table.Thead>
            <Table.Tr><Table.Th>เลขที่</Table.Th><Table.Th>วันที่ออก</Table.Th><Table.Th>อปท.</Table.Th><Table.Th>ผู้ขออนุญาต</Table.Th><Table.Th>ค่าธรรมเนียม (บาท)</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.permitId}>
                <Table.Td>{p.permitNumber}</Table.Td><Table.Td>{p.issuedOnTh}</Table.Td><Table.Td>{p.authorityNameTh}</Table.Td>
                <Table.Td>{p.applicantName}</Table.Td><Table.Td>{bahtText(p.fee)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
