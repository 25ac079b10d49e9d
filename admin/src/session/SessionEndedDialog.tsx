import { Alert, Modal } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useSession } from './session-context';
import { SignInForm } from './SignInForm';

/**
 * When a request finds the session over, the sign-in opens over the page: what was typed stays underneath,
 * and once signed in again the officer saves it as before.
 */
export function SessionEndedDialog() {
  const { ended, resumed } = useSession();
  const navigate = useNavigate();
  return (
    <Modal opened={ended !== null} onClose={() => undefined} withCloseButton={false} closeOnEscape={false} closeOnClickOutside={false} transitionProps={{ duration: 0 }}
      title="กรุณาเข้าสู่ระบบอีกครั้ง" centered>
      <Alert color="yellow" mb="md" role="alert" data-testid="session-ended">{ended}</Alert>
      <SignInForm onSignedIn={async (mustChange) => { await resumed(); if (mustChange) navigate('/change-password'); }} />
    </Modal>
  );
}
