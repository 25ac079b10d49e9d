import { Badge, Button, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { actorName } from '../audit/actor-text';
import { GeneralErrors } from '../shared/form-errors';
import { LEGAL_HOLDS, type LegalHold } from './erasure.graphql';
import { CASE_TYPE_TH } from './labels';

const keyOf = (h: Pick<LegalHold, 'caseStreamId' | 'holdNo'>) => `${h.caseStreamId}#${h.holdNo}`;

/**
 * The legal holds, newest placed first, each active one with its lift button. The hold just placed or lifted shows as
 * the mutation answered it until the list (a read model following the log) agrees, read again every half second meanwhile.
 */
export function HoldList({ latest, onLift }: { latest: LegalHold | null; onLift(hold: LegalHold): void }) {
  const [{ data, error }, reread] = useQuery({ query: LEGAL_HOLDS, variables: { activeOnly: false }, requestPolicy: 'network-only' });
  const listed = data?.legalHolds?.edges.map((e) => e.node) ?? [];
  const agreed = latest === null || listed.some((h) => keyOf(h) === keyOf(latest) && h.active === latest.active);
  const waiting = data !== undefined && !agreed;
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => reread({ requestPolicy: 'network-only' }), 500);
    return () => clearTimeout(timer);
  }, [waiting, data, reread]);
  if (!data) return error ? <GeneralErrors refusals={refusalsOf(error)} title="อ่านรายการระงับไม่ได้" /> : null;
  const shown = waiting && latest
    ? [latest, ...listed.filter((h) => keyOf(h) !== keyOf(latest))]
    : listed;
  if (shown.length === 0) return <Text c="dimmed">ยังไม่มีคำสั่งระงับการลบข้อมูล</Text>;
  return (
    <Table striped withTableBorder fz="sm" data-testid="legal-holds">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>เรื่อง</Table.Th><Table.Th>คำสั่ง / เหตุผล</Table.Th><Table.Th>ระงับเมื่อ</Table.Th><Table.Th>สถานะ</Table.Th><Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shown.map((hold) => (
          <Table.Tr key={keyOf(hold)}>
            <Table.Td>{CASE_TYPE_TH[hold.caseType]}<br />{hold.caseId} (ครั้งที่ {hold.holdNo})</Table.Td>
            <Table.Td>{hold.orderReference}<br />{hold.holdReason}</Table.Td>
            <Table.Td>{hold.placedAtTh}<br />{actorName(hold.placedBy)}</Table.Td>
            <Table.Td>
              {hold.active ? <Badge color="red.9" tt="none">ระงับอยู่</Badge> : <><Badge color="gray.9" tt="none">ยกเลิกแล้ว</Badge> {hold.liftedAtTh}<br />{hold.liftReason}</>}
            </Table.Td>
            <Table.Td>{hold.active && <Button size="xs" variant="default" onClick={() => onLift(hold)}>ยกเลิกการระงับ</Button>}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
