import { Alert, Stack, Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { refusalsOf } from '../../api/errors';
import { instantText } from '../../shared/dates';
import { GeneralErrors } from '../../shared/form-errors';
import { Loading } from '../../shared/Loading';
import { countText } from './CaseTable';
import { HANDED_OVER_CASES, type HandoverKind } from './debt-list.graphql';
import { PAGE_SIZE, Pager, useCursorPages } from './Pager';

const HANDOVER_KIND_TH: Record<HandoverKind, string> = {
  TRANSFERRED: 'ส่งต่อ',
  DISTRICT_CORRECTED: 'แก้ไขอำเภอที่รับผิดชอบ',
  FORWARDED: 'ส่งต่อเรื่องร้องเรียน',
};

/**
 * The cases the area sent to another district (ส่งต่อ, or its district corrected): they are the receiving district's
 * now, so each is a line of which case, when and where to, with no link and nothing of the case.
 */
export function HandedOverCases() {
  const pages = useCursorPages('handed-over');
  const [{ data, error, fetching }] = useQuery({ query: HANDED_OVER_CASES, variables: { first: PAGE_SIZE, after: pages.after } });
  const list = data?.handedOverCases;
  if (!list) return fetching ? <Loading /> : <GeneralErrors refusals={refusalsOf(error)} title="แสดงรายการไม่ได้" />;
  return (
    <Stack>
      <Alert color="blue">เรื่องที่ส่งต่อไปแล้วอยู่ในความรับผิดชอบของหน่วยงานปลายทาง จึงแสดงเพียงเลขที่เรื่อง วันที่ และหน่วยงาน</Alert>
      <Text fw={600} data-testid="case-count">{`ส่งต่อไปแล้ว ${countText(list.totalCount)} เรื่อง`}</Text>
      {list.totalCount > 0 && (
        <Table striped data-testid="handed-over-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>เลขที่เรื่อง</Table.Th><Table.Th>วันที่</Table.Th><Table.Th>ลักษณะ</Table.Th><Table.Th>จาก</Table.Th><Table.Th>ไปยัง</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.edges.map(({ node: h, cursor }) => (
              <Table.Tr key={cursor}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>{h.caseId}</Table.Td>
                <Table.Td>{instantText(h.handedAt)}</Table.Td>
                <Table.Td>{HANDOVER_KIND_TH[h.kind]}</Table.Td>
                <Table.Td>{h.from.nameTh}</Table.Td>
                <Table.Td>{h.to.nameTh}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Pager pages={pages} totalCount={list.totalCount} hasNextPage={list.pageInfo.hasNextPage} endCursor={list.pageInfo.endCursor} />
    </Stack>
  );
}
