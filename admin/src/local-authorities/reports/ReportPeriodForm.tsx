import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { todayInBangkok } from '../../shared/dates';

/** The fiscal year (Buddhist Era) today is in: from 1 October on, the next year's. */
const currentFiscalYear = (today = todayInBangkok()) => String(Number(today.slice(0, 4)) + 543 + (Number(today.slice(5, 7)) >= 10 ? 1 : 0));

/** The report's period from the address (`?period=2569`), the current fiscal year when absent, and the form that changes it. */
export function useReportPeriod(): [string, (period: string) => void] {
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? currentFiscalYear();
  return [period, (next) => setParams((p) => { const changed = new URLSearchParams(p); changed.set('period', next); return changed; }, { replace: true })];
}

/** ปีงบประมาณ (2569) or a month (2568-09), Buddhist Era or CE, Thai digits too: the server reads and checks it. */
export function ReportPeriodForm({ period, onShow, error }: { period: string; onShow: (period: string) => void; error?: string }) {
  const [typed, setTyped] = useState(period);
  const submit = (event: FormEvent) => { event.preventDefault(); onShow(typed.trim()); };
  return (
    <form onSubmit={submit} aria-label="ช่วงรายงาน">
      <Group align="flex-end">
        <TextInput label="ปีงบประมาณ หรือเดือน" description="เช่น 2569 หรือ 2568-09 (พ.ศ.)" value={typed} error={error}
          onChange={(e) => setTyped(e.currentTarget.value)} />
        <Button type="submit" variant="default">แสดงรายงาน</Button>
      </Group>
    </form>
  );
}
