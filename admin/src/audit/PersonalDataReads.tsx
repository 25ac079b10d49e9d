import { Alert, Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { instantText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { actorName, actorRole } from './actor-text';
import { PERSONAL_DATA_READS } from './audit.graphql';

/** Who read the case's personal data, newest first (the log the API keeps of every read, never the values). */
export function PersonalDataReads({ recordType, recordId }: { recordType: 'DEBT_CASE' | 'COMPLAINT'; recordId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: PERSONAL_DATA_READS, variables: { recordType, recordId }, requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  const reads = data?.personalDataReads;
  if (!reads) return <GeneralErrors refusals={refusalsOf(error)} title="อ่านบันทึกการเข้าถึงไม่ได้" />;
  if (reads.totalCount === 0) return <Alert color="gray">ยังไม่มีผู้ใดอ่านข้อมูลส่วนบุคคลของเรื่องนี้</Alert>;
  return (
    <>
      <Text size="sm" c="dimmed">{reads.totalCount > reads.edges.length ? `${reads.edges.length} รายการล่าสุด จากทั้งหมด ${reads.totalCount} รายการ` : `${reads.totalCount} รายการ`}</Text>
      <Table striped withTableBorder fz="sm" data-testid="personal-data-reads">
        <Table.Thead>
          <Table.Tr><Table.Th>เมื่อ</Table.Th><Table.Th>ผู้อ่าน</Table.Th><Table.Th>ตำแหน่งและหน่วยงาน</Table.Th><Table.Th>ข้อมูลที่อ่าน</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reads.edges.map(({ node }) => (
            <Table.Tr key={node.readId}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{instantText(node.readAt)}</Table.Td>
              <Table.Td>{actorName(node.readBy)}</Table.Td>
              <Table.Td>{actorRole(node.readBy)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{node.fields.join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
