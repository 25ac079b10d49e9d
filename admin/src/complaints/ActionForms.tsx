import { NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { ActionFormFrame, useComplaintCommand } from './ActionForm';
import { ASSIGN, CLOSE, FORWARD, MARK_DUPLICATE, RECORD_PROGRESS, REOPEN, RESOLVE, type ComplaintPageData } from './complaints.graphql';
import { ACTION_TH, CLOSE_REASON_TH, OFFICE_LEVEL_TH, optionsOf, type CloseReason, type OfficeLevel } from './labels';
import { noPlace, PlaceFields, placeOfOffice, type Place } from '../shared/PlaceFields';
import { ComplaintSummary } from './PossibleDuplicates';

/** One form per action on a complaint; each calls `done` once the service took it, `cancel` to close it. */
export interface ActionProps {
  complaint: ComplaintPageData;
  done(): void;
  cancel(): void;
}

/** Progress, result and reopening: one written text each. */
export function TextActionForm({ action, complaint, done, cancel }: ActionProps & { action: 'RECORD_PROGRESS' | 'RESOLVE' | 'REOPEN' }) {
  const [text, setText] = useState('');
  const id = complaint.complaintId;
  const progress = useComplaintCommand(RECORD_PROGRESS, id, ['note'], done);
  const resolve = useComplaintCommand(RESOLVE, id, ['result'], done);
  const reopen = useComplaintCommand(REOPEN, id, ['reason'], done);
  const [command, field, label] = {
    RECORD_PROGRESS: [progress, 'note', 'ความคืบหน้า'] as const,
    RESOLVE: [resolve, 'result', 'ผลการแก้ไข'] as const,
    REOPEN: [reopen, 'reason', 'เหตุที่เปิดเรื่องใหม่'] as const,
  }[action];
  const submit = () => (action === 'RECORD_PROGRESS' ? progress.send({ note: text })
    : action === 'RESOLVE' ? resolve.send({ result: text }) : reopen.send({ reason: text }));
  return (
    <ActionFormFrame title={ACTION_TH[action]} fetching={command.fetching} general={command.general} onSubmit={submit} onCancel={cancel}>
      <Textarea label={label} required autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} error={command.byField[field]} />
    </ActionFormFrame>
  );
}

const SUBDISTRICTS = graphql(`query TeamSubdistricts($district: String!) { subdistricts(districtCode: $district) { code nameTh } }`);

export function AssignForm({ complaint, done, cancel }: ActionProps) {
  const district = complaint.owningOffice.level === 'DISTRICT' ? complaint.owningOffice.code : null;
  const [kind, setKind] = useState<'TAMBON_TEAM' | 'AGENCY'>(district ? 'TAMBON_TEAM' : 'AGENCY');
  const [subdistrictCode, setSubdistrict] = useState('');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [subdistricts] = useQuery({ query: SUBDISTRICTS, variables: { district: district ?? '' }, pause: !district });
  const command = useComplaintCommand(ASSIGN, complaint.complaintId, ['assignee.kind', 'assignee.subdistrictCode', 'assignee.name', 'note'], done);
  const assignee = kind === 'TAMBON_TEAM' ? { kind, subdistrictCode } : { kind, name };
  return (
    <ActionFormFrame title={ACTION_TH.ASSIGN} {...command} onSubmit={() => command.send({ assignee, note: note || null })} onCancel={cancel}>
      <Radio.Group label="มอบหมายให้" value={kind} onChange={(v) => setKind(v as typeof kind)} error={command.byField['assignee.kind']}>
        <Stack gap="xs" mt={4}>
          {district && <Radio value="TAMBON_TEAM" label="ชุดปฏิบัติการประจำตำบล (ชปต.)" />}
          <Radio value="AGENCY" label="หน่วยงาน" />
        </Stack>
      </Radio.Group>
      {kind === 'TAMBON_TEAM' ? (
        <NativeSelect label="ชปต. ประจำตำบล/แขวง" required error={command.byField['assignee.subdistrictCode']}
          data={[{ value: '', label: '— เลือกตำบล/แขวง —' }, ...(subdistricts.data?.subdistricts ?? []).map((s) => ({ value: s.code, label: s.nameTh }))]}
          value={subdistrictCode} onChange={(e) => setSubdistrict(e.currentTarget.value)} />
      ) : (
        <TextInput label="ชื่อหน่วยงาน" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={command.byField['assignee.name']} />
      )}
      <Textarea label="บันทึกเพิ่มเติม" autosize value={note} onChange={(e) => setNote(e.currentTarget.value)} error={command.byField.note} />
    </ActionFormFrame>
  );
}

export function ForwardForm({ complaint, done, cancel }: ActionProps) {
  const owner = complaint.owningOffice;
  const [level, setLevel] = useState<OfficeLevel>(owner.level === 'DISTRICT' ? 'PROVINCE' : 'CENTRAL');
  // From a district, its own province first.
  const [place, setPlace] = useState<Place>(owner.level === 'DISTRICT' ? placeOfOffice(owner.code) : noPlace);
  const [note, setNote] = useState('');
  const command = useComplaintCommand(FORWARD, complaint.complaintId, ['to', 'to.level', 'to.code', 'note'], done);
  const code = level === 'CENTRAL' ? 'CENTRAL' : level === 'PROVINCE' ? place.province : place.district;
  const codeError = command.byField['to.code'] ?? command.byField.to;
  return (
    <ActionFormFrame title={ACTION_TH.FORWARD} {...command} onSubmit={() => command.send({ to: { level, code }, note: note || null })} onCancel={cancel}>
      <NativeSelect label="ส่งต่อไปยัง" data={optionsOf(OFFICE_LEVEL_TH)} value={level} error={command.byField['to.level']}
        onChange={(e) => setLevel(e.currentTarget.value as OfficeLevel)} />
      {level !== 'CENTRAL' && (
        <PlaceFields value={place} onChange={setPlace} depth={level === 'PROVINCE' ? 'province' : 'district'} required
          errors={level === 'PROVINCE' ? { province: codeError } : { district: codeError }} />
      )}
      {level === 'CENTRAL' && codeError && <TextInput label="หน่วยงาน" value="ศูนย์ดำรงธรรมส่วนกลาง" readOnly error={codeError} />}
      <Textarea label="บันทึกเพิ่มเติม" autosize value={note} onChange={(e) => setNote(e.currentTarget.value)} error={command.byField.note} />
    </ActionFormFrame>
  );
}

export function CloseForm({ complaint, done, cancel }: ActionProps) {
  const reasons = complaint.allowedCloseReasons as CloseReason[];
  const [reason, setReason] = useState<CloseReason>(reasons[0]);
  const [note, setNote] = useState('');
  const command = useComplaintCommand(CLOSE, complaint.complaintId, ['reason', 'note'], done);
  return (
    <ActionFormFrame title={ACTION_TH.CLOSE} {...command} onSubmit={() => command.send({ reason, note: note || null })} onCancel={cancel}>
      <NativeSelect label="เหตุที่ยุติเรื่อง" data={reasons.map((r) => ({ value: r, label: CLOSE_REASON_TH[r] }))} value={reason}
        onChange={(e) => setReason(e.currentTarget.value as CloseReason)} error={command.byField.reason} />
      <Textarea label="บันทึกเพิ่มเติม" required={reason === 'UNRESOLVABLE'} autosize value={note}
        onChange={(e) => setNote(e.currentTarget.value)} error={command.byField.note} />
    </ActionFormFrame>
  );
}

export function MarkDuplicateForm({ complaint, done, cancel }: ActionProps) {
  const inArea = complaint.possibleDuplicates.flatMap((d) => (d.complaintId ? [d.complaintId] : []));
  const [duplicateOf, setDuplicateOf] = useState(inArea[0] ?? '');
  const command = useComplaintCommand(MARK_DUPLICATE, complaint.complaintId, ['duplicateOf'], done);
  return (
    <ActionFormFrame title={ACTION_TH.MARK_DUPLICATE} {...command} onSubmit={() => command.send({ duplicateOf: duplicateOf.trim() })} onCancel={cancel}>
      {inArea.length > 0 && (
        <Radio.Group label="เรื่องที่อาจซ้ำ (พบเมื่อรับเรื่อง)" value={duplicateOf} onChange={setDuplicateOf}>
          <Stack gap="xs" mt={4}>
            {inArea.map((id) => <Radio key={id} value={id} label={<ComplaintSummary id={id} plain />} />)}
          </Stack>
        </Radio.Group>
      )}
      <TextInput label="เลขที่เรื่องที่ซ้ำ" description="เลือกจากรายการข้างบน หรือวางเลขที่เรื่องจากที่อยู่ของหน้าเรื่องนั้น" required
        value={duplicateOf} onChange={(e) => setDuplicateOf(e.currentTarget.value)} error={command.byField.duplicateOf} />
    </ActionFormFrame>
  );
}
