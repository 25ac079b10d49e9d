import { Paper, Stack, Text, Title } from '@mantine/core';
import { useAccount } from '../session/session-context';
import { LEVEL_TH } from '../shared/labels';

/** The home page of a level no slice gives one: who the officer is. */
export function WelcomeHome() {
  const account = useAccount();
  return (
    <Stack>
      <Title order={1} size="h2">หน้าหลัก</Title>
      <Paper withBorder p="md">
        <Text>{account.title}{account.firstName} {account.lastName}</Text>
        <Text c="dimmed">{account.positionTh} · {account.officeNameTh} · {LEVEL_TH[account.level]}</Text>
      </Paper>
    </Stack>
  );
}
