import { Badge, Button, Code, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { instantText } from '../../shared/dates';
import type { ProjectionRebuild, ProjectionRebuildPart } from './projections.graphql';

type State = ProjectionRebuild['state'];
type Stage = ProjectionRebuild['stage'];
type Kind = ProjectionRebuildPart['shownDifferences'][number]['kind'];

const STATE_TH: Record<State, string> = {
  RUNNING: 'กำลังทำงาน', SWAPPED: 'สลับแล้ว', VERIFIED: 'ตรงกัน', DIFFERENT: 'ไม่ตรงกัน', FAILED: 'ล้มเหลว', ABANDONED: 'ถูกทิ้ง',
};
const STATE_COLOUR: Record<State, string> = {
  RUNNING: 'blue.9', SWAPPED: 'teal.9', VERIFIED: 'teal.9', DIFFERENT: 'red.9', FAILED: 'red.9', ABANDONED: 'orange.9',
};
const STAGE_TH: Record<Stage, string> = {
  PREPARING: 'เตรียมตาราง', CATCHING_UP: 'อ่านบันทึกเหตุการณ์', INDEXING: 'สร้างดัชนี', VERIFYING: 'ตรวจสอบ', SWAPPING: 'สลับตาราง', DONE: 'เสร็จ',
};
const KIND_TH: Record<Kind, string> = {
  ONLY_IN_LIVE: 'มีเฉพาะในตารางที่ใช้งาน', ONLY_IN_SHADOW: 'มีเฉพาะในตารางที่สร้างใหม่', DIFFERENT_VALUES: 'ค่าต่างกัน',
};

const number = (n: number) => n.toLocaleString('th-TH');
const requester = (by: string) => (by === 'schedule' ? 'ตามกำหนดเวลา' : by === 'cli' ? 'บรรทัดคำสั่ง' : 'ผู้ดูแลระบบ');

interface RebuildsTableProps {
  rebuilds: ProjectionRebuild[];
  /** Given to central administrators: the projection whose last swap to undo. */
  onUndo?(projection: string): void;
  undoing: string | null;
}

/** The latest rebuilds and verifications: their progress per projection and the differences they found, by key. */
export function RebuildsTable({ rebuilds, onUndo, undoing }: RebuildsTableProps) {
  // Only a projection's latest swap can be undone.
  const latestSwap = new Map<string, string>();
  for (const run of rebuilds) for (const part of run.parts) if (part.swapped && !latestSwap.has(part.projection)) latestSwap.set(part.projection, run.id);
  if (rebuilds.length === 0) return <Text data-testid="rebuilds-empty">ยังไม่เคยสร้างหรือตรวจสอบตารางสรุปใหม่</Text>;
  return (
    <Stack gap="md" data-testid="rebuilds">
      {rebuilds.map((run) => (
        <Stack key={run.id} gap={4} data-testid={`rebuild-${run.id}`} component="article" aria-label={`การ${run.mode === 'VERIFY_ONLY' ? 'ตรวจสอบ' : 'สร้างใหม่'} ${instantText(run.startedAt)}`}>
          <Title order={3} size="h5">
            {run.mode === 'VERIFY_ONLY' ? 'ตรวจสอบ' : 'สร้างใหม่'} เริ่ม {instantText(run.startedAt)} · {requester(run.requestedBy)}{' '}
            <Badge variant="outline" color={STATE_COLOUR[run.state]} data-testid="rebuild-state">{STATE_TH[run.state]}</Badge>
          </Title>
          <Text size="sm">
            ขั้นตอน {STAGE_TH[run.stage]}{run.finishedAt ? ` · เสร็จ ${instantText(run.finishedAt)}` : ''}
            {run.acceptDifferences ? ' · ยอมรับข้อมูลที่ไม่ตรงกัน' : ''}
          </Text>
          {run.error && <Code block lang="en" tabIndex={0} aria-label="ข้อผิดพลาด" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{run.error}</Code>}
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="ความคืบหน้าแต่ละตารางสรุป">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>ตารางสรุป</Table.Th>
                  <Table.Th>ความคืบหน้า</Table.Th>
                  <Table.Th>ไม่ตรงกัน</Table.Th>
                  <Table.Th>ผล</Table.Th>
                  {onUndo && <Table.Th>การจัดการ</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {run.parts.map((part) => (
                  <Table.Tr key={part.projection} data-testid={`rebuild-part-${part.projection}`}>
                    <Table.Td><Code lang="en">{part.projection}</Code></Table.Td>
                    <Table.Td miw={200}><PartProgress part={part} /></Table.Td>
                    <Table.Td data-testid="differences">
                      {part.differences === null ? '—' : number(part.differences)}
                      {part.positionsDiffer && <Text size="xs">ตารางที่ใช้งานหยุดอยู่ที่เหตุการณ์ที่ผิดพลาด จึงเทียบกันที่ตำแหน่งต่างกัน</Text>}
                      <Differences part={part} />
                    </Table.Td>
                    <Table.Td>{part.swapped ? 'สลับเข้าใช้งานแล้ว' : '—'}</Table.Td>
                    {onUndo && (
                      <Table.Td>
                        {latestSwap.get(part.projection) === run.id && (
                          <Button size="compact-sm" variant="default" loading={undoing === part.projection} onClick={() => onUndo(part.projection)}>
                            ย้อนกลับเป็นตารางเดิม
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ))}
    </Stack>
  );
}

function PartProgress({ part }: { part: ProjectionRebuildPart }) {
  const percent = part.eventsTotal === 0 ? 100 : Math.min(100, (part.eventsProcessed / part.eventsTotal) * 100);
  const text = `${number(part.eventsProcessed)} / ${number(part.eventsTotal)} เหตุการณ์`;
  return (
    <Stack gap={2}>
      <Progress value={percent} aria-label={`${part.projection} ${text}`} />
      <Text size="xs">{text}</Text>
    </Stack>
  );
}

function Differences({ part }: { part: ProjectionRebuildPart }) {
  if (part.shownDifferences.length === 0) return null;
  return (
    <Stack gap={0} component="ul" style={{ paddingInlineStart: 16, margin: 0 }}>
      {part.shownDifferences.map((d, i) => (
        <Text size="xs" component="li" key={i} data-testid="difference">
          <span lang="en">{d.table} {d.key.map((k) => `${k.column}=${k.value ?? 'NULL'}`).join(', ')}</span>: {KIND_TH[d.kind]}
          {d.columns.length > 0 && <span lang="en"> ({d.columns.join(', ')})</span>}
        </Text>
      ))}
    </Stack>
  );
}
