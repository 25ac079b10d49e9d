import { Alert, List } from '@mantine/core';
import type { ErasureRequest } from './erasure.graphql';

/** The decision on a request just recorded: why it was refused (the message names each case), or what the erasure destroyed. */
export function ErasureDecision({ request }: { request: ErasureRequest }) {
  if (request.decision === 'REFUSED') {
    return (
      <Alert color="orange" title={`ปฏิเสธคำขอลบข้อมูลของ ${request.subjectMasked}`} data-testid="erasure-decision">
        <List size="sm">
          {request.refusals.map((r) => (
            <List.Item key={r.code}>{r.messageTh}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return (
    <Alert color="green" title={`อนุมัติและลบข้อมูลของ ${request.subjectMasked} แล้ว`} data-testid="erasure-decision">
      ทำลายกุญแจข้อมูล {request.keysDestroyed ?? 0} ดอก ข้อมูลใน {request.streamCount ?? 0} เรื่องอ่านไม่ได้อีกต่อไป
      {request.erasedAtTh ? ` เมื่อ ${request.erasedAtTh}` : ''} (พบ {request.caseCount} เรื่องของเจ้าของข้อมูล ทุกเรื่องยุติแล้วและไม่มีคำสั่งระงับ)
    </Alert>
  );
}
