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
}

export const FILTER_KEYS: (keyof ListFilter)[] = ['status', 'channel', 'category', 'from', 'to', 'text', 'stale'];

interface Props {
  applied: ListFilter;
  categories: { code: string; nameTh: string }[];
  errors: Record<string, string>;
  onApply(filter: ListFilter): void;
}

/** ตัวกรอง: status, channel, category, received between two days (Buddhist Era, Thai digits), words, days without progress. */
export function ListFilters({ applied, categories, errors, onApply }: Props) {
  const [draft, setDraft] = useState(applied);
  const set = (key: keyof ListFilter) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: e.currentTarget.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    const empty = { status: '', channel: '', category: '', from: '', to: '', text: '', stale: '' };
    setDraft(empty);
    onApply(empty);
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
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">ค้นหา</Button>
        <Button variant="default" onClick={clear}>ล้างตัวกรอง</Button>
      </Group>
    </Paper>
  );
}
