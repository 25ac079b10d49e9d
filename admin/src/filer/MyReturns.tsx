import { Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from 'urql';
import { bahtText, LEVY_TH, STATUS_TH } from '../local-authorities/levies/labels';
import { useAwaitedRow } from '../shared/awaited-row';
import { useCursorPages } from '../shared/cursor-pages';
import { Loading } from '../shared/Loading';
import { STATUS_COLOR } from './FilerReturnView';
import { FILER_CONTEXT } from './filer-context';
import { type FiledReturn, FILER_RETURNS } from './filer.graphql';

type Row = FiledReturn & { lastReceiptNumber?: string | null };

/**
 * The returns the filer filed, 24 a page from the latest month, each with its status and receipt; asked afresh
 * whenever shown. The list is a read model that follows the log: a return the filer has just filed or amended
 * (`awaiting`, as the mutation answered it from its stream) heads the list, in place of its older version, until the
 * read model has that version, read again every half second meanwhile (useAwaitedRow).
 */
export function MyReturns({ onOpen, awaiting }: { onOpen(returnId: string): void; awaiting?: FiledReturn | null }) {
  const pages = useCursorPages();
  const [{ data, fetching }, reread] = useQuery({ query: FILER_RETURNS, variables: { after: pages.after }, context: FILER_CONTEXT, requestPolicy: 'cache-and-network' });
  const pageInfo = data?.filerReturns?.pageInfo;
  const { rows: returns, added } = useAwaitedRow<Row>({
    listed: data?.filerReturns?.edges.map((e) => e.node), awaiting: pages.page === 1 ? awaiting : null, key: (r) => r.id,
    caughtUp: (listed, filed) => listed.version >= filed.version, fetching, reread: () => reread({ requestPolicy: 'network-only' }),
  });
  return (
    <section aria-labelledby="my-returns">
      <Title order={2} size="h3" id="my-returns" mb="sm">แบบที่ยื่นแล้ว{data?.filerReturns ? ` (${data.filerReturns.totalCount + (added ? 1 : 0)})` : ''}</Title>
      {!data && fetching ? <Loading /> : returns.length === 0 ? <Text c="dimmed">ยังไม่มีแบบที่ยื่น</Text> : (
        <Paper withBorder radius="md" p="xs">
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label="แบบที่ยื่นแล้ว" data-testid="my-returns" style={{ whiteSpace: 'nowrap' }}>
            <Table.Thead>
              <Table.Tr><Table.Th>เดือน</Table.Th><Table.Th>สถานประกอบการ</Table.Th><Table.Th>รายการ</Table.Th><Table.Th>ภาษี (บาท)</Table.Th>
                <Table.Th>ชำระแล้ว (บาท)</Table.Th><Table.Th>สถานะ</Table.Th><Table.Th><VisuallyHidden>เปิดดู</VisuallyHidden></Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {returns.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.periodTh}</Table.Td><Table.Td>{r.businessName}</Table.Td>
                  <Table.Td>{LEVY_TH[r.kind]}{r.version > 1 ? ` (ฉบับที่ ${r.version})` : ''}</Table.Td>
                  <Table.Td>{bahtText(r.levy)}</Table.Td><Table.Td>{bahtText(r.paid)}</Table.Td>
                  <Table.Td><Text size="sm" fw={500}><Text span c={`${STATUS_COLOR[r.status]}.9`} aria-hidden>●</Text> {STATUS_TH[r.status]}</Text>
                    {r.lastReceiptNumber && <Text size="xs">ใบเสร็จ {r.lastReceiptNumber}</Text>}</Table.Td>
                  <Table.Td><Button size="xs" variant="subtle" onClick={() => onOpen(r.id)}>ดูรายละเอียด</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end">
          {pages.page > 1 && <Button variant="default" onClick={pages.previous}>หน้าก่อน</Button>}
          {pageInfo?.hasNextPage && <Button variant="default" onClick={() => pages.next(pageInfo.endCursor!)}>หน้าถัดไป</Button>}
        </Group>
        </Paper>
      )}
    </section>
  );
}
