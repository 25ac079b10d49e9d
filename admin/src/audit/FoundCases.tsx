import { Alert, Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { readFragment, type FragmentOf, type ResultOf } from '../graphql';
import { instantText } from '../shared/dates';
import { AUDIT_FIND, COMPLAINT_FOUND, DEBT_FOUND } from './audit.graphql';
import { COMPLAINT_STATUS_TH, DEBT_STATUS_TH } from './labels';

/** One case the find page lists, whichever its type. */
interface FoundCase {
  key: string;
  typeTh: string;
  href: string;
  idText: string;
  about: string;
  statusTh: string;
  officeTh: string;
  lastAt: string;
}

type Found = ResultOf<typeof AUDIT_FIND>;

const BANGKOK = '10';

function debtRow(fragment: FragmentOf<typeof DEBT_FOUND>): FoundCase {
  const row = readFragment(DEBT_FOUND, fragment);
  return {
    key: `debt:${row.caseId}`, typeTh: 'หนี้นอกระบบ', href: `/audit/debt/${encodeURIComponent(row.caseId)}`, idText: row.caseId,
    about: `ลูกหนี้ ${row.debtorTitle}${row.debtorFirstName} ${row.debtorLastName}`, statusTh: DEBT_STATUS_TH[row.status] ?? row.status,
    officeTh: row.provinceCode === BANGKOK
      ? `เขต${row.districtNameTh} ${row.provinceNameTh}` : `อำเภอ${row.districtNameTh} จังหวัด${row.provinceNameTh}`, lastAt: row.lastEventAt,
  };
}

function complaintRow(fragment: FragmentOf<typeof COMPLAINT_FOUND>): FoundCase {
  const row = readFragment(COMPLAINT_FOUND, fragment);
  return {
    key: `complaint:${row.complaintId}`, typeTh: 'เรื่องร้องเรียน', href: `/audit/complaint/${encodeURIComponent(row.complaintId)}`,
    idText: row.trackingCode, about: row.subject, statusTh: COMPLAINT_STATUS_TH[row.status] ?? row.status,
    officeTh: row.owningOffice.nameTh, lastAt: row.updatedAt,
  };
}

/** The cases an answer of AUDIT_FIND holds, debt cases first, and how many more matched than are listed. */
export function foundCasesOf(data: Found): { rows: FoundCase[]; more: number } {
  const rows = [
    ...(data.debtCase ? [debtRow(data.debtCase)] : []),
    ...(data.debtCases?.edges.map((e) => debtRow(e.node)) ?? []),
    ...(data.complaint ? [complaintRow(data.complaint)] : []),
    ...(data.complaints?.edges.map((e) => complaintRow(e.node)) ?? []),
  ];
  const total = (data.debtCase ? 1 : 0) + (data.complaint ? 1 : 0) + (data.debtCases?.totalCount ?? 0) + (data.complaints?.totalCount ?? 0);
  return { rows, more: total - rows.length };
}

export function FoundCases({ asked, found }: { asked: string; found: { rows: FoundCase[]; more: number } }) {
  if (found.rows.length === 0) return <Alert color="gray" data-testid="found-nothing">ไม่พบเรื่องที่ตรงกับ “{asked}”</Alert>;
  return (
    <>
      <Text size="sm" c="dimmed">
        พบ {found.rows.length + found.more} เรื่อง{found.more > 0 && ` แสดง ${found.rows.length} เรื่องล่าสุด พิมพ์ให้เจาะจงขึ้นเพื่อดูเรื่องอื่น`}
      </Text>
      <Table striped highlightOnHover withTableBorder data-testid="found-cases">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>ประเภท</Table.Th><Table.Th>เลขที่เรื่อง / รหัสติดตาม</Table.Th><Table.Th>เรื่อง</Table.Th>
            <Table.Th>สถานะ</Table.Th><Table.Th>หน่วยงานที่ดูแล</Table.Th><Table.Th>บันทึกล่าสุด</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {found.rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{row.typeTh}</Table.Td>
              <Table.Td><Anchor component={Link} to={row.href}>{row.idText}</Anchor></Table.Td>
              <Table.Td>{row.about}</Table.Td>
              <Table.Td>{row.statusTh}</Table.Td>
              <Table.Td>{row.officeTh}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{instantText(row.lastAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
