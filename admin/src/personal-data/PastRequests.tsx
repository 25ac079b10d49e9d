import { Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { actorName } from '../audit/actor-text';
import { instantText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { SUBJECT_COPY_REQUESTS } from './subject-copy.graphql';

/** The copies produced, newest first: who asked for whose (masked) data, on what basis, and when (remounted after each copy). */
export function PastRequests() {
  const [{ data, error }] = useQuery({ query: SUBJECT_COPY_REQUESTS, requestPolicy: 'network-only' });
  const requests = data?.subjectCopyRequests;
  if (!requests) return error ? <GeneralErrors refusals={refusalsOf(error)} title="อ่านบันทึกคำขอไม่ได้" /> : null;
  if (requests.totalCount === 0) return <Text c="dimmed">ยังไม่เคยจัดทำสำเนา</Text>;
  return (
    <Table striped withTableBorder fz="sm" data-testid="subject-copy-requests">
      <Table.Thead>
        <Table.Tr><Table.Th>เมื่อ</Table.Th><Table.Th>เจ้าของข้อมูล</Table.Th><Table.Th>เลขที่หนังสือคำขอ</Table.Th><Table.Th>จำนวนเรื่อง</Table.Th><Table.Th>ผู้จัดทำ</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {requests.edges.map(({ node }) => (
          <Table.Tr key={node.requestId}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{instantText(node.requestedAt)}</Table.Td>
            <Table.Td>{node.subjectMasked}</Table.Td>
            <Table.Td>{node.requestReference}</Table.Td>
            <Table.Td>{node.recordCount}</Table.Td>
            <Table.Td>{actorName(node.requestedBy)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
