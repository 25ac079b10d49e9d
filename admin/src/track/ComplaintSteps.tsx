import { Text, Timeline } from '@mantine/core';
import type { ResultOf } from '../graphql';
import type { COMPLAINT_STATUS } from './track.graphql';

type Status = NonNullable<ResultOf<typeof COMPLAINT_STATUS>['complaintStatus']>;

/** The stages a complaint goes through (ระบบการติดตามเรื่อง), in order. */
const STAGES: { status: Status['status']; th: string }[] = [
  { status: 'RECEIVED', th: 'รับเรื่อง' },
  { status: 'ASSIGNED', th: 'มอบหมายผู้รับผิดชอบ' },
  { status: 'IN_PROGRESS', th: 'อยู่ระหว่างดำเนินการ' },
  { status: 'RESOLVED', th: 'แก้ไขปัญหา' },
  { status: 'CLOSED', th: 'ยุติเรื่อง' },
];

/** The stages with the one the complaint stands at marked, and the days the public status gives. */
export function ComplaintSteps({ status }: { status: Status }) {
  const current = STAGES.findIndex((stage) => stage.status === status.status);
  const dayOf = (index: number) => {
    if (index === 0) return `รับเรื่องเมื่อ ${status.receivedOn.th}`;
    if (STAGES[index].status === 'CLOSED' && status.closedOn) return `ยุติเรื่องเมื่อ ${status.closedOn.th}`;
    if (index === current) return `ปรับปรุงล่าสุดเมื่อ ${status.updatedOn.th}`;
    return null;
  };
  return (
    <Timeline active={current} bulletSize={20} lineWidth={2} data-testid="track-steps" aria-label="ขั้นตอนของเรื่อง">
      {STAGES.map((stage, index) => (
        <Timeline.Item key={stage.status} title={stage.th} aria-current={index === current ? 'step' : undefined}>
          {index === current && <Text size="sm" fw={700}>สถานะปัจจุบัน</Text>}
          {dayOf(index) && <Text size="sm" c="dimmed">{dayOf(index)}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
