import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { useAccount } from '../../session/session-context';
import { todayInBangkok } from '../../shared/dates';
import { GeneralErrors } from '../../shared/form-errors';
import { toArabicDigits } from '../../shared/thai-digits';
import { AddHolidayForm } from './AddHolidayForm';
import { HOLIDAYS, type Holiday } from './holidays.graphql';
import { HolidaysTable } from './HolidaysTable';
import { RemoveHolidayDialog } from './RemoveHolidayDialog';

const BUDDHIST_ERA = 543;
/** A list that was empty holds no GovernmentHoliday: an added one must still refresh it. */
const LIST_CONTEXT = { additionalTypenames: ['GovernmentHoliday'] };

/** A year typed in the Buddhist Era (or the Common Era), Thai digits accepted, as a Buddhist Era year; null if not a year. */
function typedYear(text: string): number | null {
  const digits = toArabicDigits(text).trim();
  if (!/^\d{4}$/.test(digits)) return null;
  const year = Number(digits);
  return year > 2400 ? year : year + BUDDHIST_ERA;
}

/** `/holidays`: the government holidays of a year (Buddhist Era); central administrators add and remove days. */
export function HolidaysPage() {
  const account = useAccount();
  const mayChange = account.level === 'CENTRAL' && account.administrator;
  const [year, setYear] = useState(() => Number(todayInBangkok().slice(0, 4)) + BUDDHIST_ERA);
  const [yearText, setYearText] = useState(String(year));
  const [yearError, setYearError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Holiday | null>(null);
  const [{ data, error }] = useQuery({ query: HOLIDAYS, variables: { year: String(year) }, context: LIST_CONTEXT });
  const { byField, general } = fieldMessages(refusalsOf(error));
  const show = (shown: number) => {
    setYear(shown);
    setYearText(String(shown));
    setYearError(null);
  };

  function chooseYear(event: FormEvent) {
    event.preventDefault();
    const chosen = typedYear(yearText);
    if (chosen === null) setYearError('กรุณาพิมพ์ปี พ.ศ. ๔ หลัก เช่น ๒๕๖๙');
    else show(chosen);
  }

  return (
    <Stack>
      <Title order={1} size="h2">วันหยุดราชการ</Title>
      <form onSubmit={chooseYear} aria-label="เลือกปี">
        <Group align="flex-end">
          <Button variant="default" onClick={() => show(year - 1)}>ปีก่อน</Button>
          <TextInput label="ปี พ.ศ." w={140} inputMode="numeric" value={yearText} error={yearError ?? byField.year}
            onChange={(e) => setYearText(e.currentTarget.value)} />
          <Button type="submit" variant="default">แสดง</Button>
          <Button variant="default" onClick={() => show(year + 1)}>ปีถัดไป</Button>
        </Group>
      </form>
      {notice && <Alert color="green" role="status" data-testid="holiday-notice" withCloseButton closeButtonLabel="ปิดข้อความ" onClose={() => setNotice(null)}>{notice}</Alert>}
      <GeneralErrors refusals={general} title="แสดงวันหยุดไม่ได้" />
      {mayChange && (
        <AddHolidayForm onAdded={(h) => {
          show(Number(h.date.slice(0, 4)) + BUDDHIST_ERA);
          setNotice(`เพิ่ม ${h.dateTh} ${h.nameTh} เป็นวันหยุดราชการแล้ว`);
        }} />
      )}
      <Title order={2} size="h3">วันหยุดราชการ ปี พ.ศ. {year}</Title>
      {data?.holidays && (data.holidays.length === 0
        ? <Text>ไม่มีวันหยุดราชการในปีนี้</Text>
        : <HolidaysTable year={year} holidays={data.holidays} onRemove={mayChange ? setRemoving : undefined} />)}
      {removing && (
        <RemoveHolidayDialog holiday={removing} onClose={() => setRemoving(null)}
          onRemoved={(h) => { setRemoving(null); setNotice(`นำ ${h.dateTh} ${h.nameTh} ออกจากวันหยุดราชการแล้ว`); }} />
      )}
    </Stack>
  );
}
