import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { parseTypedDay } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { toArabicDigits } from '../shared/thai-digits';
import { type AuthorityTerms, ENACT_AUTHORITY_TERMS, type LocalAuthority } from './local-authorities.graphql';

const blank = {
  effectiveFrom: '', ordinance: '', hotelFeePercent: '', petrol: '', diesel: '', lpg: '', ngv: '', tobaccoRate: '',
  leafletPermitFee: '', leafletDecisionDays: '', filingDeadlineDay: '', surchargePercentPerMonth: '', surchargeCapPercent: '',
};
type Key = keyof typeof blank;
const PAO_FIELDS: [Key, string, string][] = [
  ['hotelFeePercent', 'ค่าธรรมเนียมผู้พักในโรงแรม (ร้อยละ)', 'ไม่เกินร้อยละ 3 เว้นว่างถ้าไม่จัดเก็บ'],
  ['petrol', 'น้ำมันเบนซิน (สตางค์/ลิตร)', 'ไม่เกิน 10'],
  ['diesel', 'น้ำมันดีเซล (สตางค์/ลิตร)', 'ไม่เกิน 10'],
  ['lpg', 'ก๊าซ LPG (สตางค์/กิโลกรัม)', 'ไม่เกิน 10'],
  ['ngv', 'ก๊าซ NGV (สตางค์/กิโลกรัม)', 'ไม่เกิน 10'],
  ['tobaccoRate', 'ยาสูบ (สตางค์/มวน)', 'ไม่เกิน 10'],
];
const LEAFLET_FIELDS: [Key, string, string][] = [
  ['leafletPermitFee', 'ค่าธรรมเนียมใบอนุญาตโฆษณาด้วยแผ่นประกาศ (บาท)', 'ต่อใบอนุญาต'],
  ['leafletDecisionDays', 'ระยะเวลาพิจารณาใบอนุญาต (วัน)', 'ตามคู่มือสำหรับประชาชน'],
];
const COMMON_FIELDS: [Key, string, string][] = [
  ['filingDeadlineDay', 'กำหนดยื่นแบบ (วันที่ของเดือนถัดไป)', '1–28'],
  ['surchargePercentPerMonth', 'เงินเพิ่ม (ร้อยละต่อเดือนหรือเศษของเดือน)', 'ของจำนวนที่ต้องชำระ'],
  ['surchargeCapPercent', 'เงินเพิ่มสูงสุด (ร้อยละ)', 'ไม่เกินร้อยละ 100'],
];
const FIELD_OF: Partial<Record<Key, string>> = { petrol: 'fuelRates.petrol', diesel: 'fuelRates.diesel', lpg: 'fuelRates.lpg', ngv: 'fuelRates.ngv' };
const blankToNull = (text: string) => (text.trim() === '' ? null : text);

/** Enacts a new version of an authority's terms from a day on; numbers typed in Thai or Arabic digits. */
export function EnactTermsForm({ authority, onEnacted }: { authority: LocalAuthority; onEnacted(terms: AuthorityTerms): void }) {
  const pao = authority.kind === 'PAO';
  const [form, setForm] = useState(blank);
  const [{ fetching, error }, enact] = useMutation(ENACT_AUTHORITY_TERMS);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const f = form;
    const answer = await enact({ input: {
      authorityCode: authority.code, effectiveFrom: parseTypedDay(f.effectiveFrom) ?? toArabicDigits(f.effectiveFrom).trim(), ordinance: f.ordinance,
      hotelFeePercent: blankToNull(f.hotelFeePercent), tobaccoRate: blankToNull(f.tobaccoRate),
      fuelRates: { petrol: blankToNull(f.petrol), diesel: blankToNull(f.diesel), lpg: blankToNull(f.lpg), ngv: blankToNull(f.ngv) },
      leafletPermitFee: blankToNull(f.leafletPermitFee), leafletDecisionDays: blankToNull(f.leafletDecisionDays),
      filingDeadlineDay: f.filingDeadlineDay, surchargePercentPerMonth: f.surchargePercentPerMonth, surchargeCapPercent: f.surchargeCapPercent,
    } });
    if (!answer.data?.enactAuthorityTerms) return;
    setForm(blank);
    onEnacted(answer.data.enactAuthorityTerms);
  }

  const input = ([key, label, description]: [Key, string, string]) => (
    <TextInput key={key} label={label} description={description} inputMode={key === 'ordinance' || key === 'effectiveFrom' ? undefined : 'decimal'} value={form[key]} error={byField[FIELD_OF[key] ?? key]}
      onChange={(e) => { const { value } = e.currentTarget; setForm((s) => ({ ...s, [key]: value })); }} />
  );

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="ตราข้อบัญญัติ">
        <Stack>
          <Title order={2} size="h4">ตราข้อบัญญัติฉบับใหม่</Title>
          <GeneralErrors refusals={general} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {input(['effectiveFrom', 'มีผลตั้งแต่วันที่', 'วว/ดด/ปปปป พ.ศ. หลังวันที่ฉบับล่าสุดมีผล'])}
            {input(['ordinance', 'ชื่อข้อบัญญัติ', 'เช่น ข้อบัญญัติ อบจ. เรื่อง ... พ.ศ. 2567'])}
            {(pao ? PAO_FIELDS : LEAFLET_FIELDS).map(input)}
            {COMMON_FIELDS.map(input)}
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" loading={fetching}>ตราข้อบัญญัติ</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
