import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { refusalsOf } from '../../api/errors';
import { bahtText } from '../../leaflet-permits/labels';
import { localDateText } from '../../shared/dates';
import { GeneralErrors } from '../../shared/form-errors';
import { Loading } from '../../shared/Loading';
import { FILER_LEAFLET_PERMIT, FILER_STATUS_TH, type FilerLeafletPermit, LEAFLET_CONTEXT } from './leaflet-online.graphql';

const placeText = (p: FilerLeafletPermit['places'][number]) =>
  `${p.kind === 'SUBDISTRICT' ? `ทั้งตำบล${p.subdistrictNameTh} (${p.subdistrictCode})` : `พิกัด ${p.lat}, ${p.lon}`}${p.description ? ` — ${p.description}` : ''}`;

/** One of the filer's requests: where it stands, what was asked, the decision, the fee and the permit's PDF once issued. */
export function FilerLeafletView({ id, onBack }: { id: string; onBack(): void }) {
  const [{ data, fetching, error }] = useQuery({ query: FILER_LEAFLET_PERMIT, variables: { id }, context: LEAFLET_CONTEXT, requestPolicy: 'cache-and-network' });
  const p = data?.filerLeafletPermit;
  return (
    <Stack>
      <Group><Button variant="subtle" onClick={onBack}>← กลับไปรายการคำขอ</Button></Group>
      {!p ? (fetching ? <Loading /> : <GeneralErrors refusals={refusalsOf(error)} title="เปิดคำขอนี้ไม่ได้" />) : (
        <Paper withBorder p="lg" radius="md" data-testid="leaflet-permit">
          <Stack>
            <Group justify="space-between">
              <Title order={2} size="h3">คำขอเลขที่ {p.permitId}</Title>
              <Text fw={700} data-testid="leaflet-status">{FILER_STATUS_TH[p.status]}</Text>
            </Group>
            {p.pdfPath && (
              <Alert color="green" title={`ออกใบอนุญาตเลขที่ ${p.permitNumber} แล้ว`}>
                <Button component="a" href={p.pdfPath} mt="xs" data-testid="leaflet-pdf">ดาวน์โหลดใบอนุญาต (PDF)</Button>
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Text>ยื่นต่อ {p.authorityNameTh}</Text>
              <Text>ยื่นเมื่อ {localDateText(p.requestedOn)} · พิจารณาภายใน {localDateText(p.dueOn)}</Text>
              <Text>ผู้ขอ {p.applicantName} · โทร {p.phone}</Text>
              <Text>ค่าธรรมเนียม {bahtText(p.fee)} บาท{p.paidOn ? ` · ชำระแล้ว ${localDateText(p.paidOn)} ใบเสร็จ ${p.receiptNumber}` : ''}</Text>
              <Text>ช่วงโฆษณา {localDateText(p.from)} ถึง {localDateText(p.to)}</Text>
              <Text>จำนวน {p.leaflets.toLocaleString('th-TH')} แผ่น</Text>
            </SimpleGrid>
            <Text>สิ่งที่โฆษณา: {p.advertisement}</Text>
            <div><Text fw={600}>สถานที่</Text><List>{p.places.map((place, i) => <List.Item key={i}>{placeText(place)}</List.Item>)}</List></div>
            {p.conditions.length > 0 && <div><Text fw={600}>เงื่อนไขการอนุญาต</Text><List>{p.conditions.map((c) => <List.Item key={c}>{c}</List.Item>)}</List></div>}
            {p.reasons.length > 0 && <div><Text fw={600}>เหตุผลที่ไม่อนุญาต</Text><List>{p.reasons.map((r) => <List.Item key={r}>{r}</List.Item>)}</List></div>}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
