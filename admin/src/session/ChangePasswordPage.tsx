import { Alert, Button, Center, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { useSession } from './session-context';
import { CHANGE_PASSWORD } from './session.graphql';

/** The one-time password replaced by one of the officer's own (12 characters or more). */
export function ChangePasswordPage() {
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [{ fetching, error }, change] = useMutation(CHANGE_PASSWORD);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMismatch(next !== again);
    if (next !== again) return;
    const answer = await change({ input: { currentPassword: current, newPassword: next } });
    if (answer.data?.changePassword) {
      await refresh();
      navigate('/', { replace: true });
    }
  }

  return (
    <Center mih="100vh" bg="gray.1" component="main">
      <Paper shadow="sm" p="xl" w={460} radius="md">
        <Title order={1} size="h2" mb="md">ตั้งรหัสผ่านของท่านเอง</Title>
        {me?.mustChangePassword && <Alert mb="md" color="blue">รหัสผ่านที่ได้รับเป็นรหัสผ่านใช้ครั้งเดียว กรุณาตั้งรหัสผ่านใหม่อย่างน้อย 12 ตัวอักษร</Alert>}
        <form onSubmit={submit} noValidate aria-label="เปลี่ยนรหัสผ่าน">
          <Stack>
            <GeneralErrors refusals={general} />
            <PasswordInput label="รหัสผ่านปัจจุบัน" name="currentPassword" autoComplete="current-password" required
              value={current} onChange={(e) => setCurrent(e.currentTarget.value)} error={byField.currentPassword} />
            <PasswordInput label="รหัสผ่านใหม่" name="newPassword" autoComplete="new-password" required
              value={next} onChange={(e) => setNext(e.currentTarget.value)} error={byField.newPassword} />
            <PasswordInput label="ยืนยันรหัสผ่านใหม่" name="confirmPassword" autoComplete="new-password" required
              value={again} onChange={(e) => setAgain(e.currentTarget.value)} error={mismatch ? 'รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน' : undefined} />
            <Button type="submit" loading={fetching}>บันทึกรหัสผ่าน</Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
