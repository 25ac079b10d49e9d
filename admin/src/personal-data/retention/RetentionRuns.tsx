import { Table, Text } from '@mantine/core';
import { instantText } from '../../shared/dates';
import { durationText, RULE_LABELS, startedByText, STATE_LABELS } from './retention-labels';
import type { RetentionRun } from './retention.graphql';

/** The past runs, newest first: when, by what, how long, and per rule how many erased and how many held. */
export function RetentionRuns({ runs }: { runs: RetentionRun[] }) {
  if (runs.length === 0) return <Text c="dimmed">ยังไม่เคยลบข้อมูลตามระยะเวลาเก็บรักษา</Text>;
  return (
    <Table striped withTableBorder fz="sm" data-testid="retention-runs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>เริ่มเมื่อ</Table.Th><Table.Th>สั่งโดย</Table.Th><Table.Th>ใช้เวลา</Table.Th><Table.Th>ผล</Table.Th><Table.Th>ลบแล้ว / ถูกระงับ / ยังไม่ได้เข้ารหัส</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run) => (
          <Table.Tr key={run.runId}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{instantText(run.startedAt)}</Table.Td>
            <Table.Td>{startedByText(run.startedBy)}</Table.Td>
            <Table.Td>{durationText(run.durationMs)}</Table.Td>
            <Table.Td>{STATE_LABELS[run.state]}{run.errorCode ? ` (${run.errorCode})` : ''}</Table.Td>
            <Table.Td>
              {run.counts.map((c) => <div key={c.rule}>{RULE_LABELS[c.rule].name}: ลบ {c.erased.toLocaleString('th-TH')} ระงับ {c.held.toLocaleString('th-TH')} ยังไม่ได้เข้ารหัส {c.unsealed.toLocaleString('th-TH')}</div>)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
