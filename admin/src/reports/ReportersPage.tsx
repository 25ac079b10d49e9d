import { Alert, Badge, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { useProvince } from '../figures/province-choice';
import { ProvinceSelect } from '../figures/ProvinceSelect';
import { useAccount } from '../session/session-context';
import { instantText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { NameReportersForm } from './NameReportersForm';
import { DISTRICTS, REPORTING_OFFICE } from './reports.graphql';

/**
 * `/reporters`: who reports for an office (ผู้รับผิดชอบการรายงาน, two accounts a district or province names), and
 * for its chief or whoever manages its accounts, naming a new pair.
 */
export function ReportersPage() {
  const account = useAccount();
  const { provinceCode, oversees, choose } = useProvince();
  const [params, setParams] = useSearchParams();
  const own = account.level === 'DISTRICT' ? account.officeCode : provinceCode;
  const chosen = params.get('office');
  const office = account.level === 'DISTRICT' ? own : chosen && provinceCode && chosen.startsWith(provinceCode) ? chosen : own;
  const pick = (code: string) => setParams((p) => { const next = new URLSearchParams(p); next.set('office', code); return next; }, { replace: true });
  return (
    <Stack>
      <Title order={1} size="h2">ผู้รับผิดชอบการรายงาน</Title>
      {oversees && <ProvinceSelect value={provinceCode} onChange={choose} />}
      {account.level !== 'DISTRICT' && provinceCode && office && <OfficeSelect provinceCode={provinceCode} value={office} onChange={pick} />}
      {office ? <OfficeReporters officeCode={office} /> : <Alert color="gray">เลือกจังหวัดเพื่อดูผู้รับผิดชอบการรายงาน</Alert>}
    </Stack>
  );
}

/** The province office and each of its districts. */
function OfficeSelect({ provinceCode, value, onChange }: { provinceCode: string; value: string; onChange(code: string): void }) {
  const [{ data }] = useQuery({ query: DISTRICTS, variables: { province: provinceCode } });
  const options = [
    { value: provinceCode, label: 'ที่ทำการปกครองจังหวัด' },
    ...(data?.districts ?? []).map((d) => ({ value: d.code, label: `${d.isBangkokKhet ? 'เขต' : 'อำเภอ'}${d.nameTh}` })),
  ];
  return <NativeSelect label="หน่วยงาน" w={300} data={options} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
}

function OfficeReporters({ officeCode }: { officeCode: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: REPORTING_OFFICE, variables: { office: officeCode } });
  if (fetching && !data) return <Loading />;
  const office = data?.reportingOffice;
  if (!office) return <GeneralErrors refusals={refusalsOf(error)} title="แสดงผู้รับผิดชอบไม่ได้" />;
  const pair = office.reporters;
  return (
    <Stack data-testid="office-reporters">
      <Title order={2} size="h3">{office.officeNameTh}</Title>
      {pair ? (
        <>
          <Table withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>{['ชื่อ-สกุล', 'ตำแหน่ง', 'โทรศัพท์', 'สถานะบัญชี'].map((h) => <Table.Th key={h} scope="col">{h}</Table.Th>)}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pair.reporters.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw={400}>{r.title}{r.firstName} {r.lastName}</Table.Th>
                  <Table.Td>{r.positionTh}</Table.Td>
                  <Table.Td>{[r.officePhone, r.mobilePhone].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>{r.status === 'ACTIVE' ? 'ใช้งานได้' : <Badge color="dark">ระงับการใช้งาน</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed">กำหนดเมื่อ {instantText(pair.namedAt)} รับผิดชอบจนกว่าจะกำหนดผู้รับผิดชอบใหม่</Text>
        </>
      ) : <Alert color="gray">ยังไม่ได้กำหนดผู้รับผิดชอบการรายงาน</Alert>}
      {office.mayNameReporters && (
        <NameReportersForm officeCode={office.officeCode} current={pair?.reporters.map((r) => r.id) ?? []}
          onNamed={() => refetch({ requestPolicy: 'network-only' })} />
      )}
    </Stack>
  );
}
