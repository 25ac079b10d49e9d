import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { GeneralErrors } from '../../shared/form-errors';
import { unplaced } from '../form-fields';
import { REMOVE_HOLIDAY, type Holiday } from './holidays.graphql';

/** Makes a government holiday a working day again, once confirmed. */
export function RemoveHolidayDialog({ holiday, onClose, onRemoved }: { holiday: Holiday; onClose(): void; onRemoved(holiday: Holiday): void }) {
  const [{ fetching, error }, remove] = useMutation(REMOVE_HOLIDAY);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function confirm() {
    const answer = await remove({ input: { date: holiday.date } });
    if (answer.data?.removeHoliday) onRemoved(answer.data.removeHoliday);
  }

  return (
    <Modal opened onClose={onClose} title="นำวันหยุดราชการออก" closeButtonProps={{ 'aria-label': 'ปิด' }}>
      <Stack>
        <Text>{holiday.dateTh} {holiday.nameTh} จะกลับเป็นวันทำการ (นับเป็นวันทำงานในการคำนวณกำหนดเวลาและรายงาน)</Text>
        <GeneralErrors refusals={[...general, ...unplaced(byField, [])]} title="นำออกไม่สำเร็จ" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>ยกเลิก</Button>
          <Button color="red" loading={fetching} onClick={() => void confirm()}>นำออก</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
