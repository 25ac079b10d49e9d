import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { Downloads } from '../../reports/Downloads';
import { useCursorPages } from '../../shared/cursor-pages';
import { GeneralErrors } from '../../shared/form-errors';
import { bahtText } from '../levies/labels';
import { LOCAL_PROVINCE_REPORT } from './reports.graphql';
import { ReportPeriodForm, useReportPeriod } from './ReportPeriodForm';
import { CollectionTables, NonFilersTable, PermitsTable } from './ReportTables';

/**
 * `/local-authorities/:code/province-report` (ภาพรวมจังหวัด), a PAO's: its own collection and non-filers, and the leaflet
 * permits every municipality, SAO and Pattaya of its province issued, counted per authority.
 */
export function ProvinceReportPage() {
  const { code = '' } = useParams();
  const [period, choosePeriod] = useReportPeriod();
  const nonFilerPages = useCursorPages();
  const setPeriod = (chosen: string) => { nonFilerPages.reset(); choosePeriod(chosen); };
  const [{ data, error }] = useQuery({
    query: LOCAL_PROVINCE_REPORT, variables: { authorityCode: code, period, nonFilersAfter: nonFilerPages.after }, requestPolicy: 'cache-and-network',
  });
  const { byField, general } = fieldMessages(refusalsOf(error));
  const report = data?.localProvinceReport;
  return (
    <Stack>
      <Group>
        <Anchor component={Link} to={`/local-authorities/${code}`}>← {report?.authorityNameTh ?? 'อปท.'}</Anchor>
        <Anchor component={Link} to={`/local-authorities/${code}/reports${report ? `?period=${report.period}` : ''}`}>รายงานการจัดเก็บรายได้</Anchor>
      </Group>
      <Title order={1} size="h2">ภาพรวมจังหวัด{report ? ` ${report.authorityNameTh}` : ''}</Title>
      <ReportPeriodForm key={report?.period ?? period} period={report?.period ?? period ?? ''} onShow={setPeriod} error={byField.period} />
      <GeneralErrors refusals={general} title="แสดงรายงานไม่ได้" />
      {report && (
        <>
          <Text data-testid="report-heading">{report.periodTh} · ข้อมูล ณ วันที่ {report.asOfTh}</Text>
          <Downloads links={report.downloads} />
          <CollectionTables collection={report.collection} />
          <NonFilersTable list={report.nonFilers} pages={nonFilerPages} />
          <Title order={2} size="h4">ใบอนุญาตที่ออก จำแนกตาม อปท. ในจังหวัด</Title>
          <Table striped aria-label="ใบอนุญาตราย อปท." data-testid="permits-by-authority">
            <Table.Thead><Table.Tr><Table.Th>อปท.</Table.Th><Table.Th>จำนวนใบอนุญาต</Table.Th><Table.Th>ค่าธรรมเนียม (บาท)</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {report.permitsByAuthority.map((a) => (
                <Table.Tr key={a.authorityCode}><Table.Td>{a.authorityNameTh}</Table.Td><Table.Td>{a.issued}</Table.Td><Table.Td>{bahtText(a.fees)}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <PermitsTable rows={report.permitsIssued} />
        </>
      )}
    </Stack>
  );
}
