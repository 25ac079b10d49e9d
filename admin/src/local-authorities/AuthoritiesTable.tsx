import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { kindText, placeText } from './labels';
import type { LocalAuthority } from './local-authorities.graphql';

/** Authorities by code, each linking to its page with its terms. */
export function AuthoritiesTable({ authorities }: { authorities: LocalAuthority[] }) {
  return (
    <Table striped aria-label="รายชื่อองค์กรปกครองส่วนท้องถิ่น" data-testid="authorities">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>รหัส</Table.Th>
          <Table.Th>ชื่อ</Table.Th>
          <Table.Th>ประเภท</Table.Th>
          <Table.Th>ที่ตั้ง</Table.Th>
          <Table.Th>รหัสบริษัท (Company code)</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {authorities.map((a) => (
          <Table.Tr key={a.code} data-testid={`authority-${a.code}`}>
            <Table.Td>{a.code}</Table.Td>
            <Table.Td><Anchor component={Link} to={`/local-authorities/${a.code}`}>{a.nameTh}</Anchor></Table.Td>
            <Table.Td>{kindText(a)}</Table.Td>
            <Table.Td>{placeText(a)}</Table.Td>
            <Table.Td>{a.billerCode}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
