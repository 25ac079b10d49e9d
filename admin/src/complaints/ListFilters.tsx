import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CHANNEL_TH, optionsOf, STATUS_TH } from './labels';

/** The list's filters as typed, kept in the page address. */
export interface ListFilter {
  status: string;
  channel: string;
  category: string;
  from: string;
  to: string;
  text: string;
  /** ไม่มีความคืบหน้าเกิน N วัน: whole days, Thai digits accepted. */
  stale: string;
  /** ผู้รับผิดชอบ: TAMBON_TEAM, AGENCY, UNASSIGNED or '' (anyone). */
  assignee: string;
  /** The subdistrict code of a tambon team (Thai digits accepted). */
  team: string;
}

const ASSIGNEE_TH = { TAMBON_TEAM: 'ชุดปฏิบัติการประจำตำบล (ชปต.)', AGENCY: 'หน่วยงาน', UNASSIGNED: 'ยังไม่มอบหมาย' };

export const FILTER_KEYS: (keyof ListFilter)[] = ['status', 'channel', 'category', 'from', 'to', 'text', 'stale', 'assignee', 'team'];

const filterText = (filter: ListFilter) => FILTER_KEYS.map((key) => filter[key]).join('\u0000');

interface Props {
  applied: ListFilter;
  categories: { code: string; nameTh: string }[];
  errors: Record<string, string>;
  onApply(filter: ListFilter): void;
}

/**
 * ตัวกรอง: status, channel, category, received between two days (Buddhist Era, Thai digits), words, days without progress,
 * and who it is assigned to (a tambon team by its subdistrict code, any agency, nobody yet).
 */
export function ListFilters({ applied, categories, errors, onApply }: Props) {
  const [draft, setDraft] = useState(applied);
  // The address changes when this form applies a filter and when the officer goes back or forward. Only the latter
  // replaces what is typed: the router commits the address later, and what was typed meanwhile must stay.
  const [shown, setShown] = useState(filterText(applied));
  const [sent, setSent] = useState<string | null>(null);
  if (filterText(applied) !== shown) {
    setShown(filterText(applied));
    if (filterText(applied) !== sent) setDraft(applied);
  }
  const set = (key: keyof ListFilter) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: e.currentTarget.value });
  const send = (filter: ListFilter) => {
    setSent(filterText(filter));
    onApply(filter);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(draft);
  };
  const clear = () => {
    const empty = { status: '', channel: '', category: '', from: '', to: '', text: '', stale: '', assignee: '', team: '' };
    setDraft(empty);
    send(empty);
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} role="search" aria-label="ค้นหาเรื่องร้องเรียน">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect label="สถานะ" data={optionsOf(STATUS_TH, 'ทุกสถานะ')} value={draft.status} onChange={set('status')} />
        <NativeSelect label="ช่องทาง" data={optionsOf(CHANNEL_TH, 'ทุกช่องทาง')} value={draft.channel} onChange={set('channel')} />
        <NativeSelect label="ประเภทเรื่อง" value={draft.category} onChange={set('category')}
          data={[{ value: '', label: 'ทุกประเภท' }, ...categories.map((c) => ({ value: c.code, label: c.nameTh }))]} />
        <TextInput label="รับเรื่องตั้งแต่วันที่" placeholder="วว/ดด/ปปปป" value={draft.from} onChange={set('from')} error={errors['filter.receivedFrom']} />
        <TextInput label="ถึงวันที่" placeholder="วว/ดด/ปปปป" value={draft.to} onChange={set('to')} error={errors['filter.receivedTo']} />
        <TextInput label="คำค้น (เรื่องหรือผู้ถูกร้องเรียน)" value={draft.text} onChange={set('text')} error={errors['filter.text']} />
        <TextInput label="ไม่มีความคืบหน้าเกิน (วัน)" description="เฉพาะเรื่องที่ยังไม่แล้วเสร็จ" inputMode="numeric" value={draft.stale}
          onChange={set('stale')} error={errors['filter.staleForDays']} />
        <NativeSelect label="ผู้รับผิดชอบ" data={optionsOf(ASSIGNEE_TH, 'ทั้งหมด')} value={draft.assignee} onChange={set('assignee')}
          error={errors['filter.assigneeKind']} />
        <TextInput label="รหัสตำบลของ ชปต." description="6 หลัก เช่น ๗๐๐๑๐๑" inputMode="numeric" value={draft.team}
          onChange={set('team')} error={errors['filter.assigneeSubdistrictCode']} />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">ค้นหา</Button>
        <Button variant="default" onClick={clear}>ล้างตัวกรอง</Button>
      </Group>
    </Paper>
  );
}
