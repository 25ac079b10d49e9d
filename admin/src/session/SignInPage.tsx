import { Alert, Center, Paper, Text, Title } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from './session-context';
import { SignInForm } from './SignInForm';

/** The first page of everyone but citizens: back to where they were going once signed in. */
export function SignInPage() {
  const { refresh, endedBeforeLoad } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  return (
    <Center mih="100vh" bg="gray.1" component="main">
      <Paper shadow="sm" p="xl" w={420} radius="md">
        <Title order={1} size="h2">ระบบดำรง</Title>
        <Text c="dimmed" mb="lg">งานหนี้นอกระบบและเรื่องร้องเรียน ที่ทำการปกครองอำเภอและศูนย์ดำรงธรรม</Text>
        {endedBeforeLoad && <Alert color="yellow" mb="md" role="alert" data-testid="session-ended">{endedBeforeLoad}</Alert>}
        <SignInForm onSignedIn={async (mustChange) => { await refresh(); navigate(mustChange ? '/change-password' : from, { replace: true }); }} />
      </Paper>
    </Center>
  );
}
