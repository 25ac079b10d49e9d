import { Alert, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { GeneralErrors } from '../../shared/form-errors';
import { Loading } from '../../shared/Loading';
import { unplaced } from '../form-fields';
import { PROJECTION_REBUILDS, REBUILD_PROJECTION, UNDO_PROJECTION_REBUILD } from './projections.graphql';
import { RebuildForm, type RebuildRequest } from './RebuildForm';
import { RebuildsTable } from './RebuildsTable';

const NETWORK = { requestPolicy: 'network-only' } as const;
/** A run's progress is followed every second while it runs; otherwise the list is read again every few seconds. */
const FOLLOW_MS = 1000;
const IDLE_MS = 5000;

/** Central administrators': start a rebuild or a verification, follow it, read what it found, undo a swap. */
export function RebuildsSection({ projections }: { projections: string[] }) {
  const [{ data, fetching, error }, refresh] = useQuery({ query: PROJECTION_REBUILDS, requestPolicy: 'network-only' });
  const [started, start] = useMutation(REBUILD_PROJECTION);
  const [undone, undo] = useMutation(UNDO_PROJECTION_REBUILD);
  const [undoing, setUndoing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rebuilds = data?.projectionRebuilds?.edges.map((e) => e.node) ?? [];
  const running = rebuilds.some((r) => r.state === 'RUNNING');
  const { byField, general } = fieldMessages(refusalsOf(error ?? started.error ?? undone.error));
  useEffect(() => {
    const timer = setInterval(() => refresh(NETWORK), running ? FOLLOW_MS : IDLE_MS);
    return () => clearInterval(timer);
  }, [refresh, running]);

  async function startRun(request: RebuildRequest) {
    setNotice(null);
    const answer = await start({ input: request });
    if (answer.data?.rebuildProjection) {
      setNotice(request.verifyOnly ? 'เริ่มตรวจสอบแล้ว ตารางที่ใช้งานไม่เปลี่ยนแปลง' : 'เริ่มสร้างใหม่แล้ว ระบบยังให้บริการด้วยตารางเดิมจนกว่าจะสลับ');
    }
    refresh(NETWORK);
  }

  async function undoSwap(projection: string) {
    setUndoing(projection);
    setNotice(null);
    const answer = await undo({ input: { name: projection } });
    setUndoing(null);
    if (answer.data?.undoProjectionRebuild) setNotice(`ย้อน ${projection} กลับเป็นตารางเดิมแล้ว และประมวลผลต่อจากตำแหน่งที่ตารางนั้นหยุดไว้`);
    refresh(NETWORK);
  }

  return (
    <Stack component="section" aria-labelledby="rebuilds-title">
      <Title order={2} size="h3" id="rebuilds-title">การสร้างใหม่และการตรวจสอบ</Title>
      <RebuildForm projections={projections} starting={started.fetching} running={running} onStart={(r) => void startRun(r)} />
      {notice && <Alert color="green" role="status" data-testid="rebuild-notice">{notice}</Alert>}
      <GeneralErrors refusals={[...general, ...unplaced(byField, [])]} title="ดำเนินการไม่สำเร็จ" />
      {!data?.projectionRebuilds ? (fetching ? <Loading /> : null)
        : <RebuildsTable rebuilds={rebuilds} undoing={undoing} onUndo={(p) => void undoSwap(p)} />}
    </Stack>
  );
}
