import { Alert, Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../../api/errors';
import { useAccount } from '../../session/session-context';
import { GeneralErrors } from '../../shared/form-errors';
import { BUSINESSES } from './levies.graphql';
import { LEVY_TH, mayKeepLevies } from './labels';
import { RegisterBusinessForm } from './RegisterBusinessForm';

/** A registered or amended one must refresh the page even when none was shown before. */
const CONTEXT = { additionalTypenames: ['Business'] };

/** `/local-authorities/:code/businesses`: the PAO's businesses in your area, and registering one. */
export function BusinessesPage() {
  const { code = '' } = useParams();
  const account = useAccount();
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error }] = useQuery({ query: BUSINESSES, variables: { authorityCode: code }, context: CONTEXT });
  const businesses = data?.businesses?.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <Group><Anchor component={Link} to={`/local-authorities/${code}`}>← {data?.localAuthority?.nameTh ?? 'อปท.'}</Anchor>
        <Anchor component={Link} to={`/local-authorities/${code}/returns`}>แบบยื่นรายเดือน</Anchor></Group>
      <Title order={1} size="h2">สถานประกอบการ</Title>
      <GeneralErrors refusals={refusalsOf(error)} title="แสดงข้อมูลไม่ได้" />
      {notice && <Alert color="green" role="status" data-testid="business-notice" withCloseButton closeButtonLabel="ปิดข้อความ" onClose={() => setNotice(null)}>{notice}</Alert>}
      <Text>{data?.businesses?.totalCount ?? 0} แห่งในพื้นที่ของท่าน</Text>
      <Table striped aria-label="สถานประกอบการ" data-testid="businesses">
        <Table.Thead>
          <Table.Tr><Table.Th>เลขทะเบียน</Table.Th><Table.Th>ชื่อ</Table.Th><Table.Th>ประเภทกิจการ</Table.Th><Table.Th>ที่ตั้ง</Table.Th><Table.Th>ผู้ประกอบการ</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {businesses.map((b) => (
            <Table.Tr key={b.businessNo} data-testid={`business-${b.businessNo}`}>
              <Table.Td>{b.businessNo}</Table.Td>
              <Table.Td><Anchor component={Link} to={`/businesses/${b.businessNo}`}>{b.nameTh}</Anchor></Table.Td>
              <Table.Td>{b.kinds.map((k) => LEVY_TH[k]).join(', ')}</Table.Td>
              <Table.Td>{b.addressLine} {b.placeTh}</Table.Td>
              <Table.Td>{b.ownerName} ({b.ownerIdNumber})</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mayKeepLevies(account, code) && data?.localAuthority?.kind === 'PAO' && (
        <RegisterBusinessForm authorityCode={code} onRegistered={(b) => setNotice(`ลงทะเบียน ${b.nameTh} (เลขทะเบียน ${b.businessNo}) แล้ว`)} />
      )}
    </Stack>
  );
}
