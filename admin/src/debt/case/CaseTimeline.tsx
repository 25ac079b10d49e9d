import { Alert, Box, Paper, Text, Title } from '@mantine/core';
import { instantText } from '../../shared/dates';
import type { HistoryEntry } from './case.graphql';

/** Changes shown open up to this many; a registration's many values fold away under their summary. */
const OPEN_CHANGES = 6;

function actorText({ actedBy }: HistoryEntry): string {
  if (actedBy.kind !== 'STAFF') return actedBy.systemTh ?? 'ระบบ';
  return [`${actedBy.title ?? ''}${actedBy.firstName ?? ''} ${actedBy.lastName ?? ''}`.trim(), actedBy.positionTh].filter(Boolean).join(' ');
}

function Changes({ entry }: { entry: HistoryEntry }) {
  if (entry.changes.length === 0) return null;
  const list = (
    <Box component="ul" my={4} pl="lg" fz="sm">
      {entry.changes.map((c, i) => (
        <li key={`${c.field}-${i}`}>
          {c.labelTh}: {c.beforeTh !== null && c.beforeTh !== undefined ? <>{c.beforeTh} → </> : null}{c.afterTh ?? '—'}
        </li>
      ))}
    </Box>
  );
  if (entry.changes.length <= OPEN_CHANGES) return list;
  return (
    <details>
      <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>รายละเอียด {entry.changes.length} รายการ</summary>
      {list}
    </details>
  );
}

/** The case's history, oldest first: what was done, when (Bangkok, Buddhist Era), by whom, for which office, what changed. */
export function CaseTimeline({ entries, failed }: { entries: HistoryEntry[] | undefined; failed: boolean }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-timeline-title">
      <Title order={2} size="h4" id="case-timeline-title" mb="sm">ประวัติการดำเนินการ</Title>
      {failed && <Alert color="red">อ่านประวัติของเรื่องไม่ได้</Alert>}
      <Box component="ol" data-testid="case-timeline" m={0} p={0} style={{ listStyle: 'none' }}>
        {(entries ?? []).map((entry) => (
          <Box component="li" key={entry.eventId} data-testid="timeline-entry" py="xs"
            style={{ borderLeft: '3px solid var(--mantine-color-indigo-7)', paddingLeft: 'var(--mantine-spacing-sm)', marginBottom: 8 }}>
            <Text fw={600}>{entry.typeLabelTh}</Text>
            <Text size="sm"><time dateTime={entry.recordedAt}>{instantText(entry.recordedAt)}</time></Text>
            <Text size="sm">โดย {actorText(entry)}{entry.actedBy.office ? ` · ${entry.actedBy.office.nameTh}` : ''}</Text>
            <Changes entry={entry} />
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
