import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { useProvince } from '../figures/province-choice';
import { ProvinceSelect } from '../figures/ProvinceSelect';
import { parseTypedDay, todayInBangkok, typedDayOf } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { CertificationPanel } from './CertificationPanel';
import { DailyReportBody } from './DailyReportBody';
import { DAILY_REPORT } from './reports.graphql';

/**
 * `/daily-report`: the 15:00 mediation report of a province for a day typed in either era (today in Bangkok by
 * default), its certification by the districts and their responsible reporters, and its files.
 */
export function DailyReportPage() {
  const { provinceCode, oversees, choose } = useProvince();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? todayInBangkok();
  const [typed, setTyped] = useState(typedDayOf(date));
  const [mistyped, setMistyped] = useState(false);
  const [{ data, error, fetching }] = useQuery({ query: DAILY_REPORT, variables: { date, province: provinceCode ?? '' }, pause: !provinceCode });
  const { byField, general } = fieldMessages(refusalsOf(error));
  const report = data?.dailyMediationReport;

  function show(event: FormEvent) {
    event.preventDefault();
    const day = parseTypedDay(typed);
    setMistyped(day === null);
    if (day) setParams((p) => { const next = new URLSearchParams(p); next.set('date', day); return next; }, { replace: true });
  }

  return (
    <Stack>
      <Title order={1} size="h2">รายงานผลการไกล่เกลี่ยประจำวัน</Title>
      <form onSubmit={show} noValidate aria-label="เลือกรายงาน">
        <Group align="flex-start">
          {oversees && <ProvinceSelect value={provinceCode} onChange={choose} />}
          <TextInput label="วันที่รายงาน" description="วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. เลขไทยหรือเลขอารบิก" w={320} name="date"
            value={typed} onChange={(e) => setTyped(e.currentTarget.value)}
            error={mistyped ? 'วันที่ไม่ถูกต้อง พิมพ์ วัน/เดือน/ปี เช่น 7/3/2568' : byField.date} />
          <Button type="submit" mt={25}>แสดงรายงาน</Button>
        </Group>
      </form>
      {!provinceCode && <Alert color="gray">เลือกจังหวัดเพื่อดูรายงาน</Alert>}
      {provinceCode && fetching && !data && <Loading />}
      {provinceCode && !report && <GeneralErrors refusals={general} title="แสดงรายงานไม่ได้" />}
      {provinceCode && report && (
        <>
          <DailyReportBody report={report} />
          <CertificationPanel date={report.date} provinceCode={provinceCode} />
        </>
      )}
    </Stack>
  );
}
