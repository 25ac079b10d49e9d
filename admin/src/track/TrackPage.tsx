import { Alert, Anchor, Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { Loading } from '../shared/Loading';
import { toArabicDigits } from '../shared/thai-digits';
import { ComplaintSteps } from './ComplaintSteps';
import { COMPLAINT_STATUS } from './track.graphql';

/** A public page: whatever session the browser holds, its answer never asks anyone to sign in. */
const PUBLIC_CONTEXT = { sessionCheck: false };

/** `/track` and `/track/:code`: a citizen follows a complaint by its tracking code, without signing in. */
export function TrackPage() {
  const code = toArabicDigits(useParams().code ?? '').trim();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  useEffect(() => setTyped(code), [code]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const wanted = toArabicDigits(typed).trim();
    if (wanted) navigate(`/track/${encodeURIComponent(wanted)}`);
  }

  return (
    <Center mih="100vh" bg="gray.1" component="main" p="md">
      <Paper shadow="sm" p="xl" w={560} maw="100%" radius="md">
        <Stack>
          <div>
            <Title order={1} size="h2">ติดตามเรื่องร้องเรียน</Title>
            <Text c="dimmed">ศูนย์ดำรงธรรม: ตรวจสอบความคืบหน้าของเรื่องร้องเรียนร้องทุกข์ด้วยรหัสติดตามเรื่องที่ได้รับเมื่อยื่นเรื่อง</Text>
          </div>
          <form onSubmit={submit} role="search" aria-label="ติดตามเรื่อง">
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }} label="รหัสติดตามเรื่อง" name="trackingCode" autoComplete="off" required
                description="11 ตัวอักษร เช่น 7KQ3-M2XP-AB9 (ตัวเลขไทยหรืออารบิก พิมพ์เล็กหรือใหญ่ก็ได้)"
                value={typed} onChange={(e) => setTyped(e.currentTarget.value)}
              />
              <Button type="submit">ติดตามเรื่อง</Button>
            </Group>
          </form>
          {code && <TrackedStatus code={code} />}
          <Anchor component={Link} to="/sign-in" size="sm">สำหรับเจ้าหน้าที่: เข้าสู่ระบบ</Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}

function TrackedStatus({ code }: { code: string }) {
  const [{ data, error, fetching }] = useQuery({ query: COMPLAINT_STATUS, variables: { trackingCode: code }, context: PUBLIC_CONTEXT });
  if (fetching && !data) return <Loading />;
  const status = data?.complaintStatus;
  if (!status) {
    return <Alert color="red" role="alert" data-testid="track-not-found">{refusalsOf(error)[0]?.messageTh ?? 'ไม่พบเรื่องตามรหัสติดตามเรื่องนี้'}</Alert>;
  }
  return (
    <Stack gap="md" data-testid="track-status">
      <Paper withBorder p="md" component="dl" m={0}>
        <Text component="dt" size="sm" c="dimmed">สถานะ</Text>
        <Text component="dd" m={0} mb="xs" fw={700} size="lg">{status.statusTh}</Text>
        <Text component="dt" size="sm" c="dimmed">หน่วยงานที่ดูแลเรื่อง</Text>
        <Text component="dd" m={0} mb="xs">{status.handledBy}</Text>
        <Text component="dt" size="sm" c="dimmed">รับเรื่องเมื่อ</Text>
        <Text component="dd" m={0} mb="xs">{status.receivedOn.th}</Text>
        <Text component="dt" size="sm" c="dimmed">ความเคลื่อนไหวล่าสุด</Text>
        <Text component="dd" m={0}>{status.updatedOn.th}</Text>
      </Paper>
      <section aria-labelledby="track-steps-title">
        <Title id="track-steps-title" order={2} size="h4" mb="sm">ขั้นตอนการดำเนินการ</Title>
        <ComplaintSteps status={status} />
      </section>
    </Stack>
  );
}
