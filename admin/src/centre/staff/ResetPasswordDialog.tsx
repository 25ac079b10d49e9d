import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { GeneralErrors } from '../../shared/form-errors';
import { unplaced } from '../form-fields';
import { OneTimePassword } from './OneTimePassword';
import { RESET_STAFF_ACCOUNT_PASSWORD, type StaffAccountRow } from './staff.graphql';

/** A new one-time password for an account whose holder lost theirs; every session of the account ends. */
export function ResetPasswordDialog({ account, onClose }: { account: StaffAccountRow; onClose(): void }) {
  const [{ data, fetching, error }, reset] = useMutation(RESET_STAFF_ACCOUNT_PASSWORD);
  const issued = data?.resetStaffAccountPassword;
  const { byField, general } = fieldMessages(refusalsOf(error));
  const name = `${account.title}${account.firstName} ${account.lastName}`;
  return (
    <Modal opened onClose={onClose} title="ตั้งรหัสผ่านใหม่" size="lg" closeButtonProps={{ 'aria-label': 'ปิด' }}>
      {issued ? (
        <Stack>
          <OneTimePassword holder={account} password={issued.oneTimePassword ?? null} />
          <Group justify="flex-end"><Button onClick={onClose}>เสร็จสิ้น</Button></Group>
        </Stack>
      ) : (
        <Stack>
          <Text>{name} · {account.positionTh} · {account.officeNameTh}</Text>
          <Text size="sm">ระบบจะออกรหัสผ่านใช้ครั้งเดียวใหม่ รหัสผ่านเดิมจะใช้ไม่ได้อีก และการเข้าสู่ระบบทุกแห่งของบัญชีนี้จะสิ้นสุด</Text>
          <GeneralErrors refusals={[...general, ...unplaced(byField, [])]} title="ตั้งรหัสผ่านใหม่ไม่สำเร็จ" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>ยกเลิก</Button>
            <Button loading={fetching} onClick={() => void reset({ input: { accountId: account.id } })}>ออกรหัสผ่านใหม่</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
