import { instantText } from '../shared/dates';
import { COMPLAINT_CLOSE_REASON_TH, COMPLAINT_STATUS_TH, DEBT_CLOSE_REASON_TH, DEBT_STATUS_TH, MEDIATION_WISH_TH, bahtText, districtText, provinceText } from './labels';
import type { CaseAsOf } from './replay.graphql';

/** The case as it stood, as label and value pairs; null before its first event. */
export function caseAsOfFacts(at: CaseAsOf): [string, string][] | null {
  const point: [string, string][] = [
    ['ฉบับที่', `${at.version} จาก ${at.versions}`],
    ['บันทึกล่าสุด ณ เวลานั้น', at.recordedAt ? instantText(at.recordedAt) : '—'],
  ];
  const debt = at.debtCase;
  if (debt) {
    return [
      ...point,
      ['สถานะ', DEBT_STATUS_TH[debt.status] ?? debt.status],
      ['อำเภอที่ดูแล', `${districtText(debt.district)} ${provinceText(debt.province)}`],
      ['ลูกหนี้', `${debt.debtor.title}${debt.debtor.firstName} ${debt.debtor.lastName}`],
      ['เจ้าหนี้', debt.creditors.map((c) => c.name).join(', ')],
      ['ยอดหนี้คงค้างรวม', bahtText(debt.totalOutstanding)],
      ['ความประสงค์ไกล่เกลี่ย', MEDIATION_WISH_TH[debt.wishesMediation] ?? debt.wishesMediation],
      ['ติดต่อลูกหนี้แล้ว', `${debt.contactAttempts.length} ครั้ง`],
      ...(debt.closing ? [['เหตุที่ยุติเรื่อง', DEBT_CLOSE_REASON_TH[debt.closing.reason] ?? debt.closing.reason] as [string, string]] : []),
    ];
  }
  const complaint = at.complaint;
  if (complaint) {
    return [
      ...point,
      ['สถานะ', COMPLAINT_STATUS_TH[complaint.status] ?? complaint.status],
      ['รหัสติดตามเรื่อง', complaint.trackingCode],
      ['หน่วยงานที่ดูแล', complaint.owningOffice.nameTh],
      ['เรื่อง', complaint.subject],
      ...(complaint.resolution ? [['ผลการแก้ไขปัญหา', complaint.resolution.result] as [string, string]] : []),
      ...(complaint.closing ? [['เหตุที่ยุติเรื่อง', COMPLAINT_CLOSE_REASON_TH[complaint.closing.reason] ?? complaint.closing.reason] as [string, string]] : []),
    ];
  }
  return null;
}
