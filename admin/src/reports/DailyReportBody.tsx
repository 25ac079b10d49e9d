import { Alert, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { countText } from '../figures/format';
import { readFragment, type ResultOf } from '../graphql';
import { instantText } from '../shared/dates';
import { Downloads } from './Downloads';
import { ACTIVITY, FiguresTable, STANDING, type FiguresRow } from './FiguresTable';
import { DAILY_REPORT, FIGURES } from './reports.graphql';

type Report = NonNullable<ResultOf<typeof DAILY_REPORT>['dailyMediationReport']>;
type Pair = NonNullable<Report['provinceTotal']>;

/** The report's heading, its state (provisional or frozen), its files and its tables: 15:00 figures, period, cumulative. */
export function DailyReportBody({ report }: { report: Report }) {
  const totals = (pick: (pair: Pair) => Pair['period']): FiguresRow[] => [
    ...(report.provinceTotal ? [{ key: 'province', name: `รวม${report.provinceTh}`, figures: readFragment(FIGURES, pick(report.provinceTotal)) }] : []),
    ...(report.nationalTotal ? [{ key: 'nation', name: 'รวมทั้งประเทศ', figures: readFragment(FIGURES, pick(report.nationalTotal)) }] : []),
  ];
  const rows = (pick: (d: Report['districts'][number]) => Pair['period']): FiguresRow[] =>
    report.districts.map((d) => ({ key: d.districtCode, name: d.districtTh, figures: readFragment(FIGURES, pick(d)) }));
  return (
    <Stack data-testid="daily-report">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">{report.provinceTh} ประจำวันที่ {report.dateTh}</Title>
          <Text c="dimmed">{report.officeTh} · รอบรายงาน ตั้งแต่ {report.periodStartTh} ถึงก่อน {report.cutOffTh}</Text>
        </div>
        <Downloads links={report.downloads} />
      </Group>
      <Alert color={report.provisional ? 'yellow' : 'blue'} data-testid="report-state">
        {report.provisional
          ? `ฉบับชั่วคราว: ยังไม่ถึงเวลาตัดยอด ${report.cutOffTh} ตัวเลขยังเปลี่ยนได้`
          : `ปิดยอดแล้วเมื่อ ${instantText(report.frozenAt!)}${report.missedCutOff ? ' (ปิดยอดหลังเวลาตัดยอด จากข้อมูลที่บันทึกก่อนเวลา 15.00 น.)' : ''}`}
      </Alert>
      <FiguresTable caption={`ยอด ณ เวลา 15.00 น. วันที่ ${report.dateTh}`} columns={STANDING} testId="standing-figures"
        rows={rows((d) => d.cumulative)} totals={totals((p) => p.cumulative)} />
      <FiguresTable caption="ผลการดำเนินงานในรอบรายงาน" columns={ACTIVITY} testId="period-figures"
        rows={rows((d) => d.period)} totals={totals((p) => p.period)} />
      <FiguresTable caption="ผลการดำเนินงานสะสม" columns={ACTIVITY} testId="cumulative-figures"
        rows={rows((d) => d.cumulative)} totals={totals((p) => p.cumulative)} />
      {report.corrections.length > 0 && <Corrections corrections={report.corrections} />}
      {report.notesTh.length > 0 && (
        <div>
          <Text fw={700}>หมายเหตุ</Text>
          <List size="sm">{report.notesTh.map((note) => <List.Item key={note}>{note}</List.Item>)}</List>
        </div>
      )}
    </Stack>
  );
}

/** Late facts that belonged to earlier, frozen reports: shown here, never changing those reports. */
function Corrections({ corrections }: { corrections: Report['corrections'] }) {
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped withTableBorder fz="sm" captionSide="top">
        <Table.Caption fw={700} ta="left">รายการแก้ไข (ข้อมูลที่บันทึกย้อนหลังของรายงานฉบับก่อน)</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {['อำเภอ/เขต', 'ของรายงานวันที่', 'ลงทะเบียน', 'ติดต่อลูกหนี้ได้', 'สำเร็จ', 'ยุติ'].map((h) => <Table.Th key={h} scope="col">{h}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {corrections.map((c) => {
            const f = readFragment(FIGURES, c.figures);
            return (
              <Table.Tr key={`${c.districtCode}-${c.periodDate}`}>
                <Table.Th scope="row" fw={400}>{c.districtTh}</Table.Th>
                <Table.Td>{c.periodDateTh}</Table.Td>
                {[f.registered, f.contacted, f.agreed, f.closed].map((n, i) => <Table.Td key={i} ta="right">{countText(n)}</Table.Td>)}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
