import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { instantText } from '../shared/dates';
import { COMPLAINT_SUMMARY } from './complaints.graphql';
import { DUPLICATE_REASON_TH, STATUS_TH } from './labels';

export interface PossibleDuplicate {
  complaintId: string | null;
  reason: keyof typeof DUPLICATE_REASON_TH;
  heldBy: { nameTh: string } | null;
  sinceTh: string | null;
}

/** A complaint of the reader's area by its tracking code, subject and status, linked to its page unless `plain`. */
export function ComplaintSummary({ id, plain = false }: { id: string; plain?: boolean }) {
  const [{ data }] = useQuery({ query: COMPLAINT_SUMMARY, variables: { id } });
  const complaint = data?.complaint;
  const text = complaint
    ? `${complaint.trackingCode} — ${complaint.subject} (${STATUS_TH[complaint.status]}, รับเรื่อง ${instantText(complaint.receivedAt)})`
    : `เรื่องเลขที่ ${id}`;
  return plain ? <>{text}</> : <Anchor component={Link} to={`/complaints/${id}`}>{text}</Anchor>;
}

/** One possible duplicate: in the area, the complaint itself; elsewhere only who holds it, since when and why. */
export function PossibleDuplicateText({ entry }: { entry: PossibleDuplicate }) {
  const why = DUPLICATE_REASON_TH[entry.reason];
  if (entry.complaintId) return <>{why}: <ComplaintSummary id={entry.complaintId} /></>;
  return <>{why}: เรื่องที่{entry.heldBy?.nameTh}รับไว้เมื่อ {entry.sinceTh} (อยู่นอกพื้นที่ของท่าน จึงแสดงเฉพาะหน่วยงาน วันที่ และเหตุที่อาจซ้ำ)</>;
}

/** The duplicate check's answer, above the intake form's save button. */
export function PossibleDuplicates({ found }: { found: readonly PossibleDuplicate[] }) {
  if (found.length === 0) return <Text size="sm" c="dimmed" data-testid="possible-duplicates">ไม่พบเรื่องที่อาจซ้ำ</Text>;
  return (
    <Alert color="yellow" title={`พบเรื่องที่อาจซ้ำ ${found.length} เรื่อง`} data-testid="possible-duplicates">
      <List size="sm" spacing={4}>
        {found.map((entry, i) => <List.Item key={i}><PossibleDuplicateText entry={entry} /></List.Item>)}
      </List>
      <Text size="sm" mt="xs">ท่านยังบันทึกรับเรื่องนี้ได้ และระบุว่าเป็นเรื่องซ้ำภายหลังได้ที่หน้าเรื่อง</Text>
    </Alert>
  );
}
