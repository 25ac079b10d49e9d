import { Badge, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { actorName } from '../audit/actor-text';
import { GeneralErrors } from '../shared/form-errors';
import { ERASURE_REQUESTS, type ErasureRequest } from './erasure.graphql';
import { BASIS_TH, REQUESTER_TH } from './labels';
import { RetryErasureButton } from './RetryErasureButton';

/**
 * The erasure requests recorded, newest first: whose (masked), who asked, why, the decision; one accepted whose erasure
 * is not recorded offers to complete it. The request just recorded (or just erased) is shown as the mutation answered
 * it until the list (a read model following the log) has it so, read again every half second meanwhile.
 */
export function PastErasureRequests({ latest, onErased }: { latest: ErasureRequest | null; onErased(request: ErasureRequest): void }) {
  const [{ data, error }, reread] = useQuery({ query: ERASURE_REQUESTS, requestPolicy: 'network-only' });
  const fetched = data?.erasureRequests?.edges.map((e) => e.node) ?? [];
  const caughtUp = (r: ErasureRequest) => latest !== null && r.requestId === latest.requestId && (r.erasedAtTh !== null || latest.erasedAtTh === null);
  const waiting = latest !== null && data !== undefined && !fetched.some(caughtUp);
  const listed = waiting ? fetched.filter((r) => r.requestId !== latest.requestId) : fetched;
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => reread({ requestPolicy: 'network-only' }), 500);
    return () => clearTimeout(timer);
  }, [waiting, data, reread]);
  if (!data) return error ? <GeneralErrors refusals={refusalsOf(error)} title="อ่านบันทึกคำขอไม่ได้" /> : null;
  const shown = waiting && latest ? [latest, ...listed] : listed;
  if (shown.length === 0) return <Text c="dimmed">ยังไม่มีคำขอลบข้อมูล</Text>;
  return (
    <Table striped withTableBorder fz="sm" data-testid="erasure-requests">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>บันทึกเมื่อ</Table.Th><Table.Th>เจ้าของข้อมูล</Table.Th><Table.Th>ผู้ยื่น / เหตุ</Table.Th><Table.Th>หนังสือ</Table.Th>
          <Table.Th>ผล</Table.Th><Table.Th>ผู้บันทึก</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shown.map((node) => (
          <Table.Tr key={node.requestId}>
            <Table.Td>{node.recordedAtTh}</Table.Td>
            <Table.Td>{node.subjectMasked}</Table.Td>
            <Table.Td>{REQUESTER_TH[node.requester]}<br />{BASIS_TH[node.basis]}</Table.Td>
            <Table.Td>{node.letterReference}<br />รับ {node.receivedOnTh}</Table.Td>
            <Table.Td>
              {node.decision === 'REFUSED'
                ? <><Badge color="red.9" tt="none">ปฏิเสธ</Badge> {node.refusals.flatMap((r) => r.cases.map((c) => c.caseId)).join(', ')}</>
                : node.erasedAtTh
                  ? <><Badge color="blue.9" tt="none">ลบแล้ว</Badge> กุญแจ {node.keysDestroyed} ดอก {node.streamCount} เรื่อง</>
                  : <><Badge color="orange.9" tt="none">รอบันทึกผลการลบ</Badge> <RetryErasureButton request={node} onErased={onErased} /></>}
            </Table.Td>
            <Table.Td>{actorName(node.recordedBy)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
