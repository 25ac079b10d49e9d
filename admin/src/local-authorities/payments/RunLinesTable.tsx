import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { instantText } from '../../shared/dates';
import { bahtText } from '../levies/labels';
import type { RunLine } from './payments.graphql';

/** A run's lines: the bank's payment, what it came to in Thai, the bill's amount, the return and the receipt. */
export function RunLinesTable({ lines, label }: { lines: readonly RunLine[]; label: string }) {
  return (
    <Table striped aria-label={label} data-testid="run-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>บรรทัด</Table.Th><Table.Th>ผลการกระทบยอด</Table.Th><Table.Th>ผู้ชำระ</Table.Th><Table.Th>Ref1 / Ref2</Table.Th>
          <Table.Th>ยอดชำระ (บาท)</Table.Th><Table.Th>ยอดใบแจ้งชำระ (บาท)</Table.Th><Table.Th>เวลาชำระ</Table.Th><Table.Th>แบบ / ใบเสร็จ</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l) => (
          <Table.Tr key={l.line} data-testid={`line-${l.line}`}>
            <Table.Td>{l.line}</Table.Td>
            <Table.Td><Text size="sm" fw={l.outcome === 'MATCHED' ? 400 : 700}>{l.outcome === 'MATCHED' ? '✓ ' : '⚠ '}{l.reasonTh}</Text></Table.Td>
            <Table.Td>{l.customerName}</Table.Td>
            <Table.Td>{l.ref1} / {l.ref2}</Table.Td>
            <Table.Td>{bahtText(l.amount)}</Table.Td>
            <Table.Td>{l.billAmount ? bahtText(l.billAmount) : '—'}</Table.Td>
            <Table.Td>{instantText(l.paidAt)}</Table.Td>
            <Table.Td>
              {l.returnId ? <Anchor component={Link} to={`/monthly-returns/${l.returnId}`}>{l.returnId}</Anchor> : '—'}
              {l.receiptNumber ? ` · ใบเสร็จ ${l.receiptNumber}` : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
