import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { instantText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { OCR_QUEUE } from './complaints.graphql';

const REFRESH_MS = 5000;

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="xl" fw={700}>{value.toLocaleString('th-TH')}</Text>
    </Paper>
  );
}

/** `/complaints/ocr-queue`: the OCR queue of scanned documents for operators, refreshed every few seconds. */
export function OcrQueuePage() {
  const [{ data, error, fetching }, refresh] = useQuery({ query: OCR_QUEUE, requestPolicy: 'network-only' });
  useEffect(() => {
    const timer = setInterval(() => refresh({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  const queue = data?.complaintOcrQueue;
  if (!queue && fetching) return <Loading />;
  if (!queue) return <GeneralErrors refusals={refusalsOf(error)} title="อ่านคิวไม่ได้" />;
  return (
    <Stack data-testid="ocr-queue">
      <Title order={1} size="h2">คิวอ่านข้อความจากเอกสาร (OCR)</Title>
      {queue.enabled
        ? <Text>โปรแกรมอ่านข้อความ: {queue.engine}</Text>
        : <Alert color="orange" title="ปิดการอ่านข้อความอยู่" role="status">{queue.offReason} — เอกสารยังเก็บไว้ครบและรออ่านในคิว</Alert>}
      {queue.enabled && queue.offReason && <Alert color="orange" role="status">{queue.offReason}</Alert>}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label="รออ่าน" value={queue.waiting} />
        <Figure label="กำลังอ่าน" value={queue.working} />
        <Figure label="อ่านแล้ว" value={queue.done} />
        <Figure label="อ่านไม่ได้" value={queue.failed} />
      </SimpleGrid>
      <Text c="dimmed">รายการที่รอนานที่สุด: {queue.oldestWaitingSince ? instantText(queue.oldestWaitingSince) : 'ไม่มี'}</Text>
    </Stack>
  );
}
