import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { LEVY_TH } from '../local-authorities/levies/labels';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { FilerFileForm } from './FilerFileForm';
import { FilerReturnView } from './FilerReturnView';
import { MyReturns } from './MyReturns';
import { FILER_CONTEXT } from './filer-context';
import { FILER_BUSINESSES, type FiledReturn, type FilerBusiness } from './filer.graphql';

function BusinessCard({ business, onFile }: { business: FilerBusiness; onFile(): void }) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid={`business-${business.businessNo}`}>
      <Stack gap="xs" h="100%">
        <Title order={3} size="h4">{business.nameTh}</Title>
        {business.filesAs === 'AUTHORISED_FILER' && (
          <Group gap="xs" data-testid={`files-for-${business.businessNo}`}>
            <Badge color="grape.9" variant="outline">ยื่นแทนนิติบุคคล</Badge>
            <Text size="sm">{business.ownerName} · ฐานะ {business.authorisedRole}</Text>
          </Group>
        )}
        <Text size="sm" c="dimmed">{business.addressLine} {business.placeTh}</Text>
        <Text size="sm">ยื่นต่อ {business.authorityNameTh} · ทะเบียนเลขที่ {business.businessNo}</Text>
        <Group gap="xs">{business.kinds.map((k) => <Badge key={k} variant="light">{LEVY_TH[k]}</Badge>)}</Group>
        <Button mt="auto" onClick={onFile}>ยื่นแบบประจำเดือน</Button>
      </Stack>
    </Card>
  );
}

/**
 * The signed-in filer's home: the businesses they own or file for on a company's behalf (marked so), each to file a month for, and the returns they filed with
 * their status; `?file=<businessNo>` opens the filing form, `?return=<id>` a return (its bill and assessment).
 */
export function FilerHome() {
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({ query: FILER_BUSINESSES, context: FILER_CONTEXT });
  const [filed, setFiled] = useState<FiledReturn | null>(null);
  const open = params.get('return');
  const businesses = data?.filerBusinesses ?? [];
  const filing = businesses.find((b) => String(b.businessNo) === params.get('file'));
  if (open) return <FilerReturnView id={open} onBack={() => setParams({})} onAmended={setFiled} />;
  if (!data?.filerBusinesses) return fetching ? <Loading /> : <GeneralErrors refusals={refusalsOf(error)} title="เปิดข้อมูลของท่านไม่ได้" />;
  if (filing) return <FilerFileForm business={filing} onFiled={(r) => { setFiled(r); setParams({ return: r.id }); }} onCancel={() => setParams({})} />;
  return (
    <Stack gap="xl">
      <section aria-labelledby="my-businesses">
        <Title order={2} size="h3" id="my-businesses" mb="sm">สถานประกอบการของฉัน</Title>
        {businesses.length === 0 ? (
          <Alert color="blue" title="ยังไม่พบสถานประกอบการในชื่อของท่าน" data-testid="no-businesses">
            สถานประกอบการต้องลงทะเบียนกับ อบจ. ในนามบุคคลธรรมดาตามเลขประจำตัวประชาชนของท่านก่อน หากเป็นนิติบุคคล ให้ยื่นหนังสือมอบอำนาจต่อ อบจ. เพื่อบันทึกท่านเป็นผู้มีสิทธิ์ยื่นแบบแทน
          </Alert>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {businesses.map((b) => <BusinessCard key={b.businessNo} business={b} onFile={() => setParams({ file: String(b.businessNo) })} />)}
          </SimpleGrid>
        )}
      </section>
      <MyReturns onOpen={(id) => setParams({ return: id })} awaiting={filed} />
    </Stack>
  );
}
