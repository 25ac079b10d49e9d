import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { LEVEL_TH } from '../../shared/labels';
import type { StaffAccountRow } from './staff.graphql';

export type AccountAction = 'suspend' | 'reinstate' | 'move' | 'reset';

interface AccountsTableProps {
  label: string;
  accounts: StaffAccountRow[];
  onAction(action: AccountAction, account: StaffAccountRow): void;
}

/**
 * An office's accounts, with the actions the signed-in account may take on each (StaffAccount.mayManage); an account
 * whose holder's personal data was erased shows the marker the API answers in place of the name, and a badge.
 */
export function AccountsTable({ label, accounts, onAction }: AccountsTableProps) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover aria-label={label} data-testid="staff-accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>ชื่อ–นามสกุล</Table.Th>
            <Table.Th>เลขประจำตัวประชาชน</Table.Th>
            <Table.Th>ตำแหน่ง</Table.Th>
            <Table.Th>ระดับ</Table.Th>
            <Table.Th>โทรศัพท์</Table.Th>
            <Table.Th>สถานะ</Table.Th>
            <Table.Th>การจัดการ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((a) => (
            <Table.Tr key={a.id} data-testid={a.erased ? `staff-account-erased-${a.id}` : `staff-account-${a.citizenId}`}>
              <Table.Td>{a.erased ? a.firstName : `${a.title}${a.firstName} ${a.lastName}`}</Table.Td>
              <Table.Td>{a.citizenId}</Table.Td>
              <Table.Td>{a.positionTh}</Table.Td>
              <Table.Td>{LEVEL_TH[a.level]}{a.administrator ? ' · ผู้ดูแลระบบ' : ''}</Table.Td>
              <Table.Td>
                <Text size="sm">{a.officePhone}</Text>
                {a.mobilePhone && <Text size="sm">{a.mobilePhone}</Text>}
              </Table.Td>
              <Table.Td>
                <Badge variant="outline" color={a.status === 'ACTIVE' ? 'teal.9' : 'red.9'}>
                  {a.status === 'ACTIVE' ? 'ใช้งานได้' : 'ระงับการใช้งาน'}
                </Badge>
                {a.erased && <Badge variant="outline" color="gray.8" ml={6}>ลบข้อมูลส่วนบุคคลแล้ว</Badge>}
              </Table.Td>
              <Table.Td>
                {a.mayManage ? (
                  <Group gap={6} wrap="nowrap">
                    {a.status === 'ACTIVE'
                      ? <Button size="compact-sm" variant="default" onClick={() => onAction('suspend', a)}>ระงับ</Button>
                      : <Button size="compact-sm" variant="default" onClick={() => onAction('reinstate', a)}>คืนสิทธิ</Button>}
                    <Button size="compact-sm" variant="default" onClick={() => onAction('move', a)}>ย้าย</Button>
                    <Button size="compact-sm" variant="default" onClick={() => onAction('reset', a)}>ตั้งรหัสผ่านใหม่</Button>
                  </Group>
                ) : <Text size="sm" c="dimmed">—</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
