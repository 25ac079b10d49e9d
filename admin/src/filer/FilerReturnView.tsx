import { Alert, Badge, Button, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { bahtText, LEVY_TH, STATUS_TH } from '../local-authorities/levies/labels';
import { ReturnVersionCard } from '../local-authorities/levies/ReturnVersionCard';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { FilerAmendForm } from './FilerAmendForm';
import { FILER_CONTEXT } from './filer-context';
import { FILER_RETURN, type FiledReturn, type FilerReturn } from './filer.graphql';

export const STATUS_COLOR: Record<FilerReturn['status'], string> = { BILLED: 'orange', PAID: 'green', OVERPAID: 'blue', NOTHING_DUE: 'gray' };

/** The bills of a return still to pay at the bank, the latest first: what the filer came for. */
function BillsToPay({ monthlyReturn }: { monthlyReturn: FilerReturn }) {
  const unpaid = monthlyReturn.versions.filter((v) => v.bill && !v.bill.payment).reverse();
  if (unpaid.length === 0) return null;
  return (
    <Stack>
      {unpaid.map(({ version, bill }) => (
        <Paper key={version} p="lg" radius="md" bg="orange.0" withBorder data-testid={`to-pay-${version}`}>
          <Stack gap="xs">
            <Text fw={700} size="lg">ยอดที่ต้องชำระ {bahtText(bill!.amount)} บาท</Text>
            <Text data-testid={`to-pay-by-${version}`}>ชำระภายใน <b>{bill!.payByTh}</b> หากชำระหลังวันนี้ต้องคำนวณเงินเพิ่มใหม่ โปรดติดต่อ อบจ.</Text>
            <Text>ชำระผ่านธนาคารกรุงไทย (Bill Payment) ที่สาขา ตู้ ATM หรือแอปธนาคาร โดยระบุ</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Text>Ref1 <Code fz="lg">{bill!.ref1}</Code></Text>
              <Text>Ref2 <Code fz="lg">{bill!.ref2}</Code></Text>
            </SimpleGrid>
            <Text size="sm" c="dimmed">ข้อมูลสำหรับบาร์โค้ด/คิวอาร์โค้ดของใบแจ้งชำระ: <Code>{bill!.payload.replaceAll('\r', ' ↵ ')}</Code></Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** One of the filer's returns: what to pay, each version's assessment and bill, and an amendment. */
export function FilerReturnView({ id, onBack, onAmended }: { id: string; onBack(): void; onAmended(amended: FiledReturn): void }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: FILER_RETURN, variables: { id }, context: FILER_CONTEXT });
  const r = data?.filerReturn;
  return (
    <Stack>
      <Button variant="default" onClick={onBack} w="fit-content">← กลับไปหน้าแบบของฉัน</Button>
      {!data && fetching ? <Loading /> : !r ? <GeneralErrors refusals={refusalsOf(error)} title="เปิดแบบนี้ไม่ได้" /> : (
        <>
          <Paper p="lg" radius="md" withBorder>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2} size="h3">{LEVY_TH[r.kind]} เดือน{r.periodTh}</Title>
                <Text c="dimmed">{r.businessName} · {r.authorityNameTh}</Text>
              </div>
              <Badge size="lg" variant="dot" color={STATUS_COLOR[r.status]} data-testid="return-status">{STATUS_TH[r.status]}</Badge>
            </Group>
            <SimpleGrid cols={{ base: 2, sm: 4 }} mt="md">
              <Text>ภาษีตามแบบล่าสุด<br /><b>{bahtText(r.levy)}</b> บาท</Text>
              <Text>แจ้งชำระทั้งหมด<br /><b>{bahtText(r.billed)}</b> บาท</Text>
              <Text>ชำระแล้ว<br /><b>{bahtText(r.paid)}</b> บาท</Text>
              <Text>ฉบับล่าสุด<br /><b>ฉบับที่ {r.version}</b></Text>
            </SimpleGrid>
          </Paper>
          {r.status === 'PAID' && <Alert color="green" title="ชำระครบแล้ว">ขอบคุณที่ชำระภาษี ดูเลขที่ใบเสร็จได้ในแต่ละฉบับด้านล่าง</Alert>}
          <BillsToPay monthlyReturn={r} />
          {[...r.versions].reverse().map((v) => <ReturnVersionCard key={v.version} version={v} />)}
          <FilerAmendForm monthlyReturn={r} onAmended={(amended) => { onAmended(amended); refetch({ requestPolicy: 'network-only' }); }} />
        </>
      )}
    </Stack>
  );
}
