import { Badge, Code, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { instantText, localDateText } from '../../shared/dates';
import type { ReturnVersion } from './levies.graphql';
import { bahtText, CHANNEL_TH } from './labels';

/** One version of a return: who filed it and when, its assessment line by line, and its bill or overpayment. */
export function ReturnVersionCard({ version: v }: { version: ReturnVersion }) {
  const a = v.assessment;
  return (
    <Paper withBorder p="md" data-testid={`version-${v.version}`}>
      <Stack gap="xs">
        <Group>
          <Title order={2} size="h4">{v.version === 1 ? 'ฉบับที่ 1 (ยื่นครั้งแรก)' : `ฉบับที่ ${v.version} (ยื่นเพิ่มเติม)`}</Title>
          <Badge variant="light">{CHANNEL_TH[v.channel]}</Badge>
        </Group>
        <Text>รับแบบวันที่ {v.filedOnTh} · ผู้ยื่น {v.filerName}{v.filerPosition ? ` (${v.filerPosition})` : ''}</Text>
        {v.amendmentReason && <Text>เหตุที่แก้ไข: {v.amendmentReason}</Text>}
        <Text size="sm">ประเมินตาม {a.ordinance} (มีผล {localDateText(a.termsEffectiveFrom)}) · ครบกำหนดยื่น {a.dueOnTh}
          {a.monthsLate > 0 ? ` · ยื่นช้า ${a.monthsLate} เดือน (หรือเศษของเดือน)` : ' · ยื่นภายในกำหนด'}</Text>
        <Table aria-label={`การประเมินฉบับที่ ${v.version}`} data-testid={`assessment-${v.version}`}>
          <Table.Thead><Table.Tr><Table.Th>รายการ</Table.Th><Table.Th>จำนวน</Table.Th><Table.Th>อัตรา</Table.Th><Table.Th>คำนวณได้ (บาท)</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {a.lines.map((l) => (
              <Table.Tr key={l.itemTh}><Table.Td>{l.itemTh}</Table.Td><Table.Td>{l.quantity}</Table.Td><Table.Td>{l.rateTh}</Table.Td><Table.Td>{l.amount}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Text>ยอดตามแบบ (ปัดเศษสตางค์ทิ้ง) <b>{bahtText(a.levy)}</b> บาท</Text>
          <Text>ยอดฉบับก่อน <b>{bahtText(a.previousLevy)}</b> บาท</Text>
          <Text>เงินเพิ่ม (ร้อยละ {a.surchargePercentPerMonth} ต่อเดือน ไม่เกินร้อยละ {a.surchargeCapPercent}) <b>{bahtText(a.surcharge)}</b> บาท</Text>
          <Text>ผลต่างที่ต้องชำระ <b>{bahtText(a.difference)}</b> บาท</Text>
        </SimpleGrid>
        {v.bill && (
          <Paper withBorder p="sm" bg="gray.0" data-testid={`bill-${v.version}`}>
            <Text fw={600}>ใบแจ้งชำระผ่านธนาคารกรุงไทย (Bill Payment) {bahtText(v.bill.amount)} บาท</Text>
            <Text data-testid={`pay-by-${v.version}`}>ชำระภายใน <b>{v.bill.payByTh}</b>
              {a.monthsLate > 0 ? ' (ยอดนี้รวมเงินเพิ่มถึงวันนั้น หากชำระหลังจากนั้นเงินเพิ่มจะเพิ่มขึ้น)' : ' (วันครบกำหนดยื่นแบบ)'}</Text>
            <Text>Ref1: <Code>{v.bill.ref1}</Code> · Ref2: <Code>{v.bill.ref2}</Code></Text>
            <Text size="sm">ข้อมูลบาร์โค้ด/คิวอาร์โค้ด: <Code>{v.bill.payload.replaceAll('\r', ' [CR] ')}</Code></Text>
            {v.bill.payment
              ? <Text fw={600} data-testid={`payment-${v.version}`}>ชำระแล้ว {bahtText(v.bill.payment.amount)} บาท เมื่อ {instantText(v.bill.payment.paidAt)} ·
                ใบเสร็จเลขที่ {v.bill.payment.receiptNumber} (ไฟล์ธนาคารบรรทัด {v.bill.payment.line})</Text>
              : <Text c="dimmed">ยังไม่ได้รับชำระ</Text>}
          </Paper>
        )}
        {v.overpayment && <Text c="orange" data-testid={`overpayment-${v.version}`}>ชำระเกิน {bahtText(v.overpayment)} บาท: รอคืนเงินให้ผู้ประกอบการ</Text>}
      </Stack>
    </Paper>
  );
}
