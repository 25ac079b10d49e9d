import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useAccount } from '../session/session-context';
import { Loading } from '../shared/Loading';
import { CutOffCountdown } from './CutOffCountdown';
import { DAILY_REPORT, DISTRICT_HOME, type DistrictCounts, type ReportFigures } from './district-home.graphql';

const COUNTS: [keyof DistrictCounts, string][] = [
  ['registered', 'ยอดลงทะเบียน'], ['contacted', 'ติดต่อแล้ว'], ['wishingMediation', 'ประสงค์ไกล่เกลี่ย'], ['inMediation', 'อยู่ระหว่างไกล่เกลี่ย'],
  ['agreed', 'ไกล่เกลี่ยสำเร็จ'], ['notAgreed', 'ไกล่เกลี่ยไม่สำเร็จ'], ['referred', 'ส่งพนักงานสอบสวน/หน่วยงานอื่น'], ['closed', 'ยุติเรื่อง'],
];

const REPORT: [keyof ReportFigures, string][] = [
  ['registered', 'ลงทะเบียน'], ['contacted', 'ติดต่อลูกหนี้ได้'], ['mediationsHeld', 'ไกล่เกลี่ย'], ['agreed', 'ไกล่เกลี่ยสำเร็จ'],
  ['notAgreed', 'ไกล่เกลี่ยไม่สำเร็จ'], ['partyAbsent', 'คู่กรณีไม่มา'], ['referred', 'ส่งพนักงานสอบสวน/หน่วยงานอื่น'], ['closed', 'ยุติ'],
  ['transfersIn', 'รับโอน'], ['transfersOut', 'โอนออก'], ['reduction', 'มูลหนี้ที่ลดลง (บาท)'],
];

const number = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2 });

/** The district's home: its figures now, the time left to the 15:00 cut-off, and its line of the provisional daily report. */
export function DistrictHome() {
  const account = useAccount();
  const provinceCode = account.officeCode.slice(0, 2);
  const [home] = useQuery({ query: DISTRICT_HOME, variables: { provinceCode }, requestPolicy: 'network-only' });
  const [answeredAt, setAnsweredAt] = useState(0);
  useEffect(() => setAnsweredAt(Date.now()), [home.data]);
  const cutOff = home.data?.dailyReportCutOff;
  const [report] = useQuery({ query: DAILY_REPORT, variables: { date: cutOff?.reportDate ?? '', provinceCode }, pause: !cutOff });
  if (!home.data && home.fetching) return <Loading />;
  const own = home.data?.districtCounts?.find((d) => d.district.code === account.officeCode);
  const daily = report.data?.dailyMediationReport;
  const row = daily?.districts.find((d) => d.districtCode === account.officeCode);
  return (
    <Stack data-testid="district-home">
      <Title order={1} size="h2">หน้าหลัก · ศูนย์ดำรงธรรม{account.officeNameTh}</Title>
      {home.error && <Alert color="red">อ่านข้อมูลของอำเภอไม่ได้</Alert>}
      {cutOff && answeredAt > 0 && <CutOffCountdown cutOff={cutOff} answeredAt={answeredAt} />}
      <Paper withBorder p="md" component="section" aria-labelledby="district-figures-title">
        <Title order={2} size="h4" id="district-figures-title" mb="sm">เรื่องลูกหนี้นอกระบบของอำเภอ ณ ขณะนี้</Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="district-figures">
          {COUNTS.map(([key, label]) => (
            <Paper key={key} p="sm" bg="gray.0" data-testid={`count-${key}`}>
              <Text size="sm" c="dimmed">{label}</Text>
              <Text size="xl" fw={700}>{number.format(Number(own?.counts[key] ?? 0))}</Text>
            </Paper>
          ))}
        </SimpleGrid>
        <Text mt="sm" size="sm">ยอดหนี้ที่ลดลงจากการไกล่เกลี่ย {number.format(Number(own?.counts.debtReduced ?? 0))} บาท</Text>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="daily-report-title" data-testid="daily-report">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="daily-report-title">รายงานผลการไกล่เกลี่ยประจำวัน{daily ? ` ${daily.dateTh}` : ''}</Title>
          {daily && <Badge color={daily.provisional ? 'dark' : 'teal.9'}>{daily.provisional ? 'ยอดชั่วคราว ยังไม่ปิดยอด' : 'ปิดยอดแล้ว'}</Badge>}
        </Group>
        {report.error && <Alert color="red">อ่านรายงานประจำวันไม่ได้</Alert>}
        {daily && row && (
          <>
            <Text size="sm" mb="xs">รอบรายงานตั้งแต่ {daily.periodStartTh} ถึง {daily.cutOffTh}</Text>
            <Table withTableBorder striped data-testid="daily-report-row">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{row.districtTh}</Table.Caption>
              <Table.Thead><Table.Tr><Table.Th>รายการ</Table.Th><Table.Th>ในรอบรายงาน</Table.Th><Table.Th>ยอดสะสม</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {REPORT.map(([key, label]) => (
                  <Table.Tr key={key}>
                    <Table.Th scope="row" fw={400}>{label}</Table.Th>
                    <Table.Td>{number.format(Number(row.period[key]))}</Table.Td>
                    <Table.Td>{number.format(Number(row.cumulative[key]))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Paper>
    </Stack>
  );
}
