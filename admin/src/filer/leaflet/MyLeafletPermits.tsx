import { Anchor, Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from 'urql';
import { bahtText, STATUS_COLOR } from '../../leaflet-permits/labels';
import { useAwaitedRow } from '../../shared/awaited-row';
import { useCursorPages } from '../../shared/cursor-pages';
import { localDateText } from '../../shared/dates';
import { Loading } from '../../shared/Loading';
import { FILER_LEAFLET_PERMITS, FILER_STATUS_TH, LEAFLET_CONTEXT, type RequestedLeafletPermit } from './leaflet-online.graphql';

/**
 * The filer's leaflet permit requests, newest first: status in Thai, the day the authority must decide by (พ.ศ.), the
 * permit's PDF once issued. The list is a read model that follows the log: a request the filer has just made
 * (`awaiting`, as the mutation answered it from its stream) heads the list until the read model has it, read again
 * every half second meanwhile (useAwaitedRow).
 */
export function MyLeafletPermits({ onOpen, awaiting }: { onOpen(permitId: string): void; awaiting?: RequestedLeafletPermit | null }) {
  const pages = useCursorPages();
  const [{ data, fetching }, reread] = useQuery({ query: FILER_LEAFLET_PERMITS, variables: { after: pages.after }, context: LEAFLET_CONTEXT, requestPolicy: 'cache-and-network' });
  const list = data?.filerLeafletPermits;
  const { rows: permits, added } = useAwaitedRow<RequestedLeafletPermit>({
    listed: list?.edges.map((e) => e.node), awaiting: pages.page === 1 ? awaiting : null, key: (p) => p.permitId,
    fetching, reread: () => reread({ requestPolicy: 'network-only' }),
  });
  return (
    <section aria-labelledby="my-leaflet-permits">
      <Title order={2} size="h3" id="my-leaflet-permits" mb="sm">คำขอของฉัน{list ? ` (${list.totalCount + (added ? 1 : 0)})` : ''}</Title>
      {!data && fetching ? <Loading /> : permits.length === 0 ? <Text c="dimmed">ยังไม่มีคำขออนุญาต</Text> : (
        <Paper withBorder radius="md" p="xs">
          <Table.ScrollContainer minWidth={900}>
            <Table striped aria-label="คำขออนุญาตของฉัน" data-testid="my-leaflet-permits">
              <Table.Thead>
                <Table.Tr><Table.Th>เลขที่คำขอ</Table.Th><Table.Th>อปท.</Table.Th><Table.Th>สิ่งที่โฆษณา</Table.Th><Table.Th>ช่วงโฆษณา</Table.Th>
                  <Table.Th>ค่าธรรมเนียม (บาท)</Table.Th><Table.Th>สถานะ</Table.Th><Table.Th>พิจารณาภายใน</Table.Th><Table.Th>ใบอนุญาต</Table.Th>
                  <Table.Th><VisuallyHidden>เปิดดู</VisuallyHidden></Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {permits.map((p) => (
                  <Table.Tr key={p.permitId}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.permitId}{p.channel === 'PAPER' && <Text size="xs" c="dimmed">ยื่นที่สำนักงาน</Text>}</Table.Td>
                    <Table.Td>{p.authorityNameTh}</Table.Td>
                    <Table.Td>{p.advertisement}</Table.Td>
                    <Table.Td>{localDateText(p.from, true)} – {localDateText(p.to, true)}</Table.Td>
                    <Table.Td>{bahtText(p.fee)}</Table.Td>
                    <Table.Td><Text size="sm" fw={500}><Text span c={`${STATUS_COLOR[p.status]}.9`} aria-hidden>●</Text> {FILER_STATUS_TH[p.status]}</Text></Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{localDateText(p.dueOn, true)}</Table.Td>
                    <Table.Td>{p.pdfPath ? <Anchor href={p.pdfPath}>ใบอนุญาตเลขที่ {p.permitNumber} (PDF)</Anchor> : '–'}</Table.Td>
                    <Table.Td><Button size="xs" variant="subtle" onClick={() => onOpen(p.permitId)}>ดูรายละเอียด</Button></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="flex-end">
            {pages.page > 1 && <Button variant="default" onClick={pages.previous}>หน้าก่อน</Button>}
            {list?.pageInfo.hasNextPage && <Button variant="default" onClick={() => pages.next(list.pageInfo.endCursor!)}>หน้าถัดไป</Button>}
          </Group>
        </Paper>
      )}
    </section>
  );
}
