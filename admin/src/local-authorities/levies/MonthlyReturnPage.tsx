import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../../api/errors';
import { useAccount } from '../../session/session-context';
import { GeneralErrors } from '../../shared/form-errors';
import { AmendReturnForm } from './AmendReturnForm';
import { MONTHLY_RETURN } from './levies.graphql';
import { bahtText, LEVY_TH, mayKeepLevies, STATUS_TH } from './labels';
import { ReturnVersionCard } from './ReturnVersionCard';

/** A registered or amended one must refresh the page even when none was shown before. */
const CONTEXT = { additionalTypenames: ['MonthlyReturn'] };

/** `/monthly-returns/:id`: a return with every version, its assessment breakdown and bills; amending it. */
export function MonthlyReturnPage() {
  const { id = '' } = useParams();
  const account = useAccount();
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error }] = useQuery({ query: MONTHLY_RETURN, variables: { id }, context: CONTEXT });
  const r = data?.monthlyReturn;
  return (
    <Stack>
      {r && <Anchor component={Link} to={`/local-authorities/${r.authorityCode}/returns`}>← แบบยื่นรายเดือนของ {r.authorityNameTh}</Anchor>}
      <Title order={1} size="h2">{r ? `${LEVY_TH[r.kind]} เดือน${r.periodTh}` : 'แบบยื่นรายเดือน'}</Title>
      <GeneralErrors refusals={refusalsOf(error)} title="แสดงข้อมูลไม่ได้" />
      {notice && <Alert color="green" role="status" data-testid="return-notice" withCloseButton closeButtonLabel="ปิดข้อความ" onClose={() => setNotice(null)}>{notice}</Alert>}
      {r && (
        <>
          <Text data-testid="return-summary">{r.businessName} (เลขทะเบียน {r.businessNo}) · ฉบับล่าสุด {r.version} · {STATUS_TH[r.status]} ·
            ยอดตามแบบ {bahtText(r.levy)} บาท · เรียกเก็บแล้ว {bahtText(r.billed)} บาท{r.overpaid !== '0.00' ? ` · ชำระเกิน ${bahtText(r.overpaid)} บาท` : ''}</Text>
          {[...r.versions].reverse().map((v) => <ReturnVersionCard key={v.version} version={v} />)}
          {mayKeepLevies(account, r.authorityCode) && <AmendReturnForm monthlyReturn={r} onAmended={(v) => setNotice(`บันทึกแบบเพิ่มเติม ฉบับที่ ${v} แล้ว`)} />}
        </>
      )}
    </Stack>
  );
}
