import { Table, Text } from '@mantine/core';
import { actorName, actorRole } from '../audit/actor-text';
import { instantText } from '../shared/dates';
import { RECORD_TH } from './labels';
import type { SubjectCopy } from './subject-copy.graphql';

/** Who read the data subject's records, oldest first: the reader, their office, the record and the fields (never the values). */
export function SubjectReads({ reads }: { reads: SubjectCopy['reads'] }) {
  if (reads.length === 0) return <Text c="dimmed">ยังไม่มีผู้ใดอ่านข้อมูลส่วนบุคคลของเจ้าของข้อมูลนี้</Text>;
  return (
    <Table striped withTableBorder fz="sm" data-testid="subject-reads">
      <Table.Thead>
        <Table.Tr><Table.Th>เมื่อ</Table.Th><Table.Th>ผู้อ่าน</Table.Th><Table.Th>ตำแหน่งและหน่วยงาน</Table.Th><Table.Th>เรื่อง</Table.Th><Table.Th>ข้อมูลที่อ่าน</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reads.map((read) => (
          <Table.Tr key={read.readId}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{instantText(read.readAt)}</Table.Td>
            <Table.Td>{actorName(read.readBy)}</Table.Td>
            <Table.Td>{actorRole(read.readBy) || read.office}</Table.Td>
            <Table.Td>{RECORD_TH[read.recordType] ?? read.recordType} {read.recordId}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{read.fields.join(', ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
