import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { readFragment } from '../../graphql';
import { newCommandId } from '../../shared/command-id';
import { parseTypedDay } from '../../shared/dates';
import { GeneralErrors } from '../../shared/form-errors';
import { LEVEL_TH } from '../../shared/labels';
import { toArabicDigits } from '../../shared/thai-digits';
import { OneTimePassword } from './OneTimePassword';
import { mayBeAdministrator, officeCodeFor, positionLabel, positionsAt } from './staff-labels';
import { CREATE_STAFF_ACCOUNT, STAFF_ACCOUNT_FIELDS, type StaffAccountRow, type StaffLevel, type StaffPosition } from './staff.graphql';
import { typedDigits, unplaced } from '../form-fields';

interface Office { officeCode: string; nameTh: string; registrableLevels: StaffLevel[] }

const PLACED = ['citizenId', 'title', 'firstName', 'lastName', 'position', 'level', 'administrator', 'officePhone', 'mobilePhone', 'assignedOn'];

/** แบบลงทะเบียนใช้งาน for an account of this office; once made, its one-time password to hand over. */
export function CreateAccountDialog({ office, onClose }: { office: Office; onClose(): void }) {
  const [commandId] = useState(newCommandId);
  const [form, setForm] = useState({
    citizenId: '', title: '', firstName: '', lastName: '', position: positionsAt(office.registrableLevels[0])[0],
    level: office.registrableLevels[0], administrator: false, officePhone: '', mobilePhone: '', assignedOn: '',
  });
  const [issued, setIssued] = useState<{ account: StaffAccountRow; password: string | null } | null>(null);
  const [{ fetching, error }, create] = useMutation(CREATE_STAFF_ACCOUNT);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const set = <K extends keyof typeof form>(key: K) => (value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: 'citizenId' | 'title' | 'firstName' | 'lastName' | 'officePhone' | 'mobilePhone' | 'assignedOn') =>
    ({ value: form[key], error: byField[key], onChange: (e: { currentTarget: { value: string } }) => set(key)(e.currentTarget.value) });
  const positions = positionsAt(form.level);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const assignedOn = form.assignedOn.trim();
    const answer = await create({ input: {
      commandId, citizenId: typedDigits(form.citizenId), title: form.title, firstName: form.firstName, lastName: form.lastName,
      position: form.position, level: form.level, officeCode: officeCodeFor(form.level, office.officeCode),
      administrator: mayBeAdministrator(form.level) ? form.administrator : null,
      officePhone: toArabicDigits(form.officePhone), mobilePhone: form.mobilePhone.trim() ? toArabicDigits(form.mobilePhone) : null,
      assignedOn: assignedOn ? (parseTypedDay(assignedOn) ?? toArabicDigits(assignedOn)) : null,
    } });
    const made = answer.data?.createStaffAccount;
    if (made) setIssued({ account: readFragment(STAFF_ACCOUNT_FIELDS, made.account), password: made.oneTimePassword ?? null });
  }

  return (
    <Modal opened onClose={onClose} title={`สร้างบัญชีผู้ใช้งาน ${office.nameTh}`} size="xl" closeButtonProps={{ 'aria-label': 'ปิด' }}>
      {issued ? (
        <Stack>
          <Text>สร้างบัญชีของ {issued.account.title}{issued.account.firstName} {issued.account.lastName} ({issued.account.positionTh}) แล้ว</Text>
          <OneTimePassword holder={issued.account} password={issued.password} />
          <Group justify="flex-end"><Button onClick={onClose}>เสร็จสิ้น</Button></Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label="แบบลงทะเบียนใช้งาน">
          <Stack>
            <GeneralErrors refusals={[...general, ...unplaced(byField, PLACED)]} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="เลขประจำตัวประชาชน" required inputMode="numeric" description="13 หลัก เลขไทยหรือเลขอารบิก" {...text('citizenId')} />
              <TextInput label="คำนำหน้านาม" required {...text('title')} />
              <TextInput label="ชื่อ" required {...text('firstName')} />
              <TextInput label="นามสกุล" required {...text('lastName')} />
              {office.registrableLevels.length > 1 && (
                <NativeSelect label="ระดับสิทธิการใช้งาน" value={form.level} error={byField.level}
                  data={office.registrableLevels.map((level) => ({ value: level, label: LEVEL_TH[level] }))}
                  onChange={(e) => {
                    const level = e.currentTarget.value as StaffLevel;
                    setForm((f) => ({ ...f, level, position: positionsAt(level).includes(f.position) ? f.position : positionsAt(level)[0] }));
                  }} />
              )}
              <NativeSelect label="ตำแหน่ง" required value={form.position} error={byField.position}
                data={positions.map((p) => ({ value: p, label: positionLabel(p, form.level) }))}
                onChange={(e) => set('position')(e.currentTarget.value as StaffPosition)} />
              <TextInput label="โทรศัพท์สำนักงาน" required inputMode="tel" {...text('officePhone')} />
              <TextInput label="โทรศัพท์มือถือ" inputMode="tel" {...text('mobilePhone')} />
              <TextInput label="วันที่ได้รับมอบหมาย" description="วว/ดด/ปปปป (พ.ศ. หรือ ค.ศ.) เว้นว่างไว้คือวันนี้" {...text('assignedOn')} />
            </SimpleGrid>
            {mayBeAdministrator(form.level) && (
              <Checkbox label="ผู้ดูแลระบบ (สร้างและจัดการบัญชีของระดับถัดลงไป)" checked={form.administrator} error={byField.administrator}
                onChange={(e) => set('administrator')(e.currentTarget.checked)} />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>ยกเลิก</Button>
              <Button type="submit" loading={fetching}>สร้างบัญชี</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
