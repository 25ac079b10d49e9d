import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../../api/errors';
import { useAccount } from '../../session/session-context';
import { GeneralErrors } from '../../shared/form-errors';
import { AuthorisedFilersSection } from '../business-filers/AuthorisedFilersSection';
import { BUSINESS_WITH_FILERS } from '../business-filers/business-filers.graphql';
import { LEVY_TH } from './labels';

const CONTEXT = { additionalTypenames: ['Business'] };

/** `/businesses/:businessNo`: one business as registered, and who may file online for the company owning it. */
export function BusinessPage() {
  const { businessNo = '' } = useParams();
  const account = useAccount();
  const [{ data, error }] = useQuery({ query: BUSINESS_WITH_FILERS, variables: { businessNo: Number(businessNo) }, context: CONTEXT });
  const b = data?.business;
  return (
    <Stack>
      {b && <Anchor component={Link} to={`/local-authorities/${b.authorityCode}/businesses`}>← สถานประกอบการ</Anchor>}
      <Title order={1} size="h2">{b?.nameTh ?? 'สถานประกอบการ'}</Title>
      <GeneralErrors refusals={refusalsOf(error)} title="แสดงข้อมูลไม่ได้" />
      {b && (
        <>
          <Paper withBorder p="md" data-testid="business-facts">
            <Group gap="xl">
              <Text>เลขทะเบียน {b.businessNo}</Text>
              <Text>{b.kinds.map((k) => LEVY_TH[k]).join(', ')}</Text>
            </Group>
            <Text>{b.addressLine} {b.placeTh}</Text>
            <Text>ผู้ประกอบการ: {b.ownerName} ({b.ownerKind === 'JURISTIC' ? 'นิติบุคคล' : 'บุคคลธรรมดา'} {b.ownerIdNumber})</Text>
          </Paper>
          <section aria-labelledby="authorised-filers">
            <Title order={2} size="h3" id="authorised-filers" mb="sm">ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล</Title>
            <AuthorisedFilersSection business={b} mayRecord={account.level === 'LOCAL' && account.officeCode === b.authorityCode} />
          </section>
        </>
      )}
    </Stack>
  );
}
