import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAccount } from '../session/session-context';
import { instantText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { useCursorPages } from '../shared/cursor-pages';
import { useComplaintCommand } from './ActionForm';
import { MY_COMPLAINTS, RECORD_MY_PROGRESS } from './complaints.graphql';
import { STATUS_COLOUR, STATUS_TH, type ComplaintStatus } from './labels';

const PAGE_SIZE = 20;

interface Mine {
  complaintId: string;
  trackingCode: string;
  status: ComplaintStatus;
  subject: string;
  receivedAt: string;
  updatedAt: string;
}

/** One complaint of the team as a card: what, since when, and a progress note recorded on the spot. */
function MineCard({ complaint, recorded }: { complaint: Mine; recorded(position: string): void }) {
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const progress = useComplaintCommand(RECORD_MY_PROGRESS, complaint.complaintId, ['note'], (data) => {
    setNote('');
    setSaved(true);
    recorded(data.recordComplaintProgress.position);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void progress.send({ note });
  };
  const label = `เรื่อง ${complaint.trackingCode}`;
  return (
    <Card withBorder component="article" aria-label={label} data-testid="my-complaint">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Anchor component={Link} to={`/complaints/${complaint.complaintId}`} fw={600}>{complaint.trackingCode}</Anchor>
          <Badge color={STATUS_COLOUR[complaint.status]} variant="dot">{STATUS_TH[complaint.status]}</Badge>
        </Group>
        <Text>{complaint.subject}</Text>
        <Text size="sm" c="dimmed">รับเรื่อง {instantText(complaint.receivedAt)} · ปรับปรุงล่าสุด {instantText(complaint.updatedAt)}</Text>
        <form onSubmit={submit} noValidate aria-label={`บันทึกความคืบหน้า ${complaint.trackingCode}`}>
          <Stack gap="xs">
            <GeneralErrors refusals={progress.general} />
            <Textarea label="ความคืบหน้า" required autosize minRows={2} value={note} error={progress.byField.note}
              onChange={(e) => setNote(e.currentTarget.value)} />
            <Button type="submit" loading={progress.fetching} fullWidth>บันทึกความคืบหน้า</Button>
            {saved && <Text size="sm" c="green" role="status">บันทึกความคืบหน้าแล้ว</Text>}
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

/**
 * `/complaints/mine` (เรื่องของฉัน), a tambon team member's home: the complaints assigned to its team now, newest
 * first, one card each with a progress form, laid out for a phone. The service shows the team nothing else.
 */
export function MyComplaintsPage() {
  const account = useAccount();
  const pages = useCursorPages();
  // After a progress note, the list waits until it holds it (afterPosition), then reads again.
  const [afterPosition, setAfterPosition] = useState<string | null>(null);
  const [{ data, fetching }] = useQuery({
    query: MY_COMPLAINTS, variables: { first: PAGE_SIZE, after: pages.after, afterPosition }, requestPolicy: 'cache-and-network',
  });
  const list = data?.complaints;
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">เรื่องของฉัน</Title>
      <Text c="dimmed">เรื่องร้องเรียนที่มอบหมายให้{account.officeNameTh}</Text>
      {!list && fetching && <Loading />}
      {list && (
        <>
          <Text aria-live="polite" data-testid="list-count">
            {list.totalCount === 0 ? 'ยังไม่มีเรื่องที่มอบหมายให้ชุดของท่าน' : `${list.totalCount} เรื่อง`}
          </Text>
          {list.edges.map(({ node }) => (
            <MineCard key={node.complaintId} complaint={node as Mine} recorded={setAfterPosition} />
          ))}
          <Group>
            <Button variant="default" disabled={pages.page === 1} onClick={pages.previous}>หน้าก่อน</Button>
            <Button variant="default" disabled={!list.pageInfo.hasNextPage}
              onClick={() => list.pageInfo.endCursor && pages.next(list.pageInfo.endCursor)}>หน้าถัดไป</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
