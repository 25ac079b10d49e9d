import { Alert, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { useProvince } from '../figures/province-choice';
import { ProvinceSelect } from '../figures/ProvinceSelect';
import { readFragment } from '../graphql';
import { localDateText, todayInBangkok } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { Downloads } from './Downloads';
import { ACTIVITY, FiguresTable, type FiguresRow } from './FiguresTable';
import { FIGURES, MONTHLY_REPORT } from './reports.graphql';

const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
/** Registration opened in December 2566 (2023): the first month with a report. */
const FIRST_YEAR = 2566;
const ALL = 'all';

type Kind = 'month' | 'fiscalYearToDate' | 'cumulative';

/**
 * `/monthly-report`: the month's mediation report (seed 002) of a province's districts, or for the centre of the
 * provinces, chosen by Thai month name and Buddhist Era year; the month, the fiscal year to date and cumulative.
 */
export function MonthlyReportPage() {
  const { provinceCode, oversees, choose } = useProvince();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? todayInBangkok().slice(0, 7);
  const [year, monthNumber] = month.split('-').map(Number);
  const setMonth = (y: number, m: number) =>
    setParams((p) => { const next = new URLSearchParams(p); next.set('month', `${y}-${String(m).padStart(2, '0')}`); return next; }, { replace: true });
  const thisYear = Number(todayInBangkok().slice(0, 4)) + 543;
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const scope = oversees && (provinceCode ?? ALL) === ALL ? null : provinceCode;
  return (
    <Stack>
      <Title order={1} size="h2">รายงานผลการไกล่เกลี่ยประจำเดือน</Title>
      <Group align="flex-end">
        {oversees && <ProvinceSelect value={provinceCode ?? ALL} onChange={choose} extra={{ value: ALL, label: 'ทั่วประเทศ (รายจังหวัด)' }} />}
        <NativeSelect label="เดือน" w={180} value={String(monthNumber)} onChange={(e) => setMonth(year, Number(e.currentTarget.value))}
          data={MONTHS.map((name, i) => ({ value: String(i + 1), label: name }))} />
        <NativeSelect label="ปี พ.ศ." w={120} value={String(year + 543)} onChange={(e) => setMonth(Number(e.currentTarget.value) - 543, monthNumber)}
          data={years} />
      </Group>
      <MonthlyReport month={month} provinceCode={scope} />
    </Stack>
  );
}

function MonthlyReport({ month, provinceCode }: { month: string; provinceCode: string | null }) {
  const [{ data, error, fetching }] = useQuery({ query: MONTHLY_REPORT, variables: { month, province: provinceCode } });
  if (fetching && !data) return <Loading />;
  const report = data?.monthlyMediationReport;
  if (!report) return <GeneralErrors refusals={refusalsOf(error)} title="แสดงรายงานไม่ได้" />;
  const unitHeading = provinceCode ? 'อำเภอ/เขต' : 'จังหวัด';
  const rows = (kind: Kind): FiguresRow[] => report.rows.map((r) => ({ key: r.code, name: r.nameTh, figures: readFragment(FIGURES, r[kind]) }));
  const totals = (kind: Kind): FiguresRow[] => [
    ...(report.total ? [{ key: 'total', name: `รวม${report.scopeTh}`, figures: readFragment(FIGURES, report.total[kind]) }] : []),
    ...(report.nationalTotal && provinceCode ? [{ key: 'nation', name: 'รวมทั้งประเทศ', figures: readFragment(FIGURES, report.nationalTotal[kind]) }] : []),
  ];
  return (
    <Stack data-testid="monthly-report">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">{report.scopeTh} ประจำเดือน{report.monthTh}</Title>
          <Text c="dimmed">{report.officeTh} · ปีงบประมาณ พ.ศ. {report.fiscalYear} · ข้อมูลถึง {report.untilTh}</Text>
        </div>
        <Downloads links={report.downloads} />
      </Group>
      <Alert color={report.complete ? 'blue' : 'yellow'} data-testid="report-state">
        {report.complete
          ? `ข้อมูลครบทั้งเดือน (ปิดยอดรายงานประจำวันที่ ${localDateText(report.completedOn!)})${report.revised ? ' ฉบับปรับปรุง: มีข้อมูลที่บันทึกย้อนหลังหลังจากนั้น' : ''}`
          : 'ข้อมูลยังไม่ครบทั้งเดือน: นับถึงรายงานประจำวันที่ปิดยอดล่าสุด'}
      </Alert>
      <FiguresTable caption={`ผลการดำเนินงานประจำเดือน${report.monthTh}`} columns={ACTIVITY} unitHeading={unitHeading} testId="month-figures"
        rows={rows('month')} totals={totals('month')} />
      <FiguresTable caption={`ผลการดำเนินงานปีงบประมาณ พ.ศ. ${report.fiscalYear} สะสม (นับที่อำเภอ/เขตที่ดำเนินการ)`} columns={ACTIVITY}
        unitHeading={unitHeading} rows={rows('fiscalYearToDate')} totals={totals('fiscalYearToDate')} />
      <FiguresTable caption="ผลการดำเนินงานสะสมทั้งหมด" columns={ACTIVITY} unitHeading={unitHeading}
        rows={rows('cumulative')} totals={totals('cumulative')} />
      {report.revisions.length > 0 && (
        <FiguresTable caption="การเปลี่ยนแปลงหลังข้อมูลครบทั้งเดือน" columns={ACTIVITY} unitHeading={unitHeading} totals={[]}
          rows={report.revisions.map((r) => ({ key: r.code, name: r.nameTh, figures: readFragment(FIGURES, r.month) }))} />
      )}
      <div>
        <Text fw={700}>หมายเหตุ</Text>
        <List size="sm">{report.notesTh.map((note) => <List.Item key={note}>{note}</List.Item>)}</List>
      </div>
    </Stack>
  );
}
