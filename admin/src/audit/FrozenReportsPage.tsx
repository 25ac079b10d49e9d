import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { localDateText, instantText, monthText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Digest, Figure, number } from './check-figures';
import { FROZEN_REPORT_VERIFICATION, type DifferingReport, type FrozenReportCheck } from './frozen-reports.graphql';

const KIND_TH: Record<DifferingReport['kind'], string> = {
  DAILY_REPORT: 'รายงานผลการไกล่เกลี่ยประจำวัน',
  MONTH_END: 'สถิติเรื่องร้องเรียน ณ วันสิ้นเดือน',
};

const periodText = (report: DifferingReport) => (report.kind === 'MONTH_END' ? monthText(report.day.slice(0, 7)) : localDateText(report.day));
/** A month end's office as province/district: '' is a province office's district, CENTRAL the centre. */
const officeText = (office: string) => {
  const [province, district] = office.includes('/') ? office.split('/') : ['', office];
  if (province === 'CENTRAL') return 'ส่วนกลาง';
  return district ? `อำเภอรหัส ${district}` : `จังหวัดรหัส ${province}`;
};

/**
 * `/frozen-reports` (ตรวจสอบรายงานที่ปิดแล้ว): regenerates every frozen daily report and month end from the event
 * log on request (it reads the whole log) and shows how many match and each that does not.
 */
export function FrozenReportsPage() {
  const [{ data, fetching, error }, check] = useQuery({ query: FROZEN_REPORT_VERIFICATION, pause: true, requestPolicy: 'network-only' });
  const result = data?.frozenReportVerification;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">ตรวจสอบรายงานที่ปิดแล้ว</Title>
          <Text c="dimmed">สร้างรายงานประจำวันและสถิติ ณ วันสิ้นเดือนที่ปิดแล้วขึ้นใหม่จากบันทึกเหตุการณ์ แล้วเทียบค่า SHA-256 กับที่เก็บไว้</Text>
        </div>
        <Button loading={fetching} onClick={() => check()}>{result ? 'ตรวจสอบอีกครั้ง' : 'เริ่มตรวจสอบ'}</Button>
      </Group>
      <GeneralErrors refusals={refusalsOf(error)} title="ตรวจสอบไม่สำเร็จ" />
      {result && <Verification result={result} />}
    </Stack>
  );
}

function Verification({ result }: { result: FrozenReportCheck }) {
  const differing = result.differing.length;
  return (
    <Stack data-testid="frozen-report-verification">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label="ตรวจแล้ว" value={result.checked} testId="checked" />
        <Figure label="ตรงกับบันทึกเหตุการณ์" value={result.matching} testId="matching" />
        <Figure label="ไม่ตรงกัน" value={differing} testId="differing" />
      </SimpleGrid>
      <Text size="sm">ตรวจเมื่อ {instantText(result.checkedAt)}</Text>
      {differing === 0 ? (
        <Alert color="green" role="status">รายงานที่ปิดแล้วทุกฉบับตรงกับบันทึกเหตุการณ์</Alert>
      ) : (
        <>
          <Alert color="red" role="alert">พบรายงานที่ไม่ตรงกับบันทึกเหตุการณ์ {number(differing)} ฉบับ</Alert>
          <Table.ScrollContainer minWidth={960}>
            <Table striped aria-label="รายงานที่ไม่ตรงกัน" data-testid="differing-reports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>รายงาน</Table.Th>
                  <Table.Th>วันที่ / เดือน</Table.Th>
                  <Table.Th>หน่วยงานที่ตัวเลขต่างกัน</Table.Th>
                  <Table.Th>SHA-256 ที่เก็บไว้</Table.Th>
                  <Table.Th>SHA-256 ของเนื้อหาที่เก็บอยู่</Table.Th>
                  <Table.Th>SHA-256 ที่สร้างใหม่</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.differing.map((report) => (
                  <Table.Tr key={`${report.kind}-${report.day}`} data-testid={`differing-${report.kind}-${report.day}`}>
                    <Table.Td>{KIND_TH[report.kind]}</Table.Td>
                    <Table.Td>{periodText(report)}</Table.Td>
                    <Table.Td>{report.offices.length > 0 ? report.offices.map(officeText).join(', ') : '—'}</Table.Td>
                    <Table.Td><Digest value={report.storedSha256} missing="ไม่มี (ปิดก่อนเริ่มเก็บ)" /></Table.Td>
                    <Table.Td><Digest value={report.contentSha256} /></Table.Td>
                    <Table.Td><Digest value={report.regeneratedSha256} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
