import { Alert, Anchor, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { refusalsOf, SESSION_ENDED } from '../api/errors';
import { useProvince } from '../figures/province-choice';
import { ProvinceSelect } from '../figures/ProvinceSelect';
import { useAccount } from '../session/session-context';
import { todayInBangkok } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { Downloads } from './Downloads';
import { GOVERNOR_SUMMARY, GOVERNOR_SUMMARY_STATUS, REPORTING_OFFICE_FOR_SUMMARY, SEND_GOVERNOR_SUMMARY, type SummaryFigures } from './governor-summary.graphql';
import { SummaryFiguresTable } from './SummaryFiguresTable';

const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
/** The complaint system opened in October 2562 (2019). */
const FIRST_YEAR = 2562;

/** The month before this one (Bangkok): the summary due now. */
function lastMonth(): string {
  const [y, m] = todayInBangkok().slice(0, 7).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * `/complaint-summary`: สรุปผลการดำเนินงานศูนย์ดำรงธรรมเสนอผู้ว่าราชการจังหวัด (seed 004), due by the 1st of the next
 * month. A district sees its own summary and, as a responsible reporter, certifies and sends it; a province (or the
 * centre, for a province it picks) sees who has sent it and who has not, and the province's roll-up or one district's.
 */
export function GovernorSummaryPage() {
  const { level, officeCode } = useAccount();
  const { provinceCode, oversees, choose } = useProvince();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? lastMonth();
  const [year, monthNumber] = month.split('-').map(Number);
  const set = (key: string, value: string | null) =>
    setParams((p) => { const next = new URLSearchParams(p); if (value === null) next.delete(key); else next.set(key, value); return next; }, { replace: true });
  const setMonth = (y: number, m: number) => set('month', `${y}-${String(m).padStart(2, '0')}`);
  const thisYear = Number(todayInBangkok().slice(0, 4)) + 543;
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const district = level === 'DISTRICT' ? officeCode : params.get('district');
  return (
    <Stack>
      <Title order={1} size="h2">สรุปผลการดำเนินงานศูนย์ดำรงธรรมเสนอผู้ว่าราชการจังหวัด</Title>
      <Group align="flex-end">
        {oversees && <ProvinceSelect value={provinceCode ?? ''} onChange={(code) => { choose(code); set('district', null); }} />}
        <NativeSelect label="เดือน" w={180} value={String(monthNumber)} onChange={(e) => setMonth(year, Number(e.currentTarget.value))}
          data={MONTHS.map((name, i) => ({ value: String(i + 1), label: name }))} />
        <NativeSelect label="ปี พ.ศ." w={120} value={String(year + 543)} onChange={(e) => setMonth(Number(e.currentTarget.value) - 543, monthNumber)}
          data={years} />
      </Group>
      {level !== 'DISTRICT' && provinceCode && <SendingStatus month={month} provinceCode={provinceCode} onOpen={(code) => set('district', code)} />}
      {level !== 'DISTRICT' && district && <Anchor component="button" onClick={() => set('district', null)}>กลับไปดูภาพรวมจังหวัด</Anchor>}
      {(district || provinceCode) && <Summary month={month} districtCode={district} provinceCode={district ? null : provinceCode} />}
    </Stack>
  );
}

function Summary({ month, districtCode, provinceCode }: { month: string; districtCode: string | null; provinceCode: string | null }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: GOVERNOR_SUMMARY, variables: { month, district: districtCode, province: provinceCode } });
  if (fetching && !data) return <Loading />;
  const summary = data?.complaintGovernorSummary;
  if (!summary) return <GeneralErrors refusals={refusalsOf(error)} title="แสดงสรุปผลไม่ได้" />;
  const figures = (f: SummaryFigures): SummaryFigures => f;
  return (
    <Stack data-testid="governor-summary">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">{summary.scopeTh} ประจำเดือน{summary.monthTh}</Title>
          <Text c="dimmed">{summary.officeTh} · ปีงบประมาณ พ.ศ. {summary.fiscalYear} · กำหนดส่ง ภายในวันที่ {summary.dueOnTh}</Text>
        </div>
        <Downloads links={summary.downloads} />
      </Group>
      <Alert color={summary.frozen ? 'blue' : 'yellow'} data-testid="summary-state">
        {summary.frozen ? `สถิติ ณ วันสิ้นเดือน ปิดยอดเมื่อ ${summary.frozenAtTh}` : 'ยังไม่ได้ปิดยอดสถิติ ณ วันสิ้นเดือน: ส่งสรุปผลได้เมื่อสิ้นเดือนและปิดยอดแล้ว'}
      </Alert>
      <SummaryFiguresTable caption="ผลการดำเนินงานรายหน่วยงาน" headings={['หน่วยงาน']} testId="summary-offices"
        rows={[
          ...summary.rows.map((r) => ({ key: r.code ?? 'province', labels: [r.nameTh], figures: figures(r) })),
          ...(summary.rows.length > 1 ? [{ key: 'total', labels: [`รวม${summary.scopeTh}`], figures: figures(summary.total), total: true }] : []),
        ]} />
      <SummaryFiguresTable caption="ผลการดำเนินงานตามประเภทเรื่อง" headings={['ประเภทเรื่อง']} testId="summary-categories"
        rows={[
          ...summary.categories.map((c) => ({ key: c.category, labels: [c.nameTh], figures: figures(c) })),
          { key: 'total', labels: ['รวมทุกประเภท'], figures: figures(summary.total), total: true },
        ]} />
      {summary.corrections.length > 0 && (
        <SummaryFiguresTable caption="รายการปรับปรุง: เรื่องของเดือนก่อนที่บันทึกหลังปิดยอดเดือนนั้น" headings={['เดือนที่รับเรื่อง', 'หน่วยงาน', 'ประเภทเรื่อง']}
          rows={summary.corrections.map((c, i) => ({ key: String(i), labels: [c.correctedMonthTh, c.nameTh, c.categoryTh], figures: figures(c) }))} />
      )}
      {summary.districtCode && (
        <SendPanel month={summary.month} districtCode={summary.districtCode} frozen={summary.frozen} sending={summary.sending}
          onSent={() => refetch({ requestPolicy: 'network-only' })} />
      )}
    </Stack>
  );
}

type Sending = { sentAtTh: string; late: boolean; sentBy: { nameTh: string; positionTh: string } } | null;

function SendPanel({ month, districtCode, frozen, sending, onSent }: { month: string; districtCode: string; frozen: boolean; sending: Sending; onSent(): void }) {
  const [{ data }] = useQuery({ query: REPORTING_OFFICE_FOR_SUMMARY, variables: { office: districtCode } });
  const [{ fetching, error }, send] = useMutation(SEND_GOVERNOR_SUMMARY);
  const mayCertify = data?.reportingOffice?.mayCertifyDailyReports ?? false;
  async function certifyAndSend() {
    const answer = await send({ input: { month, districtCode, commandId: `governor-summary-${districtCode}-${month}` } });
    if (answer.data) onSent();
  }
  return (
    <Stack data-testid="summary-sending" gap="xs">
      <Title order={2} size="h3">การรับรองและส่งสรุปผล</Title>
      {sending ? (
        <Text>
          รับรองและส่งแล้ว เมื่อ {sending.sentAtTh} โดย {sending.sentBy.nameTh} ({sending.sentBy.positionTh}){' '}
          <Text span fw={700} c={sending.late ? 'red.9' : undefined}>{sending.late ? 'ส่งล่าช้า' : 'ส่งตามกำหนด'}</Text>
        </Text>
      ) : <Text>ยังไม่ได้รับรองและส่ง</Text>}
      {!sending && frozen && mayCertify && (
        <Group><Button loading={fetching} onClick={() => void certifyAndSend()}>รับรองและส่งสรุปผลเสนอผู้ว่าราชการจังหวัด</Button></Group>
      )}
      {!sending && !mayCertify && <Text c="dimmed" size="sm">ผู้รับผิดชอบการรายงานของอำเภอ/เขตเป็นผู้รับรองและส่ง</Text>}
      <GeneralErrors refusals={refusalsOf(error).filter((r) => !SESSION_ENDED.has(r.code))} title="ส่งไม่สำเร็จ" />
    </Stack>
  );
}

function SendingStatus({ month, provinceCode, onOpen }: { month: string; provinceCode: string; onOpen(code: string): void }) {
  const [{ data, error }] = useQuery({ query: GOVERNOR_SUMMARY_STATUS, variables: { month, province: provinceCode } });
  const status = data?.complaintGovernorSummaryStatus;
  if (!status) return <GeneralErrors refusals={refusalsOf(error)} title="แสดงการส่งไม่ได้" />;
  return (
    <Stack data-testid="summary-status" gap="xs">
      <Title order={2} size="h3">การส่งสรุปผลเดือน{status.monthTh} (กำหนดส่ง ภายในวันที่ {status.dueOnTh})</Title>
      <Text>ส่งแล้ว {status.sentCount} แห่ง (ล่าช้า {status.lateCount}) · ยังไม่ส่ง {status.notSentCount} แห่ง · เกินกำหนด {status.overdueCount} แห่ง</Text>
      <Table.ScrollContainer minWidth={700}>
        <Table withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>{['อำเภอ/เขต', 'การส่ง', 'ผู้รับรองและส่ง', ''].map((h) => <Table.Th key={h} scope="col">{h}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.districts.map((d) => (
              <Table.Tr key={d.districtCode}>
                <Table.Th scope="row" fw={400}>{d.districtTh}</Table.Th>
                <Table.Td>
                  {d.sending
                    ? <>{d.sending.sentAtTh} <Text span fw={700} c={d.sending.late ? 'red.9' : undefined}>{d.sending.late ? 'ล่าช้า' : 'ตามกำหนด'}</Text></>
                    : <Text span fw={700} c={d.overdue ? 'red.9' : undefined}>{d.overdue ? 'ยังไม่ส่ง เกินกำหนด' : 'ยังไม่ส่ง'}</Text>}
                </Table.Td>
                <Table.Td>{d.sending ? `${d.sending.sentBy.nameTh} (${d.sending.sentBy.positionTh})` : ''}</Table.Td>
                <Table.Td><Anchor component="button" onClick={() => onOpen(d.districtCode)}>ดูสรุปผลของ{d.districtTh}</Anchor></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
