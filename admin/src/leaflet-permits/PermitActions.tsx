import { Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { newCommandId } from '../shared/command-id';
import { todayInBangkok, typedDayOf } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import {
  APPROVE_LEAFLET_PERMIT, CHECK_LEAFLET_PERMIT, ISSUE_LEAFLET_PERMIT, type LeafletPermit, RECORD_LEAFLET_FEE_PAID, REFUSE_LEAFLET_PERMIT,
} from './leaflet-permits.graphql';

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** The next step the permit's status allows, as a form: check, decide, record the fee paid, issue. */
export function PermitActions({ permit, onDone }: { permit: LeafletPermit; onDone(notice: string): void }) {
  const [commandId, setCommandId] = useState(newCommandId);
  const done = (notice: string) => { setCommandId(newCommandId()); onDone(notice); };
  const base = { permitId: permit.permitId, commandId };
  switch (permit.status) {
    case 'REQUESTED': return <CheckForm base={base} onDone={done} />;
    case 'CHECKED': return <DecideForm base={base} onDone={done} />;
    case 'APPROVED': return <PayForm base={base} fee={permit.fee} onDone={done} />;
    case 'PAID': return <IssueForm base={base} onDone={done} />;
    default: return null;
  }
}

interface StepProps { base: { permitId: string; commandId: string }; onDone(notice: string): void }

function CheckForm({ base, onDone }: StepProps) {
  const [note, setNote] = useState('');
  const [{ fetching, error }, check] = useMutation(CHECK_LEAFLET_PERMIT);
  const { byField, general } = fieldMessages(refusalsOf(error));
  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await check({ input: { ...base, note: note || null } })).data) onDone('บันทึกการตรวจสอบคำขอแล้ว');
  }
  return (
    <Step title="ตรวจสอบคำขอ" label="ตรวจสอบคำขอ" onSubmit={submit} general={general}>
      <Textarea label="บันทึกการตรวจสอบ" description="ไม่บังคับ" value={note} error={byField.note} onChange={(e) => setNote(e.currentTarget.value)} />
      <Group justify="flex-end"><Button type="submit" loading={fetching}>ตรวจสอบแล้ว</Button></Group>
    </Step>
  );
}

function DecideForm({ base, onDone }: StepProps) {
  const [conditions, setConditions] = useState('');
  const [reasons, setReasons] = useState('');
  const [approveState, approve] = useMutation(APPROVE_LEAFLET_PERMIT);
  const [refuseState, refuse] = useMutation(REFUSE_LEAFLET_PERMIT);
  const refusals = [...refusalsOf(approveState.error), ...refusalsOf(refuseState.error)];
  const { byField, general } = fieldMessages(refusals);
  async function submitApproval(event: FormEvent) {
    event.preventDefault();
    if ((await approve({ input: { ...base, conditions: lines(conditions) } })).data) onDone('อนุญาตแล้ว');
  }
  async function submitRefusal() {
    if ((await refuse({ input: { ...base, reasons: lines(reasons) } })).data) onDone('บันทึกคำสั่งไม่อนุญาตแล้ว');
  }
  return (
    <Step title="พิจารณาคำขอ" label="พิจารณาคำขอ" onSubmit={submitApproval} general={general}>
      <Textarea label="เงื่อนไขการอนุญาต" description="บรรทัดละหนึ่งข้อ" autosize minRows={2} value={conditions} error={byField.conditions}
        onChange={(e) => setConditions(e.currentTarget.value)} />
      <Group justify="flex-end"><Button type="submit" loading={approveState.fetching}>อนุญาต</Button></Group>
      <Textarea label="เหตุผลที่ไม่อนุญาต" description="บรรทัดละหนึ่งข้อ" autosize minRows={2} value={reasons} error={byField.reasons}
        onChange={(e) => setReasons(e.currentTarget.value)} />
      <Group justify="flex-end"><Button color="red" variant="light" loading={refuseState.fetching} onClick={submitRefusal}>ไม่อนุญาต</Button></Group>
    </Step>
  );
}

function PayForm({ base, fee, onDone }: StepProps & { fee: string }) {
  const [amount, setAmount] = useState(fee);
  const [paidOn, setPaidOn] = useState(() => typedDayOf(todayInBangkok()));
  const [{ fetching, error }, pay] = useMutation(RECORD_LEAFLET_FEE_PAID);
  const { byField, general } = fieldMessages(refusalsOf(error));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await pay({ input: { ...base, amount, paidOn } });
    const paid = answer.data?.recordLeafletFeePaid;
    if (paid) onDone(`รับชำระค่าธรรมเนียมแล้ว ใบเสร็จรับเงินเลขที่ ${paid.permit.receiptNumber}`);
  }
  return (
    <Step title="รับชำระค่าธรรมเนียม" label="รับชำระค่าธรรมเนียม" onSubmit={submit} general={general}>
      <Group align="flex-start">
        <TextInput label="จำนวนเงิน (บาท)" inputMode="decimal" value={amount} error={byField.amount} onChange={(e) => setAmount(e.currentTarget.value)} />
        <TextInput label="วันที่ชำระ" description="วว/ดด/ปปปป พ.ศ." value={paidOn} error={byField.paidOn} onChange={(e) => setPaidOn(e.currentTarget.value)} />
      </Group>
      <Group justify="flex-end"><Button type="submit" loading={fetching}>บันทึกการชำระเงิน</Button></Group>
    </Step>
  );
}

function IssueForm({ base, onDone }: StepProps) {
  const [{ fetching, error }, issue] = useMutation(ISSUE_LEAFLET_PERMIT);
  const { general } = fieldMessages(refusalsOf(error));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const issued = (await issue({ input: base })).data?.issueLeafletPermit;
    if (issued) onDone(`ออกใบอนุญาตเลขที่ ${issued.permit.permitNumber} แล้ว`);
  }
  return (
    <Step title="ออกใบอนุญาต" label="ออกใบอนุญาต" onSubmit={submit} general={general}>
      <Group justify="flex-end"><Button type="submit" loading={fetching}>ออกใบอนุญาต</Button></Group>
    </Step>
  );
}

function Step({ title, label, onSubmit, general, children }: {
  title: string; label: string; onSubmit(event: FormEvent): void; general: ReturnType<typeof fieldMessages>['general']; children: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit} noValidate aria-label={label}>
        <Stack>
          <Title order={2} size="h4">{title}</Title>
          <GeneralErrors refusals={general} />
          {children}
        </Stack>
      </form>
    </Paper>
  );
}
