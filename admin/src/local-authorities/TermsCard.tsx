import { Paper, Table, Title } from '@mantine/core';
import type { AuthorityTerms } from './local-authorities.graphql';

const rate = (value: string | null, unit: string) => (value === null ? 'ไม่จัดเก็บ' : `${value} ${unit}`);
const percent = (value: string | null, of: string) => (value === null ? 'ไม่จัดเก็บ' : `ร้อยละ ${value} ${of}`);

/** The terms of one version, each figure exactly as enacted. */
export function TermsCard({ terms, pao }: { terms: AuthorityTerms; pao: boolean }) {
  const rows: [string, string][] = [
    ['ข้อบัญญัติ', terms.ordinance],
    ['มีผลตั้งแต่', terms.effectiveFromTh],
  ];
  if (pao) {
    rows.push(
      ['ค่าธรรมเนียมผู้พักในโรงแรม', percent(terms.hotelFeePercent, 'ของค่าเช่าห้องพัก')],
      ['น้ำมันเบนซิน', rate(terms.fuelRates.petrol, 'สตางค์ต่อลิตร')],
      ['น้ำมันดีเซล', rate(terms.fuelRates.diesel, 'สตางค์ต่อลิตร')],
      ['ก๊าซปิโตรเลียมเหลว (LPG)', rate(terms.fuelRates.lpg, 'สตางค์ต่อกิโลกรัม')],
      ['ก๊าซธรรมชาติ (NGV)', rate(terms.fuelRates.ngv, 'สตางค์ต่อกิโลกรัม')],
      ['ยาสูบ', rate(terms.tobaccoRate, 'สตางค์ต่อมวน')],
    );
  } else {
    rows.push(
      ['ค่าธรรมเนียมใบอนุญาตโฆษณาด้วยแผ่นประกาศ', `${terms.leafletPermitFee} บาท`],
      ['ระยะเวลาพิจารณาใบอนุญาต', `${terms.leafletDecisionDays} วัน`],
    );
  }
  rows.push(
    ['กำหนดยื่นแบบ', `ภายในวันที่ ${terms.filingDeadlineDay} ของเดือนถัดไป`],
    ['เงินเพิ่ม', `ร้อยละ ${terms.surchargePercentPerMonth} ต่อเดือนหรือเศษของเดือน ไม่เกินร้อยละ ${terms.surchargeCapPercent}`],
  );
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">ข้อบัญญัติที่ใช้บังคับ</Title>
      <Table aria-label="ข้อบัญญัติที่ใช้บังคับ" data-testid="terms-in-force">
        <Table.Tbody>
          {rows.map(([label, value]) => <Table.Tr key={label}><Table.Th>{label}</Table.Th><Table.Td>{value}</Table.Td></Table.Tr>)}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
