import { Alert, Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf, SESSION_ENDED } from '../api/errors';
import { instantText, localDateText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { bahtText, STATUS_COLOR, STATUS_TH } from './labels';
import { LEAFLET_PERMIT, type LeafletPermit } from './leaflet-permits.graphql';
import { PermitActions } from './PermitActions';

const CONTEXT = { additionalTypenames: ['LeafletPermit'] };

/** `/leaflet-permits/:id`: a request whole, the next step its status allows, the permit's PDF once issued, and its history. */
export function LeafletPermitPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [{ data, error }, refetch] = useQuery({ query: LEAFLET_PERMIT, variables: { id }, context: CONTEXT });
  const general = refusalsOf(error).filter((r) => !SESSION_ENDED.has(r.code));
  const found = data?.leafletPermit;
  const permit = found?.permit;

  return (
    <Stack>
      <Anchor component={Link} to="/leaflet-permits">← รายการคำขอ</Anchor>
      <Title order={1} size="h2">คำขออนุญาตโฆษณาด้วยแผ่นประกาศ {permit?.permitId ?? ''}</Title>
      <GeneralErrors refusals={general} title="แสดงคำขอไม่ได้" />
      {notice && <Alert color="green" role="status" data-testid="permit-notice" withCloseButton closeButtonLabel="ปิดข้อความ" onClose={() => setNotice(null)}>{notice}</Alert>}
      {permit && found && (
        <>
          <Group>
            <Badge size="lg" color={STATUS_COLOR[permit.status]} variant="dot" data-testid="permit-status">{STATUS_TH[permit.status]}</Badge>
            {permit.overdue && <Badge size="lg" color="red.9" variant="outline">เกินกำหนดพิจารณา</Badge>}
            {permit.pdfPath && <Button component="a" href={permit.pdfPath} variant="default" data-testid="permit-pdf">ดาวน์โหลดใบอนุญาต (PDF)</Button>}
          </Group>
          <PermitFacts permit={permit} />
          <PermitActions permit={permit} onDone={(text) => { setNotice(text); refetch({ requestPolicy: 'network-only' }); }} />
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">ประวัติ</Title>
            <List data-testid="permit-history">
              {found.history.map((e) => <List.Item key={e.eventId}>{instantText(e.recordedAt)} · {e.typeLabelTh}</List.Item>)}
            </List>
          </Paper>
        </>
      )}
    </Stack>
  );
}

function PermitFacts({ permit: p }: { permit: LeafletPermit }) {
  const fact = (label: string, value: string | null | undefined) => (
    <div><Text size="sm" c="dimmed">{label}</Text><Text>{value || '—'}</Text></div>
  );
  return (
    <Paper withBorder p="md" data-testid="permit-facts">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fact('อปท.', `${p.authorityNameTh} (${p.authorityCode})`)}
        {fact('ผู้ขอ', `${p.applicantName} · ${p.applicantKind === 'PERSON' ? 'เลขประจำตัวประชาชน' : 'เลขทะเบียนนิติบุคคล'} ${p.applicantIdNumber} · โทร ${p.applicantPhone}`)}
        {fact('ข้อความโฆษณา', p.advertisement)}
        {fact('จำนวนแผ่นประกาศ', `${p.leaflets.toLocaleString('th-TH')} แผ่น`)}
        {fact('ระยะเวลา', `${localDateText(p.from)} ถึง ${localDateText(p.to)}`)}
        {fact('ค่าธรรมเนียม', `${bahtText(p.fee)} บาท (ข้อบัญญัติที่มีผล ${localDateText(p.termsEffectiveFrom)})`)}
        {fact('ยื่นคำขอ', `${localDateText(p.requestedOn)} · ${p.channel === 'ONLINE' ? 'ยื่นทางออนไลน์ (ยืนยันตัวตนด้วย D.DOPA)' : 'ยื่นที่สำนักงาน'}`)}
        {fact('กำหนดพิจารณาภายใน', `${localDateText(p.dueOn)} (${p.decisionDays} วันทำการ)`)}
        {fact('บันทึกการตรวจสอบ', p.checkNote)}
        {fact('วันที่พิจารณา', p.decidedOn && localDateText(p.decidedOn))}
        {fact('ใบเสร็จรับเงิน', p.receiptNumber && `เลขที่ ${p.receiptNumber} ชำระ ${localDateText(p.paidOn!)}`)}
        {fact('ใบอนุญาต', p.permitNumber && `เลขที่ ${p.permitNumber} ออกให้ ${localDateText(p.issuedOn!)}`)}
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="md">สถานที่</Text>
      <List>
        {p.places.map((place, i) => (
          <List.Item key={i}>{place.kind === 'SUBDISTRICT' ? `ตำบล${place.subdistrictNameTh} (${place.subdistrictCode})` : `พิกัด ${place.lat}, ${place.lon}`}
            {place.description ? ` · ${place.description}` : ''}</List.Item>
        ))}
      </List>
      {p.conditions.length > 0 && <><Text size="sm" c="dimmed" mt="md">เงื่อนไข</Text><List type="ordered">{p.conditions.map((c, i) => <List.Item key={i}>{c}</List.Item>)}</List></>}
      {p.reasons.length > 0 && <><Text size="sm" c="dimmed" mt="md">เหตุผลที่ไม่อนุญาต</Text><List type="ordered">{p.reasons.map((r, i) => <List.Item key={i}>{r}</List.Item>)}</List></>}
    </Paper>
  );
}
