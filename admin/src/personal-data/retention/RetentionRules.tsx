import { Table } from '@mantine/core';
import { RULE_LABELS } from './retention-labels';
import type { RetentionRuleInForce } from './retention.graphql';

/** The rules in force: years kept per kind of record, what is due now, held, and what expires within 30 days. */
export function RetentionRules({ rules }: { rules: RetentionRuleInForce[] }) {
  return (
    <Table striped withTableBorder fz="sm" data-testid="retention-rules">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>ประเภทข้อมูล</Table.Th><Table.Th>เก็บไว้</Table.Th><Table.Th>ครบกำหนดแล้ว รอลบ</Table.Th>
          <Table.Th>ถูกระงับการลบ (legal hold)</Table.Th><Table.Th>จะครบใน 30 วัน</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rules.map((r) => (
          <Table.Tr key={r.rule}>
            <Table.Td>{RULE_LABELS[r.rule].name}</Table.Td>
            <Table.Td>{r.years} ปี {RULE_LABELS[r.rule].from}</Table.Td>
            <Table.Td>{r.dueNow.toLocaleString('th-TH')}</Table.Td>
            <Table.Td>{r.heldNow.toLocaleString('th-TH')}</Table.Td>
            <Table.Td>{r.expiringIn30Days.toLocaleString('th-TH')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
