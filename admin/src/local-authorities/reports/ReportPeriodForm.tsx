import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

/** The report's period from the address (`?period=2569`); null: the service's current fiscal year. */
export function useReportPeriod(): [string | null, (period: string) => void] {
  const [params, setParams] = useSearchParams();
  const period = params.get('period');
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
