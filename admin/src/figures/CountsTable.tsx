import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { bahtText, countText } from './format';
import type { Counts } from './figures.graphql';

/** The columns of the counts, as district offices head them. */
const COLUMNS: { heading: string; text(c: Counts): string }[] = [
  { heading: 'ลงทะเบียน', text: (c) => countText(c.registered) },
  { heading: 'ติดต่อแล้ว', text: (c) => countText(c.contacted) },
  { heading: 'ประสงค์ไกล่เกลี่ย', text: (c) => countText(c.wishingMediation) },
  { heading: 'อยู่ระหว่างไกล่เกลี่ย', text: (c) => countText(c.inMediation) },
  { heading: 'ไกล่เกลี่ยสำเร็จ', text: (c) => countText(c.agreed) },
  { heading: 'ไกล่เกลี่ยไม่สำเร็จ', text: (c) => countText(c.notAgreed) },
  { heading: 'ส่งพนักงานสอบสวน/หน่วยงานอื่น', text: (c) => countText(c.referred) },
  { heading: 'ยุติ', text: (c) => countText(c.closed) },
  { heading: 'รับโอน', text: (c) => countText(c.transfersIn) },
  { heading: 'โอนออก', text: (c) => countText(c.transfersOut) },
  { heading: 'มูลหนี้ที่ลดลง (บาท)', text: (c) => bahtText(c.debtReduced) },
];

export interface CountsRow {
  key: string;
  name: ReactNode;
  counts: Counts;
  /** A last cell (links to the row's pages), under `extraHeading`. */
  extra?: ReactNode;
}

/** Debt-case counts, one row per district or province, with the total row below. */
export function CountsTable({ caption, unitHeading, rows, total, extraHeading, testId }: {
  caption: string; unitHeading: string; rows: CountsRow[]; total?: { name: string; counts: Counts }; extraHeading?: string; testId?: string;
}) {
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped withTableBorder fz="sm" data-testid={testId} captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{unitHeading}</Table.Th>
            {COLUMNS.map((c) => <Table.Th key={c.heading} scope="col" ta="right">{c.heading}</Table.Th>)}
            {extraHeading && <Table.Th scope="col">{extraHeading}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>{row.name}</Table.Th>
              {COLUMNS.map((c) => <Table.Td key={c.heading} ta="right">{c.text(row.counts)}</Table.Td>)}
              {extraHeading && <Table.Td>{row.extra}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>{total.name}</Table.Th>
              {COLUMNS.map((c) => <Table.Td key={c.heading} ta="right">{c.text(total.counts)}</Table.Td>)}
              {extraHeading && <Table.Td />}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
