import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { Downloads } from '../../reports/Downloads';
import { useCursorPages } from '../../shared/cursor-pages';
import { GeneralErrors } from '../../shared/form-errors';
import { bahtText, LEVY_TH } from '../levies/labels';
import { LOCAL_AUTHORITY_REPORT, type OutstandingBill } from './reports.graphql';
import { ReportPeriodForm, useReportPeriod } from './ReportPeriodForm';
import { CollectionTables, NonFilersTable, PermitsTable } from './ReportTables';

function OutstandingTable({ rows, total }: { rows: OutstandingBill[]; total: string }) {
  return (
    <>
      <Title order={2} size="h4">ใบแจ้งชำระที่ค้างชำระ ({rows.length}) รวม {bahtText(total)} บาท</Title>
      {rows.length === 0 ? <Text>ไม่มี</Text> : (
        <Table striped aria-label="ค้างชำระ" data-testid="outstanding">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>สถานประกอบการ</Table.Th><Table.Th>รายการ</Table.Th><Table.Th>เดือน</Table.Th><Table.Th>กำหนดชำระ</Table.Th>
              <Table.Th>เกินกำหนด (วัน)</Table.Th><Table.Th>แจ้งชำระ (บาท)</Table.Th><Table.Th>ชำระแล้ว (บาท)</Table.Th><Table.Th>ค้างชำระ (บาท)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((b) => (
              <Table.Tr key={b.returnId}>
                <Table.Td><Anchor component={Link} to={`/monthly-returns/${b.returnId}`}>{b.businessName} ({b.businessNo})</Anchor></Table.Td>
                <Table.Td>{LEVY_TH[b.kind]}</Table.Td><Table.Td>{b.periodTh}</Table.Td><Table.Td>{b.dueOnTh}</Table.Td><Table.Td>{b.daysOverdue}</Table.Td>
                <Table.Td>{bahtText(b.billed)}</Table.Td><Table.Td>{bahtText(b.paid)}</Table.Td><Table.Td>{bahtText(b.outstanding)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

/**
 * `/local-authorities/:code/reports` (รายงานการจัดเก็บรายได้): an authority's collection by kind and month of payment for a
 * fiscal year or a month; a PAO's bills outstanding and businesses that did not file, an issuer's permits; the files.
 */
export function AuthorityReportPage() {
  const { code = '' } = useParams();
  const [period, choosePeriod] = useReportPeriod();
  const nonFilerPages = useCursorPages();
  const setPeriod = (chosen: string) => { nonFilerPages.reset(); choosePeriod(chosen); };
  const [{ data, error }] = useQuery({
    query: LOCAL_AUTHORITY_REPORT, variables: { authorityCode: code, period, nonFilersAfter: nonFilerPages.after }, requestPolicy: 'cache-and-network',
  });
  const { byField, general } = fieldMessages(refusalsOf(error));
  const report = data?.localAuthorityReport;
  return (
    <Stack>
      <Group>
        <Anchor component={Link} to={`/local-authorities/${code}`}>← {report?.authorityNameTh ?? 'อปท.'}</Anchor>
        {report?.pao && <Anchor component={Link} to={`/local-authorities/${code}/province-report?period=${report.period}`}>ภาพรวมจังหวัด</Anchor>}
      </Group>
      <Title order={1} size="h2">รายงานการจัดเก็บรายได้{report ? ` ${report.authorityNameTh}` : ''}</Title>
      <ReportPeriodForm key={report?.period ?? period} period={report?.period ?? period ?? ''} onShow={setPeriod} error={byField.period} />
      <GeneralErrors refusals={general} title="แสดงรายงานไม่ได้" />
      {report && (
        <>
          <Text data-testid="report-heading">{report.periodTh} · ข้อมูล ณ วันที่ {report.asOfTh}</Text>
          <Downloads links={report.downloads} />
          <CollectionTables collection={report.collection} />
          {report.pao ? (
            <>
              <OutstandingTable rows={report.outstanding} total={report.outstandingTotal} />
              <NonFilersTable list={report.nonFilers} pages={nonFilerPages} />
            </>
          ) : <PermitsTable rows={report.permitsIssued} />}
        </>
      )}
    </Stack>
  );
}
