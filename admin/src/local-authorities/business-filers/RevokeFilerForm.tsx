import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { GeneralErrors } from '../../shared/form-errors';
import { REVOKE_BUSINESS_FILER } from './business-filers.graphql';

/** Revoking one authorisation: a reason first, then the confirmation. */
export function RevokeFilerForm({ businessNo, filerNo, onRevoked }: { businessNo: number; filerNo: number; onRevoked(): void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [{ fetching, error }, revoke] = useMutation(REVOKE_BUSINESS_FILER);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await revoke({ input: { businessNo, filerNo, reason } }, { additionalTypenames: ['Business'] });
    if (answer.data?.revokeBusinessFiler) onRevoked();
  }

  if (!open) return <Button size="xs" variant="outline" color="red.9" onClick={() => setOpen(true)}>ยกเลิกสิทธิ์</Button>;
  return (
    <form onSubmit={submit} noValidate aria-label={`ยกเลิกสิทธิ์ลำดับที่ ${filerNo}`}>
      <GeneralErrors refusals={general} />
      <Group align="flex-end" gap="xs">
        <TextInput size="xs" label="เหตุที่ยกเลิก" value={reason} error={byField.reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Button size="xs" color="red.9" type="submit" loading={fetching}>ยืนยันยกเลิก</Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>ไม่ยกเลิก</Button>
      </Group>
    </form>
  );
}
