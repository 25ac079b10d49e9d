import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { AsOfPanel } from './AsOfPanel';
import { HistoryTimeline } from './HistoryTimeline';
import { CASE_TIMELINE } from './replay.graphql';

/**
 * `/audit/replay/:caseId`: a debt case or complaint replayed: its state at a chosen moment, its timeline (who acted
 * with their position and office then, the command and correlation ids, the fields changed), and its export.
 */
export function CaseReplayPage() {
  const caseId = useParams().caseId ?? '';
  const [{ data, error, fetching }] = useQuery({ query: CASE_TIMELINE, variables: { caseId } });
  if (fetching && !data) return <Loading />;
  const timeline = data?.caseTimeline ?? null;
  const files = `/exports/case-history/${encodeURIComponent(caseId)}`;
  const back = /^DEBT-/i.test(caseId) ? `/audit/debt/${caseId}` : `/audit/complaint/${caseId}`;
  return (
    <Stack data-testid="case-replay">
      <Anchor component={Link} to={back} size="sm">← กลับไปที่เรื่อง</Anchor>
      <Group gap="sm" align="baseline">
        <Title order={1} size="h2">ย้อนดูเรื่อง {caseId}</Title>
        <Badge color="gray" variant="outline">อ่านอย่างเดียว</Badge>
      </Group>
      <GeneralErrors refusals={refusalsOf(error)} title="เปิดเรื่องนี้ไม่ได้" />
      {timeline && (
        <>
          <section aria-labelledby="replay-export">
            <Title id="replay-export" order={2} size="h4" mb="xs">ส่งออกประวัติเรื่อง</Title>
            <Text size="sm" c="dimmed" mb="xs">ทุกหน้าของไฟล์ PDF มีรหัสตรวจสอบ ซึ่งคำนวณจาก SHA-256 ของไฟล์ JSON ของการส่งออกครั้งเดียวกัน</Text>
            <Group gap="sm">
              <Button component="a" href={`${files}/history.pdf`} variant="default">ดาวน์โหลด PDF</Button>
              <Button component="a" href={`${files}/history.json`} variant="default">ดาวน์โหลด JSON</Button>
            </Group>
          </section>
          <section aria-labelledby="replay-as-of">
            <Title id="replay-as-of" order={2} size="h4" mb="xs">เรื่อง ณ เวลาที่เลือก</Title>
            <AsOfPanel caseId={caseId} versions={timeline.length} />
          </section>
          <section aria-labelledby="replay-timeline">
            <Title id="replay-timeline" order={2} size="h4" mb="xs">ลำดับเหตุการณ์ ({timeline.length} รายการ)</Title>
            <HistoryTimeline entries={timeline} />
          </section>
        </>
      )}
    </Stack>
  );
}
