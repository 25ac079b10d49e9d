import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { instantText } from '../shared/dates';
import { Loading } from '../shared/Loading';
import { AUDIT_DEBT_CASE } from './audit.graphql';
import { AuditCaseLayout } from './AuditCaseLayout';
import { DEBT_CHANNEL_TH, DEBT_CLOSE_REASON_TH, DEBT_STATUS_TH, MEDIATION_WISH_TH, bahtText, districtText, provinceText } from './labels';

/** `/audit/debt/:caseId`: an informal-debt case of any office, as it stands and as it came to be. */
export function DebtAuditPage() {
  const caseId = useParams().caseId ?? '';
  const [{ data, error, fetching }] = useQuery({ query: AUDIT_DEBT_CASE, variables: { id: caseId } });
  if (fetching && !data) return <Loading />;
  const detail = data?.debtCaseDetail;
  const facts: [string, string][] | null = detail ? [
    ['สถานะ', DEBT_STATUS_TH[detail.status] ?? detail.status],
    ['อำเภอที่ดูแล', `${districtText(detail.district)} ${provinceText(detail.province)}`],
    ['ลูกหนี้', `${detail.debtor.title}${detail.debtor.firstName} ${detail.debtor.lastName}`],
    ['เลขประจำตัวประชาชนลูกหนี้', detail.debtor.citizenId],
    ['เจ้าหนี้', detail.creditors.map((c) => c.name).join(', ')],
    ['ช่องทางการลงทะเบียน', DEBT_CHANNEL_TH[detail.channel] ?? detail.channel],
    ['ลงทะเบียนเมื่อ', instantText(detail.registeredAt)],
    ['เงินต้นรวม', bahtText(detail.totalPrincipal)],
    ['ยอดหนี้คงค้างรวม', bahtText(detail.totalOutstanding)],
    ['ความประสงค์ไกล่เกลี่ย', MEDIATION_WISH_TH[detail.wishesMediation] ?? detail.wishesMediation],
    ...(detail.closing ? [['เหตุที่ยุติเรื่อง', DEBT_CLOSE_REASON_TH[detail.closing.reason] ?? detail.closing.reason] as [string, string]] : []),
    ['บันทึกล่าสุดเมื่อ', instantText(detail.lastEventAt)],
  ] : null;
  return (
    <AuditCaseLayout
      heading={`เรื่องหนี้นอกระบบ ${caseId}`}
      subheading={detail?.transferred ? 'เรื่องนี้ส่งต่อมาจากอำเภออื่น ประวัติรวมทุกอำเภอที่ดูแล' : 'ทะเบียนลูกหนี้นอกระบบ'}
      facts={facts}
      history={data?.debtCaseHistory ?? null}
      refusals={refusalsOf(error)}
      record={{ type: 'DEBT_CASE', id: caseId }}
    />
  );
}
