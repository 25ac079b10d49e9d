import { Alert, Anchor, Button, Checkbox, FileInput, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { refusalsOf } from '../../api/errors';
import { useAccount } from '../../session/session-context';
import { instantText, localDateText } from '../../shared/dates';
import { GeneralErrors } from '../../shared/form-errors';
import { bahtText } from '../levies/labels';
import { BILL_PAYMENT_RUN_LINES, BILL_PAYMENT_RUNS, RECONCILE_BILL_PAYMENTS, type RunSummary } from './payments.graphql';
import { RunLinesTable } from './RunLinesTable';

/** The authority's province staff and central administrators reconcile; auditors read. */
const mayReconcile = (account: { level: string; administrator: boolean }) =>
  account.level === 'CENTRAL' ? account.administrator : account.level === 'PROVINCE';

const LIST_CONTEXT = { additionalTypenames: ['BillPaymentRun'] };

/** A file's bytes as base64, for the mutation. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function RunTotals({ run }: { run: Pick<RunSummary, 'matchedCount' | 'matchedAmount' | 'unmatchedCount' | 'unmatchedAmount' | 'exceptionCount' | 'exceptionAmount'> }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="run-totals">
      <Text>ตรงยอด {run.matchedCount} รายการ <b>{bahtText(run.matchedAmount)}</b> บาท</Text>
      <Text>ไม่พบใบแจ้งชำระ {run.unmatchedCount} รายการ <b>{bahtText(run.unmatchedAmount)}</b> บาท</Text>
      <Text>ต้องตรวจสอบ {run.exceptionCount} รายการ <b>{bahtText(run.exceptionAmount)}</b> บาท</Text>
    </SimpleGrid>
  );
}

/** The authority's runs, the latest first, read anew after each run (`key`). */
function RunsList({ code, onShow }: { code: string; onShow: (runId: string) => void }) {
  const [{ data }] = useQuery({ query: BILL_PAYMENT_RUNS, variables: { authorityCode: code }, requestPolicy: 'network-only', context: LIST_CONTEXT });
  return (
    <>
      <Title order={2} size="h3">การกระทบยอดที่ผ่านมา ({data?.billPaymentRuns?.totalCount ?? 0})</Title>
      <Table striped aria-label="การกระทบยอดที่ผ่านมา" data-testid="runs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>เมื่อ</Table.Th><Table.Th>ไฟล์</Table.Th><Table.Th>วันที่ในไฟล์</Table.Th><Table.Th>รายการ</Table.Th>
            <Table.Th>ตรงยอด (บาท)</Table.Th><Table.Th>ไม่พบ</Table.Th><Table.Th>ต้องตรวจสอบ</Table.Th><Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.billPaymentRuns?.edges ?? []).map(({ node: r }) => (
            <Table.Tr key={r.id ?? r.ranAt} data-testid={`run-${r.id}`}>
              <Table.Td>{instantText(r.ranAt)}</Table.Td>
              <Table.Td>{r.fileName ?? '—'}</Table.Td>
              <Table.Td>{localDateText(r.effectiveDate)}</Table.Td>
              <Table.Td>{r.paymentCount}</Table.Td>
              <Table.Td>{r.matchedCount} ({bahtText(r.matchedAmount)})</Table.Td>
              <Table.Td>{r.unmatchedCount}</Table.Td>
              <Table.Td>{r.exceptionCount}</Table.Td>
              <Table.Td><Button variant="subtle" size="xs" onClick={() => onShow(r.id ?? '')}>รายการที่ต้องตรวจสอบ</Button></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/**
 * `/local-authorities/:code/payments` (รับชำระจากธนาคาร): upload the bank's bill-payment file to reconcile it (or a dry
 * run), the run's result line by line, and the list of runs with the lines each left to settle.
 */
export function BillPaymentsPage() {
  const { code = '' } = useParams();
  const account = useAccount();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [shownRun, setShownRun] = useState<string | null>(null);
  const [runsShown, setRunsShown] = useState(0);
  const [{ data, error }] = useQuery({ query: BILL_PAYMENT_RUNS, variables: { authorityCode: code }, context: LIST_CONTEXT });
  const [result, reconcile] = useMutation(RECONCILE_BILL_PAYMENTS);
  const [{ data: shown }] = useQuery({ query: BILL_PAYMENT_RUN_LINES, variables: { runId: shownRun ?? '' }, pause: !shownRun });
  const done = result.data?.reconcileBillPayments;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const answer = await reconcile({ input: { authorityCode: code, fileName: file.name, contentBase64: await base64Of(file), dryRun } });
    if (!answer.error) setRunsShown((n) => n + 1);
  };

  return (
    <Stack>
      <Group><Anchor component={Link} to={`/local-authorities/${code}`}>← {data?.localAuthority?.nameTh ?? 'อปท.'}</Anchor>
        <Anchor component={Link} to={`/local-authorities/${code}/returns`}>แบบยื่นรายเดือน</Anchor></Group>
      <Title order={1} size="h2">รับชำระจากธนาคาร (กระทบยอดไฟล์ Bill Payment)</Title>
      <GeneralErrors refusals={refusalsOf(error)} title="แสดงข้อมูลไม่ได้" />
      {mayReconcile(account) && (
        <Paper withBorder p="md">
          <form onSubmit={submit} aria-label="กระทบยอดไฟล์รับชำระ">
            <Stack>
              <FileInput label="ไฟล์รายการรับชำระจากธนาคาร (256 ไบต์ต่อบรรทัด)" placeholder="เลือกไฟล์" value={file} onChange={setFile} clearable clearButtonProps={{ 'aria-label': 'ล้างไฟล์ที่เลือก' }} />
              <Checkbox label="ทดลองกระทบยอด (ไม่บันทึก ไม่ออกใบเสร็จ)" checked={dryRun} onChange={(e) => setDryRun(e.currentTarget.checked)} />
              <Group><Button type="submit" disabled={!file} loading={result.fetching}>กระทบยอด</Button></Group>
              <GeneralErrors refusals={refusalsOf(result.error)} title="กระทบยอดไม่ได้" />
            </Stack>
          </form>
        </Paper>
      )}
      {done && (
        <Paper withBorder p="md" data-testid="run-result">
          <Stack>
            <Alert color={done.run.exceptionCount + done.run.unmatchedCount > 0 ? 'orange' : 'green'} role="status">
              {done.run.dryRun ? 'ทดลองกระทบยอด (ไม่ได้บันทึก)' : 'กระทบยอดแล้ว'}: ไฟล์วันที่ {localDateText(done.run.effectiveDate)} บัญชี {done.run.companyAccount} ·
              {' '}{done.run.paymentCount} รายการ
            </Alert>
            <RunTotals run={done.run} />
            <RunLinesTable lines={done.lines} label="ผลการกระทบยอด" />
          </Stack>
        </Paper>
      )}
      <RunsList key={runsShown} code={code} onShow={setShownRun} />
      {shown?.billPaymentRun && shown.billPaymentRunLines && (
        <Paper withBorder p="md" data-testid="run-to-settle">
          <Stack>
            <Title order={3} size="h4">รายการที่ต้องตรวจสอบของไฟล์ {shown.billPaymentRun.fileName ?? shown.billPaymentRun.fileDigest.slice(0, 12)}
              {' '}({shown.billPaymentRunLines.totalCount})</Title>
            <RunTotals run={shown.billPaymentRun} />
            <RunLinesTable lines={shown.billPaymentRunLines.edges.map((e) => e.node)} label="รายการที่ต้องตรวจสอบ" />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
