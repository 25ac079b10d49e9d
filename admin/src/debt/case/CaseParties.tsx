import { Stack, Text } from '@mantine/core';
import { localDateText } from '../../shared/dates';
import type { DebtCaseDetail } from './case.graphql';
import { addressText, bahtText, citizenIdText, CREDITOR_KIND_TH, HELP_KIND_TH, WISH_TH } from './case-labels';
import { DataTable, Facts, Section } from './case-layout';

/** The registration: the debtor and how to reach them, the creditors, the debts and the help wanted. */
export function CaseParties({ detail }: { detail: DebtCaseDetail }) {
  const { debtor, creditors, debts, helpWanted } = detail;
  return (
    <Stack>
      <Section title="ลูกหนี้" testId="case-debtor">
        <Facts rows={[
          ['ชื่อ-สกุล', `${debtor.title}${debtor.firstName} ${debtor.lastName}`],
          ['เลขประจำตัวประชาชน', citizenIdText(debtor.citizenId)],
          ['โทรศัพท์', debtor.phone],
          ['อาชีพ', debtor.occupation],
          ['ที่อยู่', addressText(debtor.address)],
          ['ความประสงค์ไกล่เกลี่ย', WISH_TH[detail.wishesMediation]],
        ]} />
      </Section>
      <Section title={`เจ้าหนี้ (${detail.creditorCount} ราย)`} testId="case-creditors">
        <DataTable caption="รายชื่อเจ้าหนี้" head={['รายที่', 'ประเภท', 'ชื่อ', 'เลขประจำตัว', 'โทรศัพท์', 'ที่อยู่']}
          rows={creditors.map((c, i) => [
            i + 1, CREDITOR_KIND_TH[c.kind], c.name, (c.citizenId ?? c.companyId) && citizenIdText(c.citizenId ?? c.companyId ?? ''), c.phone,
            c.address && addressText(c.address),
          ])} />
      </Section>
      <Section title={`หนี้ (${detail.debtCount} รายการ)`} testId="case-debts">
        <DataTable caption="รายการหนี้" head={['เจ้าหนี้', 'เงินต้น', 'ยอดหนี้คงค้าง', 'ดอกเบี้ยต่อเดือน', 'เริ่มเป็นหนี้', 'หลักประกัน']}
          rows={debts.map((d) => [
            creditors[d.creditorIndex]?.name ?? `รายที่ ${d.creditorIndex + 1}`, bahtText(d.principal), bahtText(d.outstanding),
            d.interestRatePerMonth && `ร้อยละ ${d.interestRatePerMonth}`, d.startDate && localDateText(d.startDate), d.collateral,
          ])} />
        <Text mt="xs">รวมเงินต้น {bahtText(detail.totalPrincipal)} · รวมยอดหนี้คงค้าง {bahtText(detail.totalOutstanding)}</Text>
      </Section>
      <Section title="ความช่วยเหลือที่ต้องการ">
        <Text>{helpWanted.kinds.map((k) => HELP_KIND_TH[k]).join(', ')}{helpWanted.note ? ` — ${helpWanted.note}` : ''}</Text>
      </Section>
    </Stack>
  );
}
