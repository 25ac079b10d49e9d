import { SimpleGrid, TextInput } from '@mantine/core';
import type { LevyKind } from './levies.graphql';

export const blankFigures = { roomRent: '', petrol: '', diesel: '', lpg: '', ngv: '', cigarettes: '' };
export type FiguresText = typeof blankFigures;
type Key = keyof FiguresText;

const FIELDS: Record<LevyKind, [Key, string, string][]> = {
  HOTEL: [['roomRent', 'ค่าเช่าห้องพักที่ได้รับ (บาท)', 'ทั้งเดือน ทศนิยมไม่เกิน 2 ตำแหน่ง']],
  FUEL: [
    ['petrol', 'น้ำมันเบนซินที่จำหน่าย (ลิตร)', 'เว้นว่างถ้าไม่มี'], ['diesel', 'น้ำมันดีเซลที่จำหน่าย (ลิตร)', 'เว้นว่างถ้าไม่มี'],
    ['lpg', 'ก๊าซ LPG ที่จำหน่าย (กิโลกรัม)', 'เว้นว่างถ้าไม่มี'], ['ngv', 'ก๊าซ NGV ที่จำหน่าย (กิโลกรัม)', 'เว้นว่างถ้าไม่มี'],
  ],
  TOBACCO: [['cigarettes', 'บุหรี่และซิการ์ที่จำหน่าย (มวน)', 'ทั้งเดือน']],
};
const FIELD_OF: Record<Key, string> = {
  roomRent: 'figures.roomRent', cigarettes: 'figures.cigarettes', petrol: 'figures.fuel.petrol', diesel: 'figures.fuel.diesel',
  lpg: 'figures.fuel.lpg', ngv: 'figures.fuel.ngv',
};
const orNull = (text: string) => (text.trim() === '' ? null : text);

/** The figures input of a levy: only its own figures, as typed (Thai digits accepted). */
export function figuresInput(kind: LevyKind, f: FiguresText) {
  if (kind === 'HOTEL') return { roomRent: orNull(f.roomRent) };
  if (kind === 'TOBACCO') return { cigarettes: orNull(f.cigarettes) };
  return { fuel: { petrol: orNull(f.petrol), diesel: orNull(f.diesel), lpg: orNull(f.lpg), ngv: orNull(f.ngv) } };
}

/** The inputs of a levy's figures, each refusal beside its field. */
export function FiguresFields({ kind, value, onChange, errors }: {
  kind: LevyKind; value: FiguresText; onChange(next: FiguresText): void; errors: Record<string, string>;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {FIELDS[kind].map(([key, label, description]) => (
        <TextInput key={key} label={label} description={description} inputMode="decimal" value={value[key]}
          error={errors[FIELD_OF[key]] ?? (key === 'petrol' ? errors['figures.fuel'] : undefined)}
          onChange={(e) => onChange({ ...value, [key]: e.currentTarget.value })} />
      ))}
    </SimpleGrid>
  );
}
