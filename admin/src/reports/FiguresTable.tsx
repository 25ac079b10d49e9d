import { Table } from '@mantine/core';
import { bahtText, countText } from '../figures/format';
import type { Figures } from './reports.graphql';

interface Column {
  heading: string;
  text(f: Figures): string;
}

/** What was done: in a period, a month, the fiscal year, or cumulatively. */
export const ACTIVITY: Column[] = [
  { heading: 'ลงทะเบียน', text: (f) => countText(f.registered) },
  { heading: 'ติดต่อลูกหนี้ได้', text: (f) => countText(f.contacted) },
  { heading: 'ไกล่เกลี่ย', text: (f) => countText(f.mediationsHeld) },
  { heading: 'สำเร็จ', text: (f) => countText(f.agreed) },
  { heading: 'ไม่สำเร็จ', text: (f) => countText(f.notAgreed) },
  { heading: 'ส่งพนักงานสอบสวน/หน่วยงานอื่น', text: (f) => countText(f.referred) },
  { heading: 'ยุติ', text: (f) => countText(f.closed) },
  { heading: 'รับโอน', text: (f) => countText(f.transfersIn) },
  { heading: 'โอนออก', text: (f) => countText(f.transfersOut) },
  { heading: 'มูลหนี้ที่ลดลง (บาท)', text: (f) => bahtText(f.reduction) },
];

/** The figures the department publishes "as at 15.00": the cumulative debtors, creditors, debt and wishes. */
export const STANDING: Column[] = [
  { heading: 'ลูกหนี้ (ราย)', text: (f) => countText(f.registered) },
  { heading: 'เจ้าหนี้ (ราย)', text: (f) => countText(f.creditors) },
  { heading: 'เงินต้น (บาท)', text: (f) => bahtText(f.principal) },
  { heading: 'ยอดหนี้คงค้าง (บาท)', text: (f) => bahtText(f.outstanding) },
  { heading: 'ประสงค์ไกล่เกลี่ย (ราย)', text: (f) => countText(f.wishingMediation) },
];

export interface FiguresRow {
  key: string;
  name: string;
  figures: Figures;
}

/** One table of a report: a row per district (or province), then the totals the reader's area has. */
export function FiguresTable({ caption, columns, rows, totals, unitHeading = 'อำเภอ/เขต', testId }: {
  caption: string; columns: Column[]; rows: FiguresRow[]; totals: FiguresRow[]; unitHeading?: string; testId?: string;
}) {
  const line = (row: FiguresRow) => (
    <Table.Tr key={row.key}>
      <Table.Th scope="row" fw="inherit">{row.name}</Table.Th>
      {columns.map((c) => <Table.Td key={c.heading} ta="right">{c.text(row.figures)}</Table.Td>)}
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer minWidth={columns.length > 6 ? 1000 : 700}>
      <Table striped withTableBorder fz="sm" captionSide="top" data-testid={testId}>
        <Table.Caption fw={700} ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{unitHeading}</Table.Th>
            {columns.map((c) => <Table.Th key={c.heading} scope="col" ta="right">{c.heading}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows.map(line)}</Table.Tbody>
        {totals.length > 0 && <Table.Tfoot fw={700}>{totals.map(line)}</Table.Tfoot>}
      </Table>
    </Table.ScrollContainer>
  );
}
