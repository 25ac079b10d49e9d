import { Anchor, Button, Group, Mark, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { GeneralErrors } from '../shared/form-errors';
import { formRefusals } from '../shared/form-support';
import { Loading } from '../shared/Loading';
import { useCursorPages } from '../shared/cursor-pages';
import { SEARCH_COMPLAINTS } from './complaints.graphql';
import { STATUS_TH } from './labels';

const PAGE_SIZE = 20;

const MATCHED_IN_TH: Record<string, string> = {
  TRACKING_CODE: 'รหัสติดตามเรื่อง', CITIZEN_ID: 'เลขประจำตัวประชาชน', SUBJECT: 'เรื่อง', DESCRIPTION: 'รายละเอียด',
  DOCUMENT: 'เอกสารสแกน', NAME: 'ชื่อ',
};

/**
 * `/complaints/search`: ค้นหาเรื่องร้องเรียน for staff taking a call. One box takes a tracking code, a citizen id, a
 * name or words (Thai needs no spaces); the service ranks the area's complaints and shows where the words matched.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('q') ?? '';
  const [draft, setDraft] = useState(asked);
  const pages = useCursorPages();
  const [{ data, error, fetching }] = useQuery({
    query: SEARCH_COMPLAINTS, variables: { text: asked, first: PAGE_SIZE, after: pages.after }, pause: asked.trim() === '',
  });
  const { byField, general } = formRefusals(error, ['text']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pages.reset();
    setParams(draft.trim() === '' ? {} : { q: draft.trim() });
  };
  const found = data?.searchComplaints;
  return (
    <Stack>
      <Title order={1} size="h2">ค้นหาเรื่องร้องเรียน</Title>
      <Paper withBorder p="md" component="form" onSubmit={submit} role="search" aria-label="ค้นหาเรื่องร้องเรียน">
        <Group align="end">
          <TextInput label="รหัสติดตามเรื่อง เลขประจำตัวประชาชน ชื่อ หรือคำในเรื่อง" value={draft} maxLength={200} style={{ flex: 1 }}
            description="พิมพ์คำภาษาไทยได้โดยไม่ต้องเว้นวรรค ค้นในเรื่อง รายละเอียด และข้อความในเอกสารสแกน"
            onChange={(e) => setDraft(e.currentTarget.value)} error={byField.text} />
          <Button type="submit">ค้นหา</Button>
        </Group>
      </Paper>
      <GeneralErrors refusals={general} title="ค้นหาไม่สำเร็จ" />
      {!found && fetching && <Loading />}
      {found && (
        <>
          <Text aria-live="polite" data-testid="search-total">{`พบ ${found.totalCount} เรื่อง`}</Text>
          <Table striped withTableBorder data-testid="search-hits">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">รหัสติดตาม</Table.Th><Table.Th scope="col">เรื่อง</Table.Th>
                <Table.Th scope="col">พบใน</Table.Th><Table.Th scope="col">สถานะ</Table.Th>
                <Table.Th scope="col">หน่วยงานที่รับผิดชอบ</Table.Th><Table.Th scope="col">วันที่รับ</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found.edges.map(({ node: hit }) => (
                <Table.Tr key={hit.complaintId}>
                  <Table.Td><Anchor component={Link} to={`/complaints/${hit.complaintId}`}>{hit.trackingCode}</Anchor></Table.Td>
                  <Table.Td>
                    <Text size="sm">{hit.subject}</Text>
                    {hit.snippet.length > 0 && (
                      <Text size="sm" c="dimmed" data-testid="search-snippet">
                        {hit.snippet.map((part, i) => (part.matched ? <Mark key={i}>{part.text}</Mark> : <span key={i}>{part.text}</span>))}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{MATCHED_IN_TH[hit.matchedIn]}</Table.Td>
                  <Table.Td>{STATUS_TH[hit.status]}</Table.Td>
                  <Table.Td>{hit.owningOffice.nameTh}</Table.Td>
                  <Table.Td>{hit.receivedAtTh}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Button variant="default" disabled={pages.page === 1} onClick={pages.previous}>หน้าก่อน</Button>
            <Text size="sm">{`หน้า ${pages.page}`}</Text>
            <Button variant="default" disabled={!found.pageInfo.hasNextPage}
              onClick={() => found.pageInfo.endCursor && pages.next(found.pageInfo.endCursor)}>หน้าถัดไป</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
