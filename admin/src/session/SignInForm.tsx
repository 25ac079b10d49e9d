import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { toArabicDigits } from '../shared/thai-digits';
import { markSignedIn } from './session-context';
import { SIGN_IN } from './session.graphql';

const NO_SESSION_CHECK = { sessionCheck: false };

/** Citizen id (Thai or Arabic digits) and password; calls `onSignedIn` with whether the password must change. */
export function SignInForm({ onSignedIn }: { onSignedIn(mustChangePassword: boolean): void | Promise<void> }) {
  const [citizenId, setCitizenId] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, signIn] = useMutation(SIGN_IN);
  const refusals = refusalsOf(error);
  const { byField } = fieldMessages(refusals);
  // Here an ACCOUNT_SUSPENDED answer is the sign-in's own refusal, not a session ending: it is shown like the others.
  const general = refusals.filter((r) => !r.field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await signIn({ input: { citizenId: toArabicDigits(citizenId).replace(/[\s-]/g, ''), password } }, NO_SESSION_CHECK);
    if (answer.data?.signIn) markSignedIn();
    if (answer.data?.signIn) await onSignedIn(answer.data.signIn.mustChangePassword);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="เข้าสู่ระบบ">
      <Stack>
        <GeneralErrors refusals={general} title="เข้าสู่ระบบไม่สำเร็จ" />
        <TextInput
          label="เลขประจำตัวประชาชน" name="citizenId" autoComplete="username" inputMode="numeric" required
          value={citizenId} onChange={(e) => setCitizenId(e.currentTarget.value)} error={byField.citizenId}
        />
        <PasswordInput
          label="รหัสผ่าน" name="password" autoComplete="current-password" required
          value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={byField.password}
        />
        <Button type="submit" loading={fetching}>เข้าสู่ระบบ</Button>
      </Stack>
    </form>
  );
}
