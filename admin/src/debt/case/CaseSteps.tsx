import { Stack } from '@mantine/core';
import { instantText, localDateText } from '../../shared/dates';
import type { DebtCaseDetail } from './case.graphql';
import {
  AGENCY_TH, bahtText, CLOSE_REASON_TH, CONTACT_METHOD_TH, districtTitle, OUTCOME_TH, SESSION_STATE_TH, STATUS_TH, WISH_TH,
} from './case-labels';
import { DataTable, Facts, Section } from './case-layout';

type Plan = { instalmentCount: number; instalmentAmount: string; firstDueDate: string } | null;
const planText = (plan: Plan) => plan && `${plan.instalmentCount} งวด งวดละ ${bahtText(plan.instalmentAmount)} เริ่ม ${localDateText(plan.firstDueDate)}`;

/** What has been done on the case: contacts, sessions and their outcomes, the agreement, referral, transfers, closing, reopenings. */
export function CaseSteps({ detail }: { detail: DebtCaseDetail }) {
  const { contactAttempts, mediationSessions, agreement, referral, transfers, closing, reopenings } = detail;
  return (
    <Stack>
      <Section title="การติดต่อลูกหนี้" testId="case-contacts">
        {contactAttempts.length === 0 ? 'ยังไม่มีการติดต่อ' : (
          <DataTable caption="การติดต่อลูกหนี้แต่ละครั้ง" head={['วันเวลา', 'อำเภอ/เขต', 'วิธีการ', 'ผล', 'ความประสงค์', 'หมายเหตุ']}
            rows={contactAttempts.map((a) => [
              instantText(a.at), districtTitle(a.district), CONTACT_METHOD_TH[a.method], a.reached ? 'ติดต่อได้' : 'ติดต่อไม่ได้',
              WISH_TH[a.wishesMediation], a.note,
            ])} />
        )}
      </Section>
      <Section title="การไกล่เกลี่ย" testId="case-mediation">
        {mediationSessions.length === 0 ? 'ยังไม่มีการนัดไกล่เกลี่ย' : (
          <DataTable caption="นัดไกล่เกลี่ยแต่ละครั้ง" head={['วันนัด', 'เวลา', 'สถานที่', 'สถานะ', 'ผล']}
            rows={mediationSessions.map((s) => [
              localDateText(s.date), s.time && `${s.time} น.`, s.place, SESSION_STATE_TH[s.state],
              s.outcome && [OUTCOME_TH[s.outcome.outcome], s.outcome.note].filter(Boolean).join(' — '),
            ])} />
        )}
      </Section>
      {agreement && (
        <Section title="ผลการไกล่เกลี่ยสำเร็จ" testId="case-agreement">
          <Facts rows={[
            ['วันที่ไกล่เกลี่ย', localDateText(agreement.mediationDate)], ['ยอดหนี้ก่อนไกล่เกลี่ย', bahtText(agreement.debtBefore)],
            ['ยอดหนี้หลังไกล่เกลี่ย', bahtText(agreement.debtAfter)], ['ยอดหนี้ที่ลดลง', bahtText(agreement.reduction)],
            ['แผนการผ่อนชำระ', planText(agreement.instalmentPlan)],
          ]} />
        </Section>
      )}
      {referral && (
        <Section title="การส่งเรื่องต่อหน่วยงานอื่น" testId="case-referral">
          <Facts rows={[['วันเวลา', instantText(referral.at)], ['ส่งถึง', [AGENCY_TH[referral.agency], referral.agencyName].filter(Boolean).join(' ')],
            ['หมายเหตุ', referral.note]]} />
        </Section>
      )}
      {transfers.length > 0 && (
        <Section title="การส่งต่อระหว่างอำเภอ/เขต" testId="case-transfers">
          <DataTable caption="การส่งต่อแต่ละครั้ง" head={['วันเวลา', 'จาก', 'ถึง', 'เหตุผล']}
            rows={transfers.map((t) => [instantText(t.at), districtTitle(t.from), districtTitle(t.to), t.reason])} />
        </Section>
      )}
      {closing && (
        <Section title="การยุติเรื่อง" testId="case-closing">
          <Facts rows={[['วันเวลา', instantText(closing.at)], ['เหตุที่ยุติ', CLOSE_REASON_TH[closing.reason]],
            ['สถานะก่อนยุติ', STATUS_TH[closing.statusBefore]], ['ซ้ำกับเรื่อง', closing.duplicateOfCaseId], ['หมายเหตุ', closing.note]]} />
        </Section>
      )}
      {reopenings.length > 0 && (
        <Section title="การเปิดเรื่องใหม่" testId="case-reopenings">
          <DataTable caption="การเปิดเรื่องใหม่แต่ละครั้ง" head={['วันเวลา', 'เคยยุติด้วยเหตุ', 'เหตุผลที่เปิดใหม่']}
            rows={reopenings.map((r) => [instantText(r.at), CLOSE_REASON_TH[r.closedReason], r.reason])} />
        </Section>
      )}
    </Stack>
  );
}
