import { Badge, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { actorName, actorRole } from '../audit/actor-text';
import { RECORD_TH, ROLE_TH } from './labels';
import type { SubjectRecord } from './subject-copy.graphql';

const pretty = (json: string) => JSON.stringify(JSON.parse(json), null, 2);

/** One record about the data subject with its whole history, oldest event first, each event's data as stored. */
function RecordHistory({ record }: { record: SubjectRecord }) {
  return (
    <Paper withBorder p="md" data-testid={`subject-record-${record.recordId}`}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h5">{RECORD_TH[record.recordType] ?? record.recordType} {record.recordId}</Title>
          {record.roles.map((role) => <Badge key={role} variant="light">{ROLE_TH[role] ?? role}</Badge>)}
        </Group>
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr><Table.Th>ฉบับที่</Table.Th><Table.Th>เหตุการณ์</Table.Th><Table.Th>เมื่อ</Table.Th><Table.Th>ผู้ดำเนินการ</Table.Th><Table.Th>ข้อมูล</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.events.map((event) => (
              <Table.Tr key={event.eventId}>
                <Table.Td>{event.version}</Table.Td>
                <Table.Td>{event.typeLabelTh}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{event.recordedAtTh}</Table.Td>
                <Table.Td>{actorName(event.actedBy)}<Text size="xs" c="dimmed">{actorRole(event.actedBy)}</Text></Table.Td>
                <Table.Td><Code block tabIndex={0} style={{ maxHeight: 160, overflow: 'auto', maxWidth: 420 }}>{pretty(event.data)}</Code></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

export function SubjectRecords({ records }: { records: SubjectRecord[] }) {
  if (records.length === 0) return <Text c="dimmed">ไม่พบเรื่องใดที่มีเลขประจำตัวประชาชนนี้</Text>;
  return <Stack>{records.map((record) => <RecordHistory key={record.streamId} record={record} />)}</Stack>;
}
