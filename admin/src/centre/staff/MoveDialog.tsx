import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { newCommandId } from '../../shared/command-id';
import { GeneralErrors } from '../../shared/form-errors';
import { LEVEL_TH } from '../../shared/labels';
import { unplaced } from '../form-fields';
import { OfficePicker } from './OfficePicker';
import { mayBeAdministrator, officeCodeFor } from './staff-labels';
import { CHANGE_STAFF_ACCOUNT_OFFICE, STAFF_OFFICE, type StaffAccountRow, type StaffLevel } from './staff.graphql';

interface MoveDialogProps {
  account: StaffAccountRow;
  /** A province account's own province: it moves accounts between its districts only. */
  province?: string;
  onClose(): void;
  onDone(message: string): void;
}

/** ย้าย: the account's new office and level, among those the signed-in account may move it to; it signs in again. */
export function MoveDialog({ account, province, onClose, onDone }: MoveDialogProps) {
  const [commandId] = useState(newCommandId);
  const [officeCode, setOfficeCode] = useState(account.officeCode);
  const [chosenLevel, setLevel] = useState<StaffLevel>(account.level);
  const [administrator, setAdministrator] = useState(account.administrator);
  const [{ data }] = useQuery({ query: STAFF_OFFICE, variables: { officeCode } });
  const levels = data?.staffOffice?.assignableLevels ?? [];
  const level = levels.includes(chosenLevel) ? chosenLevel : levels[0];
  const [{ fetching, error }, move] = useMutation(CHANGE_STAFF_ACCOUNT_OFFICE);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const name = `${account.title}${account.firstName} ${account.lastName}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!level) return;
    const answer = await move({ input: {
      commandId, accountId: account.id, level, officeCode: officeCodeFor(level, officeCode),
      administrator: mayBeAdministrator(level) ? administrator : null,
    } });
    const moved = answer.data?.changeStaffAccountOffice;
    if (moved) onDone(`ย้ายบัญชีของ ${name} ไปที่ ${data?.staffOffice?.nameTh ?? ''} (${LEVEL_TH[level]}) แล้ว`);
  }

  return (
    <Modal opened onClose={onClose} title="ย้ายหน่วยงาน" size="lg" closeButtonProps={{ 'aria-label': 'ปิด' }}>
      <form onSubmit={submit} noValidate aria-label="ย้ายหน่วยงาน">
        <Stack>
          <Text>{name} · {account.positionTh} · ปัจจุบันอยู่ที่ {account.officeNameTh}</Text>
          <GeneralErrors refusals={[...general, ...unplaced(byField, ['officeCode', 'level', 'administrator'])]} />
          <OfficePicker value={officeCode} province={province} onChange={setOfficeCode} error={byField.officeCode} />
          {data?.staffOffice && levels.length === 0 && (
            <Alert color="gray">ท่านย้ายบัญชีไปที่ {data.staffOffice.nameTh} ไม่ได้</Alert>
          )}
          {levels.length > 1 && (
            <NativeSelect label="ระดับสิทธิการใช้งาน" value={level} error={byField.level}
              data={levels.map((l) => ({ value: l, label: LEVEL_TH[l] }))} onChange={(e) => setLevel(e.currentTarget.value as StaffLevel)} />
          )}
          {level && mayBeAdministrator(level) && (
            <Checkbox label="ผู้ดูแลระบบ" checked={administrator} error={byField.administrator}
              onChange={(e) => setAdministrator(e.currentTarget.checked)} />
          )}
          <Text size="sm">เมื่อย้ายแล้ว การเข้าสู่ระบบที่เปิดอยู่ของบัญชีนี้จะสิ้นสุด เจ้าของบัญชีต้องเข้าสู่ระบบใหม่</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>ยกเลิก</Button>
            <Button type="submit" loading={fetching} disabled={!level}>ย้าย</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
