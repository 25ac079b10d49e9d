import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { newCommandId } from '../../shared/command-id';
import { GeneralErrors } from '../../shared/form-errors';
import { unplaced } from '../form-fields';
import { SUSPEND_STAFF_ACCOUNT, type StaffAccountRow } from './staff.graphql';

/** ระงับการใช้งาน with the reason: the account's sessions end at their next request. */
export function SuspendDialog({ account, onClose, onDone }: { account: StaffAccountRow; onClose(): void; onDone(message: string): void }) {
  const [commandId] = useState(newCommandId);
  const [reason, setReason] = useState('');
  const [{ fetching, error }, suspend] = useMutation(SUSPEND_STAFF_ACCOUNT);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const name = `${account.title}${account.firstName} ${account.lastName}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await suspend({ input: { commandId, accountId: account.id, reason } });
    if (answer.data?.suspendStaffAccount) onDone(`ระงับการใช้งานบัญชีของ ${name} แล้ว`);
  }

  return (
    <Modal opened onClose={onClose} title="ระงับการใช้งานบัญชี" closeButtonProps={{ 'aria-label': 'ปิด' }}>
      <form onSubmit={submit} noValidate aria-label="ระงับการใช้งานบัญชี">
        <Stack>
          <Text>{name} · {account.positionTh} · {account.officeNameTh}</Text>
          <Text size="sm">เมื่อระงับแล้ว บัญชีนี้จะเข้าสู่ระบบไม่ได้ และการเข้าสู่ระบบที่เปิดอยู่จะสิ้นสุดทันที</Text>
          <GeneralErrors refusals={[...general, ...unplaced(byField, ['reason'])]} />
          <Textarea label="เหตุผลที่ระงับ" required autosize minRows={2} value={reason} error={byField.reason}
            onChange={(e) => setReason(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>ยกเลิก</Button>
            <Button type="submit" color="red" loading={fetching}>ระงับการใช้งาน</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
