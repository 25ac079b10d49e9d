import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { instantText } from '../shared/dates';
import { Loading } from '../shared/Loading';
import { AUDIT_COMPLAINT } from './audit.graphql';
import { AuditCaseLayout } from './AuditCaseLayout';
import { COMPLAINT_CHANNEL_TH, COMPLAINT_CLOSE_REASON_TH, COMPLAINT_STATUS_TH, districtText, provinceText } from './labels';

/** `/audit/complaint/:complaintId`: a complaint of any office, as it stands and as it came to be. */
export function ComplaintAuditPage() {
  const complaintId = useParams().complaintId ?? '';
  const [{ data, error, fetching }] = useQuery({ query: AUDIT_COMPLAINT, variables: { id: complaintId } });
  if (fetching && !data) return <Loading />;
  const detail = data?.complaintDetail;
  const person = detail?.complainant;
  const category = detail?.category;
  const facts: [string, string][] | null = detail && person && category ? [
    ['สถานะ', COMPLAINT_STATUS_TH[detail.status] ?? detail.status],
    ['รหัสติดตามเรื่อง', detail.trackingCode],
    ['หน่วยงานที่ดูแล', detail.owningOffice.nameTh],
    ['หน่วยงานที่รับเรื่อง', detail.receivedBy.nameTh],
    ['รับเรื่องเมื่อ', instantText(detail.receivedAt)],
    ['ช่องทาง', COMPLAINT_CHANNEL_TH[detail.channel] ?? detail.channel],
    ['ผู้ร้อง', person.anonymous ? 'ไม่ประสงค์ออกนาม' : `${person.title ?? ''}${person.firstName ?? ''} ${person.lastName ?? ''}`.trim()],
    ['เรื่อง', detail.subject],
    ['ประเภทเรื่อง', [category.mainNameTh, category.subNameTh ?? category.otherText].filter(Boolean).join(' — ')],
    ['สถานที่เกิดเหตุ', `${detail.location.district.isBangkokKhet ? 'แขวง' : 'ตำบล'}${detail.location.subdistrict.nameTh} ${districtText(detail.location.district)} ${provinceText(detail.location.province)}`],
    ...(detail.resolution ? [['ผลการแก้ไขปัญหา', detail.resolution.result] as [string, string]] : []),
    ...(detail.closing ? [['เหตุที่ยุติเรื่อง', COMPLAINT_CLOSE_REASON_TH[detail.closing.reason] ?? detail.closing.reason] as [string, string]] : []),
    ['บันทึกล่าสุดเมื่อ', instantText(detail.lastEventAt)],
  ] : null;
  return (
    <AuditCaseLayout
      heading={detail ? `เรื่องร้องเรียน ${detail.trackingCode}` : 'เรื่องร้องเรียน'}
      subheading={`เลขที่เรื่อง ${complaintId}`}
      facts={facts}
      history={data?.complaintHistory ?? null}
      refusals={refusalsOf(error)}
      record={{ type: 'COMPLAINT', id: complaintId }}
    />
  );
}
