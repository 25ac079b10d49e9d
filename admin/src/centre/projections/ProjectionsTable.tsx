import { Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import { instantText } from '../../shared/dates';
import type { ProjectionState, ProjectionStatus } from './projections.graphql';

const STATE_TH: Record<ProjectionState, string> = {
  RUNNING: 'ทำงานอยู่',
  STANDBY: 'สำรอง (อีกเครื่องหนึ่งทำงานอยู่)',
  STARTING: 'กำลังเริ่ม',
  FAILED: 'หยุดเพราะข้อผิดพลาด',
  STOPPED: 'หยุดอยู่',
};
const STATE_COLOUR: Record<ProjectionState, string> = { RUNNING: 'teal.9', STANDBY: 'gray.8', STARTING: 'blue.9', FAILED: 'red.9', STOPPED: 'orange.9' };
/** restartProjection starts one that failed or stopped; a running one is left alone. */
const RESTARTABLE: ProjectionState[] = ['FAILED', 'STOPPED'];

const number = (n: number) => n.toLocaleString('th-TH');
const seconds = (s: number) => `${s.toLocaleString('th-TH', { maximumFractionDigits: 1 })} วินาที`;

interface ProjectionsTableProps {
  projections: ProjectionStatus[];
  /** Given to central administrators: restarts a failed or stopped projection. */
  onRestart?(name: string): void;
  restarting: string | null;
}

/** Each projection: its state, how far behind the log it is, what holds it back, and why it stopped. */
export function ProjectionsTable({ projections, onRestart, restarting }: ProjectionsTableProps) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped aria-label="สถานะการประมวลผล" data-testid="projections">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>ชื่อ</Table.Th>
            <Table.Th>สถานะ</Table.Th>
            <Table.Th>ตำแหน่งล่าสุด</Table.Th>
            <Table.Th>ค้าง (เหตุการณ์)</Table.Th>
            <Table.Th>ค้างนาน</Table.Th>
            <Table.Th>รอรายการบันทึกที่ยังไม่เสร็จ</Table.Th>
            <Table.Th>ข้อผิดพลาดล่าสุด</Table.Th>
            <Table.Th>ปรับปรุงล่าสุด</Table.Th>
            {onRestart && <Table.Th>การจัดการ</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projections.map((p) => (
            <Table.Tr key={p.name} data-testid={`projection-${p.name}`}>
              <Table.Td><Code lang="en">{p.name}</Code></Table.Td>
              <Table.Td><Badge variant="outline" color={STATE_COLOUR[p.state]}>{STATE_TH[p.state]}</Badge></Table.Td>
              <Table.Td>{p.position}</Table.Td>
              <Table.Td data-testid="lag-events">{number(p.lagEvents)}</Table.Td>
              <Table.Td>{seconds(p.lagSeconds)}</Table.Td>
              <Table.Td>
                {p.heldBy ? (
                  <Stack gap={0}>
                    <Text size="sm">รอ {number(p.heldBy.eventsWaiting)} เหตุการณ์</Text>
                    <Text size="xs">pid {p.heldBy.pid ?? '—'} · {p.heldBy.applicationName || '—'}</Text>
                    {p.heldBy.startedAt && <Text size="xs">เริ่ม {instantText(p.heldBy.startedAt)}</Text>}
                  </Stack>
                ) : '—'}
              </Table.Td>
              <Table.Td>
                {p.lastError ? (
                  <Stack gap={2}>
                    <Code block lang="en" tabIndex={0} aria-label="ข้อผิดพลาดล่าสุด" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: 360 }}>{p.lastError}</Code>
                    {p.failedEventId && <Text size="xs">เหตุการณ์ <span lang="en">{p.failedEventId}</span></Text>}
                  </Stack>
                ) : '—'}
              </Table.Td>
              <Table.Td>{p.updatedAt ? instantText(p.updatedAt) : '—'}</Table.Td>
              {onRestart && (
                <Table.Td>
                  {RESTARTABLE.includes(p.state) && (
                    <Button size="compact-sm" loading={restarting === p.name} onClick={() => onRestart(p.name)}>เริ่มใหม่</Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
