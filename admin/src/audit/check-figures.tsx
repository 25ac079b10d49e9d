import { Code, Stack, Text } from '@mantine/core';

export const number = (n: number) => n.toLocaleString('th-TH');

/** One count of a check (checked, matching, broken …) with its label above it. */
export function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} data-testid={testId}>{number(value)}</Text>
    </Stack>
  );
}

/** A SHA-256 in hexadecimal, wrapped to its cell; `missing` says why there is none. */
export function Digest({ value, missing = 'ไม่มี' }: { value: string | null; missing?: string }) {
  if (value === null) return <Text size="sm">{missing}</Text>;
  return <Code lang="en" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: 260, display: 'inline-block' }}>{value}</Code>;
}
