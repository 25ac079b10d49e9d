import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The case as it stands, read only: label and value pairs as a description list. */
export function CaseFacts({ facts }: { facts: [label: string, value: ReactNode][] }) {
  return (
    <Paper withBorder p="md" data-testid="case-facts">
      <SimpleGrid component="dl" m={0} cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {facts.map(([label, value]) => (
          <Stack key={label} gap={0}>
            <Text component="dt" size="sm" c="dimmed">{label}</Text>
            <Text component="dd" m={0}>{value ?? '—'}</Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
