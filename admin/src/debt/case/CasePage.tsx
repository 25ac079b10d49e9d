import { Alert, Anchor, Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../../api/errors';
import { Loading } from '../../shared/Loading';
import { localDateText } from '../../shared/dates';
import { CASE_DETAIL, CASE_HISTORY, type DebtCaseAction } from './case.graphql';
import { ACTION_TH, CHANNEL_TH, districtTitle, STATUS_TH } from './case-labels';
import { CaseActions } from './CaseActions';
import { CaseParties } from './CaseParties';
import { CaseSteps } from './CaseSteps';
import { CaseTimeline } from './CaseTimeline';

/**
 * `/debt-cases/:caseId`: the whole case, its timeline and the actions it allows the signed-in account now. A case
 * outside the account's area reads as not found, with nothing of it shown.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const [detail, refetchDetail] = useQuery({ query: CASE_DETAIL, variables: { id: caseId } });
  const [history, refetchHistory] = useQuery({ query: CASE_HISTORY, variables: { id: caseId } });
  const [saved, setSaved] = useState<DebtCaseAction | null>(null);
  const refusals = refusalsOf(detail.error);
  const done = (action: DebtCaseAction) => {
    setSaved(action);
    refetchDetail({ requestPolicy: 'network-only' });
    refetchHistory({ requestPolicy: 'network-only' });
  };
  const notice = saved && <Alert color="green" role="status" data-testid="case-saved">บันทึก “{ACTION_TH[saved]}” แล้ว</Alert>;
  const found = detail.data?.debtCaseDetail;
  if (!found) {
    if (detail.fetching) return <Loading />;
    const notFound = refusals.some((r) => r.code === 'DEBT_CASE_NOT_FOUND');
    return (
      <Stack data-testid="case-page">
        <Title order={1} size="h2">เรื่องลูกหนี้นอกระบบ</Title>
        {saved === 'TRANSFER' ? (
          <Alert color="green" role="status" data-testid="case-saved">ส่งต่อเรื่อง {caseId} ไปยังอำเภอ/เขตที่รับเรื่องแล้ว เรื่องนี้ไม่อยู่ในพื้นที่ของท่านอีกต่อไป</Alert>
        ) : (
          <Alert color={notFound ? 'gray' : 'red'} data-testid="case-not-found" role="alert">
            {notFound ? `ไม่พบเรื่องเลขที่ ${caseId} ในพื้นที่ของท่าน หรือท่านไม่มีสิทธิ์เข้าถึงเรื่องนี้` : (refusals[0]?.messageTh ?? 'อ่านเรื่องนี้ไม่ได้')}
          </Alert>
        )}
        <Anchor component={Link} to="/">กลับหน้าหลัก</Anchor>
      </Stack>
    );
  }
  return (
    <Stack data-testid="case-page">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">เรื่องลูกหนี้นอกระบบ {found.caseId}</Title>
          <Text c="dimmed">
            {districtTitle(found.district)} จังหวัด{found.province.nameTh} · ลงทะเบียน {localDateText(found.registeredOn)} · {CHANNEL_TH[found.channel]}
          </Text>
        </div>
        <Badge size="lg" color={found.status === 'CLOSED' ? 'gray' : 'indigo'} data-testid="case-status">{STATUS_TH[found.status]}</Badge>
      </Group>
      {notice}
      <CaseActions detail={found} onDone={done} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <CaseParties detail={found} />
            <CaseSteps detail={found} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <CaseTimeline entries={history.data?.debtCaseHistory ?? undefined} failed={history.error !== undefined} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
