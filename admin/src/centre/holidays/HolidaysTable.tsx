import { Button, Table, Text } from '@mantine/core';
import type { Holiday } from './holidays.graphql';

const SOURCE_TH: Record<Holiday['source'], string> = { SHIPPED: 'ตามตารางของระบบ', ADDED: 'ผู้ดูแลระบบเพิ่ม' };
const weekday = new Intl.DateTimeFormat('th-TH', { weekday: 'long', timeZone: 'UTC' });

/** A year's holidays in date order; a remove button on each when `onRemove` is given. */
export function HolidaysTable({ year, holidays, onRemove }: { year: number; holidays: Holiday[]; onRemove?(holiday: Holiday): void }) {
  return (
    <Table striped aria-label={`วันหยุดราชการ ปี พ.ศ. ${year}`} data-testid="holidays">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>วันที่</Table.Th>
          <Table.Th>ชื่อวันหยุด</Table.Th>
          <Table.Th>ที่มา</Table.Th>
          {onRemove && <Table.Th>การจัดการ</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {holidays.map((h) => (
          <Table.Tr key={h.date} data-testid={`holiday-${h.date}`}>
            <Table.Td>{weekday.format(new Date(`${h.date}T00:00:00Z`))} {h.dateTh}</Table.Td>
            <Table.Td>
              <Text size="sm">{h.nameTh}</Text>
              {h.nameEn && <Text size="xs" c="dimmed" lang="en">{h.nameEn}</Text>}
            </Table.Td>
            <Table.Td>{SOURCE_TH[h.source]}</Table.Td>
            {onRemove && (
              <Table.Td><Button size="compact-sm" variant="default" onClick={() => onRemove(h)}>นำออก</Button></Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
