import { Table } from '@mantine/core';
import type { SummaryFigures } from './governor-summary.graphql';

const COLUMNS: [keyof SummaryFigures, string][] = [
  ['receivedInMonth', 'รับเรื่องในเดือน'], ['received', 'รับเรื่องสะสมปีงบประมาณ'], ['inProgress', 'อยู่ระหว่างดำเนินการ'],
  ['resolved', 'แก้ไขแล้วรอยุติ'], ['closed', 'ยุติเรื่อง'], ['solved', 'แก้ไขได้'], ['setAside', 'ยุติโดยไม่ต้องแก้ไข'],
  ['carriedOver', 'ยกไปเดือนถัดไป'],
];

export interface SummaryRow {
  key: string;
  labels: string[];
  figures: SummaryFigures;
  total?: boolean;
}

const count = (n: number | null | undefined) => (n === null || n === undefined ? '-' : n.toLocaleString('th-TH'));
const percent = (f: SummaryFigures) => (f.resolutionRatePercent === null ? '-' : `${f.resolutionRatePercent.toFixed(2)}%`);

/** A table of the summary's figures: label columns, the counts, and the share resolved. */
export function SummaryFiguresTable({ caption, headings, rows, testId }: { caption: string; headings: string[]; rows: SummaryRow[]; testId?: string }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder withColumnBorders fz="sm" data-testid={testId} captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {[...headings, ...COLUMNS.map(([, title]) => title), 'ร้อยละที่แก้ไขได้'].map((h) => <Table.Th key={h} scope="col">{h}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} fw={row.total ? 700 : undefined}>
              {row.labels.map((label, i) => (i === 0 ? <Table.Th key={i} scope="row" fw={row.total ? 700 : 400}>{label}</Table.Th> : <Table.Td key={i}>{label}</Table.Td>))}
              {COLUMNS.map(([key]) => <Table.Td key={key} ta="right">{count(row.figures[key] as number | null)}</Table.Td>)}
              <Table.Td ta="right">{percent(row.figures)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
