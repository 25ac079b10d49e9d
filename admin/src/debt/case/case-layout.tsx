import { Paper, Table, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled part of the case page. */
export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h4" id={id} mb="sm">{title}</Title>
      {children}
    </Paper>
  );
}

/** Label and value pairs as a description list, two columns. */
export function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, max-content) 1fr', gap: '0.25rem 1rem', margin: 0 }}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt style={{ color: 'var(--mantine-color-dimmed)' }}>{label}</dt>
          <dd style={{ margin: 0 }}>{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A table with a caption for screen readers, its header and its rows of cells. */
export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder fz="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead><Table.Tr>{head.map((h) => <Table.Th key={h}>{h}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {rows.map((cells, i) => <Table.Tr key={i}>{cells.map((cell, j) => <Table.Td key={j}>{cell ?? '—'}</Table.Td>)}</Table.Tr>)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
