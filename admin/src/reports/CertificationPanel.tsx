import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { refusalsOf, SESSION_ENDED } from '../api/errors';
import type { ResultOf } from '../graphql';
import { GeneralErrors } from '../shared/form-errors';
import { pairText } from './reporter-names';
import { CERTIFICATIONS, CERTIFY, REPORTING_OFFICE } from './reports.graphql';

type Certifications = NonNullable<ResultOf<typeof CERTIFICATIONS>['dailyReportCertifications']>;

/**
 * ยืนยันรายงาน: which districts have certified the day's frozen report, and who reports for each; one of a
 * district's pair, signed in at that district, certifies it here once the report is frozen.
 */
export function CertificationPanel({ date, provinceCode }: { date: string; provinceCode: string }) {
  const [{ data }, refetch] = useQuery({ query: CERTIFICATIONS, variables: { date, province: provinceCode } });
  const [province] = useQuery({ query: REPORTING_OFFICE, variables: { office: provinceCode } });
  const certifications = data?.dailyReportCertifications;
  if (!certifications) return null;
  const provinceOffice = province.data?.reportingOffice;
  return (
    <Stack data-testid="certifications">
      <Title order={2} size="h3">การยืนยันรายงานและผู้รับผิดชอบการรายงาน</Title>
      <Text>
        {certifications.frozen
          ? `ยืนยันแล้ว ${certifications.certifiedCount} แห่ง ยังไม่ยืนยัน ${certifications.notCertifiedCount} แห่ง`
          : 'รายงานยังไม่ปิดยอด ยืนยันรายงานได้เมื่อปิดยอดเวลา 15.00 น. แล้ว'}
      </Text>
      {provinceOffice && <Text data-testid="province-reporters">ผู้รับผิดชอบการรายงานของ{provinceOffice.officeNameTh}: {pairText(provinceOffice)}</Text>}
      <Table.ScrollContainer minWidth={800}>
        <Table withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              {['อำเภอ/เขต', 'การยืนยัน', 'ผู้รับผิดชอบการรายงาน', 'ดำเนินการ'].map((h) => <Table.Th key={h} scope="col">{h}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {certifications.districts.map((d) => (
              <DistrictCertification key={d.districtCode} district={d} date={date} frozen={certifications.frozen}
                onCertified={() => refetch({ requestPolicy: 'network-only' })} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function DistrictCertification({ district, date, frozen, onCertified }: {
  district: Certifications['districts'][number]; date: string; frozen: boolean; onCertified(): void;
}) {
  const [{ data }] = useQuery({ query: REPORTING_OFFICE, variables: { office: district.districtCode } });
  const [{ fetching, error }, certify] = useMutation(CERTIFY);
  const office = data?.reportingOffice;
  const certification = district.certification;
  async function send() {
    const answer = await certify({ input: { date, districtCode: district.districtCode, commandId: `certify-${district.districtCode}-${date}` } });
    if (answer.data) onCertified();
  }
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>{district.districtTh}</Table.Th>
      <Table.Td>
        {certification ? `ยืนยันแล้ว ${certification.certifiedAtTh} โดย ${certification.certifiedBy.nameTh} (${certification.certifiedBy.positionTh})` : 'ยังไม่ยืนยัน'}
      </Table.Td>
      <Table.Td>{pairText(office)}</Table.Td>
      <Table.Td>
        {frozen && !certification && office?.mayCertifyDailyReports && (
          <Button size="xs" loading={fetching} onClick={() => void send()}>ยืนยันรายงานของ{district.districtTh}</Button>
        )}
        <GeneralErrors refusals={refusalsOf(error).filter((r) => !SESSION_ENDED.has(r.code))} title="ยืนยันไม่สำเร็จ" />
      </Table.Td>
    </Table.Tr>
  );
}
