import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { useAccount } from '../../session/session-context';
import { GeneralErrors } from '../../shared/form-errors';
import { Loading } from '../../shared/Loading';
import { unplaced } from '../form-fields';
import { PROJECTION_STATUS, RESTART_PROJECTION } from './projections.graphql';
import { ProjectionsTable } from './ProjectionsTable';
import { RebuildsSection } from './RebuildsSection';

const REFRESH_MS = 5000;
const NETWORK = { requestPolicy: 'network-only' } as const;

/**
 * `/projections`: where each read model stands against the event log, refreshed every few seconds; central
 * administrators also restart a stopped one and rebuild or verify them from the log.
 */
export function ProjectionsPage() {
  const account = useAccount();
  const mayRestart = account.level === 'CENTRAL' && account.administrator;
  const [{ data, fetching, error }, refresh] = useQuery({ query: PROJECTION_STATUS, requestPolicy: 'network-only' });
  const [restarted, restart] = useMutation(RESTART_PROJECTION);
  const [restarting, setRestarting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { byField, general } = fieldMessages(refusalsOf(error ?? restarted.error));
  useEffect(() => {
    const timer = setInterval(() => refresh(NETWORK), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  async function restartOne(name: string) {
    setRestarting(name);
    setNotice(null);
    const answer = await restart({ input: { name } });
    setRestarting(null);
    if (answer.data?.restartProjection !== undefined) setNotice(`สั่งให้ ${name} เริ่มทำงานใหม่จากจุดที่หยุดไว้แล้ว`);
    refresh(NETWORK);
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">สถานะการประมวลผล</Title>
          <Text c="dimmed">ตารางสรุปข้อมูลแต่ละชุดเทียบกับบันทึกเหตุการณ์ ค้างเป็น 0 เมื่อประมวลผลครบแล้ว</Text>
        </div>
        <Button variant="default" loading={fetching && !!data} onClick={() => refresh(NETWORK)}>ปรับปรุงข้อมูล</Button>
      </Group>
      {notice && <Alert color="green" role="status" data-testid="projection-notice">{notice}</Alert>}
      <GeneralErrors refusals={[...general, ...unplaced(byField, [])]} title="ดำเนินการไม่สำเร็จ" />
      {!data?.projectionStatus ? (fetching ? <Loading /> : null) : (
        <ProjectionsTable projections={data.projectionStatus} restarting={restarting}
          onRestart={mayRestart ? (name) => void restartOne(name) : undefined} />
      )}
      {mayRestart && data?.projectionStatus && <RebuildsSection projections={data.projectionStatus.map((p) => p.name)} />}
    </Stack>
  );
}
