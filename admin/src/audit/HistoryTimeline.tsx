import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { instantText } from '../shared/dates';
import { actorName, actorRole } from './actor-text';
import type { HistoryEntry } from './audit.graphql';

/** An entry; a timeline's entries carry the command and correlation ids too. */
type Entry = HistoryEntry & { commandId?: string; correlationId?: string };

/**
 * Every recorded event of a case, oldest first: what happened, who (name, position, office as they were then),
 * when (Bangkok, Buddhist Era), the command and correlation ids where given, and each field it changed or
 * recorded, before and after.
 */
export function HistoryTimeline({ entries }: { entries: Entry[] }) {
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="audit-history" aria-label="ประวัติของเรื่อง">
      {entries.map((entry) => (
        <Paper key={entry.version} component="li" withBorder p="md" data-testid="history-entry">
          <Title order={3} size="h5">{entry.version}. {entry.typeLabelTh}</Title>
          <Text size="sm">
            <time dateTime={entry.recordedAt}>{instantText(entry.recordedAt)}</time>
            {' · '}{actorName(entry.actedBy)}{actorRole(entry.actedBy) && ` · ${actorRole(entry.actedBy)}`}
          </Text>
          {entry.commandId && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }} data-testid="entry-ids">
              คำสั่ง {entry.commandId} · correlation {entry.correlationId}
            </Text>
          )}
          {entry.changes.length > 0 && <Changes changes={entry.changes} />}
        </Paper>
      ))}
    </Stack>
  );
}

function Changes({ changes }: { changes: HistoryEntry['changes'] }) {
  return (
    <Table mt="xs" striped withTableBorder fz="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr><Table.Th w="34%">ข้อมูล</Table.Th><Table.Th>ก่อน</Table.Th><Table.Th>หลัง</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Td>{change.labelTh}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>{change.beforeTh ?? '—'}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>{change.afterTh ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
