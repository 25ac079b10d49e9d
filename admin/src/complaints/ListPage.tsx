import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useAccount } from '../session/session-context';
import { instantText, parseTypedDay } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { toArabicDigits } from '../shared/thai-digits';
import { CATEGORIES, COMPLAINTS } from './complaints.graphql';
import { useCursorPages } from '../shared/cursor-pages';
import { formRefusals } from '../shared/form-support';
import { FILTER_KEYS, ListFilters, type ListFilter } from './ListFilters';
import { CHANNEL_TH, STATUS_COLOUR, STATUS_TH, type ComplaintChannel, type ComplaintStatus } from './labels';

const PAGE_SIZE = 20;

type AssigneeFilterKind = 'TAMBON_TEAM' | 'AGENCY' | 'UNASSIGNED';

/** ผู้รับผิดชอบ as the list shows it: the tambon team by its subdistrict code, the agency by name, or a dash. */
const assigneeText = (assignee: { kind: string; subdistrictCode: string | null; name: string | null } | null) => {
  if (!assignee) return '–';
  return assignee.kind === 'TAMBON_TEAM' ? `ชปต. ตำบล ${assignee.subdistrictCode ?? ''}` : assignee.name ?? 'หน่วยงาน';
};

const day = (text: string) => (text.trim() === '' ? null : parseTypedDay(text) ?? toArabicDigits(text));
const orNull = (text: string) => (text === '' ? null : text);

/** `/complaints`: the complaints the account's area handles now, filtered and paged by the service, newest first. */
export function ListPage() {
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as unknown as ListFilter;
  const pages = useCursorPages();
  const [categories] = useQuery({ query: CATEGORIES });
  const filter = {
    status: orNull(applied.status) as ComplaintStatus | null, channel: orNull(applied.channel) as ComplaintChannel | null,
    category: orNull(applied.category), receivedFrom: day(applied.from), receivedTo: day(applied.to), text: orNull(applied.text.trim()),
    staleForDays: orNull(applied.stale.trim()),
    assigneeKind: orNull(applied.assignee) as AssigneeFilterKind | null, assigneeSubdistrictCode: orNull(toArabicDigits(applied.team.trim())),
  };
  const [{ data, error, fetching }] = useQuery({ query: COMPLAINTS, variables: { filter, first: PAGE_SIZE, after: pages.after } });
  const { byField, general } = formRefusals(error, [
    'filter.receivedFrom', 'filter.receivedTo', 'filter.text', 'filter.staleForDays', 'filter.assigneeKind', 'filter.assigneeSubdistrictCode',
  ]);
  const apply = (next: ListFilter) => {
    pages.reset();
    setParams(Object.fromEntries(FILTER_KEYS.filter((key) => next[key] !== '').map((key) => [key, next[key]])));
  };
  const categoryName = new Map((categories.data?.complaintCategories ?? []).map((c) => [c.code, c.nameTh]));
  const list = data?.complaints;
  const first = (pages.page - 1) * PAGE_SIZE;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">เรื่องร้องเรียนร้องทุกข์</Title>
        <Group>
          <Button variant="default" component={Link} to="/complaints/search">ค้นหาเรื่องร้องเรียน</Button>
          <Button variant="default" component={Link} to="/complaints/stale">เรื่องที่ไม่มีความคืบหน้า</Button>
          <Button variant="default" component={Link} to="/complaints/month-end">สถิติ ณ วันสิ้นเดือน</Button>
          {account.mayWorkCases && <Button component={Link} to="/complaints/new">รับเรื่องใหม่</Button>}
        </Group>
      </Group>
      <ListFilters applied={applied} categories={categories.data?.complaintCategories ?? []} errors={byField} onApply={apply} />
      <GeneralErrors refusals={general} title="ค้นหาไม่สำเร็จ" />
      {!list && fetching && <Loading />}
      {list && (
        <>
          <Text aria-live="polite" data-testid="list-count">
            {list.totalCount === 0 ? 'ไม่พบเรื่องร้องเรียน' : `แสดง ${first + 1}–${first + list.edges.length} จาก ${list.totalCount} เรื่อง`}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="complaint-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>รหัสติดตามเรื่อง</Table.Th><Table.Th>เรื่อง</Table.Th><Table.Th>ประเภทเรื่อง</Table.Th><Table.Th>ช่องทาง</Table.Th>
                  <Table.Th>รับเรื่องเมื่อ</Table.Th><Table.Th>สถานะ</Table.Th><Table.Th>ปรับปรุงล่าสุด</Table.Th>
                  <Table.Th>หน่วยงานที่รับผิดชอบ</Table.Th><Table.Th>ผู้รับผิดชอบ</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.edges.map(({ node: c }) => (
                  <Table.Tr key={c.complaintId}>
                    <Table.Td><Anchor component={Link} to={`/complaints/${c.complaintId}`}>{c.trackingCode}</Anchor></Table.Td>
                    <Table.Td>{c.subject}</Table.Td>
                    <Table.Td>{categoryName.get(c.category.mainCode) ?? c.category.mainCode}</Table.Td>
                    <Table.Td>{CHANNEL_TH[c.channel]}</Table.Td>
                    <Table.Td>{instantText(c.receivedAt)}</Table.Td>
                    <Table.Td><Badge color={STATUS_COLOUR[c.status]} variant="dot">{STATUS_TH[c.status]}</Badge></Table.Td>
                    <Table.Td>
                      {instantText(c.updatedAt)}
                      {c.stale && <Badge ml="xs" color="red" variant="light">ไม่มีความคืบหน้า</Badge>}
                    </Table.Td>
                    <Table.Td>{c.owningOffice.nameTh}</Table.Td>
                    <Table.Td>{assigneeText(c.assignee)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group>
            <Button variant="default" disabled={pages.page === 1} onClick={pages.previous}>หน้าก่อน</Button>
            <Text size="sm">หน้า {pages.page}</Text>
            <Button variant="default" disabled={!list.pageInfo.hasNextPage}
              onClick={() => list.pageInfo.endCursor && pages.next(list.pageInfo.endCursor)}>หน้าถัดไป</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
