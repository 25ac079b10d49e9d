import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { ComplaintActions } from './ComplaintActions';
import { ComplaintDocuments } from './ComplaintDocuments';
import { ComplaintFacts } from './ComplaintFacts';
import { ComplaintTimeline } from './ComplaintTimeline';
import { COMPLAINT_PAGE } from './complaints.graphql';
import { ACTION_TH, STATUS_COLOUR, STATUS_TH, type ComplaintAction } from './labels';

const NETWORK_ONLY = { requestPolicy: 'network-only' } as const;

/** After a forward out of the account's area: the complaint is the receiving office's now. */
function ForwardedAway() {
  return (
    <Alert color="green" title="ส่งต่อเรื่องแล้ว" role="status">
      เรื่องนี้อยู่ในความรับผิดชอบของหน่วยงานที่รับเรื่องต่อแล้ว จึงไม่อยู่ในรายการของท่าน{' '}
      <Anchor component={Link} to="/complaints">กลับไปที่รายการเรื่องร้องเรียน</Anchor>
    </Alert>
  );
}

/** `/complaints/:complaintId`: the complaint whole, the actions it allows now, and its history. */
export function ComplaintPage() {
  const { complaintId = '' } = useParams();
  const received = (useLocation().state as { receivedTrackingCode?: string } | null)?.receivedTrackingCode;
  const [{ data, error, fetching }, reload] = useQuery({ query: COMPLAINT_PAGE, variables: { id: complaintId } });
  const [lastDone, setLastDone] = useState<ComplaintAction | null>(null);
  const complaint = data?.complaintDetail;
  if (!complaint && fetching) return <Loading />;
  if (!complaint && lastDone === 'FORWARD') return <ForwardedAway />;
  if (!complaint) return <GeneralErrors refusals={refusalsOf(error)} title="เปิดเรื่องไม่ได้" />;

  const changed = (action: ComplaintAction) => {
    setLastDone(action);
    reload(NETWORK_ONLY);
  };
  return (
    <Stack data-testid="complaint-page">
      <Anchor component={Link} to="/complaints" size="sm">← รายการเรื่องร้องเรียน</Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">{complaint.subject}</Title>
          <Text c="dimmed">รหัสติดตามเรื่อง <Text span fw={600} c="black" data-testid="tracking-code">{complaint.trackingCode}</Text></Text>
        </Stack>
        <Badge size="lg" color={STATUS_COLOUR[complaint.status]} variant="dot" data-testid="complaint-status">{STATUS_TH[complaint.status]}</Badge>
      </Group>
      <div role="status">
        {received && !lastDone && <Alert color="green" title="รับเรื่องแล้ว">รหัสติดตามเรื่องสำหรับผู้ร้อง: {received}</Alert>}
        {lastDone && <Alert color="green" title="บันทึกแล้ว">{ACTION_TH[lastDone]} เรียบร้อย</Alert>}
      </div>
      <ComplaintActions complaint={complaint} changed={changed} />
      <ComplaintFacts complaint={complaint} />
      <ComplaintDocuments complaint={complaint} changed={() => reload(NETWORK_ONLY)} />
      <ComplaintTimeline entries={data.complaintHistory ?? []} />
    </Stack>
  );
}
