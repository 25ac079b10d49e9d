import { List, Paper, Text, Timeline, Title } from '@mantine/core';
import { instantText } from '../shared/dates';
import type { HistoryEntry } from './complaints.graphql';

/** Who recorded an entry: name, position and office as they stood then, or the system. */
const whoText = ({ actedBy: who }: HistoryEntry) => (who.kind !== 'STAFF'
  ? who.systemTh ?? 'ระบบ'
  : `${who.title ?? ''}${who.firstName ?? ''} ${who.lastName ?? ''} (${who.positionTh ?? ''}) ${who.office?.nameTh ?? ''}`.replace(/\s+/g, ' ').trim());

const valueText = (text: string | null, raw: string | null) => text ?? raw ?? '—';

/** The complaint's history, oldest first: each event with who, which office, when (Buddhist Era, Bangkok) and what changed. */
export function ComplaintTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="md">ประวัติการดำเนินการ</Title>
      <Timeline bulletSize={14} lineWidth={2} active={entries.length} data-testid="complaint-timeline">
        {entries.map((entry) => (
          <Timeline.Item key={entry.version} title={<Text fw={600} component="h3" size="md">{entry.typeLabelTh}</Text>} data-testid="timeline-entry">
            <Text size="sm">โดย {whoText(entry)}</Text>
            <Text size="sm" c="dimmed">{instantText(entry.at)}</Text>
            <List size="sm" mt={4} spacing={2}>
              {entry.changes.map((change) => (
                <List.Item key={change.field}>
                  {change.labelTh}: {change.before !== null ? `${valueText(change.beforeTh, change.before)} → ` : ''}{valueText(change.afterTh, change.after)}
                </List.Item>
              ))}
            </List>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
