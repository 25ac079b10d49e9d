import { Anchor, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { useAccount } from '../session/session-context';
import { newCommandId } from '../shared/command-id';
import { GeneralErrors } from '../shared/form-errors';
import { REQUEST_LEAFLET_PERMIT } from './leaflet-permits.graphql';

type PlaceKind = 'SUBDISTRICT' | 'POINT';
interface PlaceRow { kind: PlaceKind; subdistrictCode: string; lat: string; lon: string; description: string }
const blankPlace = (): PlaceRow => ({ kind: 'SUBDISTRICT', subdistrictCode: '', lat: '', lon: '', description: '' });
const blank = {
  authorityCode: '', applicantKind: 'PERSON' as 'PERSON' | 'JURISTIC', name: '', idNumber: '', phone: '', advertisement: '', from: '', to: '', leaflets: '',
};
const MAX_PLACES = 20;

/** `/leaflet-permits/new`: a request as the applicant made it at the counter; numbers and dates in Thai or Arabic digits, years พ.ศ. */
export function RequestPermitPage() {
  const navigate = useNavigate();
  const account = useAccount();
  // An authority's own staff request at their authority: its code is filled in.
  const [form, setForm] = useState(() => ({ ...blank, authorityCode: account.level === 'LOCAL' ? account.officeCode : '' }));
  const [places, setPlaces] = useState<PlaceRow[]>([blankPlace()]);
  const [commandId] = useState(newCommandId);
  const [{ fetching, error }, request] = useMutation(REQUEST_LEAFLET_PERMIT);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const set = (key: keyof typeof blank) => (e: { currentTarget: { value: string } }) => {
    const { value } = e.currentTarget;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const setPlace = (i: number, key: keyof PlaceRow, value: string) => setPlaces((ps) => ps.map((p, j) => (j === i ? { ...p, [key]: value } : p)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await request({ input: {
      commandId, authorityCode: form.authorityCode, advertisement: form.advertisement, from: form.from, to: form.to, leaflets: form.leaflets,
      applicant: { kind: form.applicantKind, name: form.name, idNumber: form.idNumber, phone: form.phone },
      places: places.map((p) => (p.kind === 'SUBDISTRICT'
        ? { subdistrictCode: p.subdistrictCode, description: p.description || null }
        : { lat: p.lat, lon: p.lon, description: p.description || null })),
    } });
    const created = answer.data?.requestLeafletPermit;
    if (created) navigate(`/leaflet-permits/${created.permitId}`, { state: { notice: `บันทึกคำขอเลขที่ ${created.permitId} แล้ว` } });
  }

  return (
    <Stack>
      <Anchor component={Link} to="/leaflet-permits">← รายการคำขอ</Anchor>
      <Title order={1} size="h2">ยื่นคำขออนุญาตโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-label="คำขออนุญาต">
          <Stack>
            <GeneralErrors refusals={general} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="รหัส อปท. ที่ยื่นคำขอ" description="เทศบาล อบต. หรือเมืองพัทยา 7 หลัก" value={form.authorityCode}
                error={byField.authorityCode} onChange={set('authorityCode')} />
              <NativeSelect label="ผู้ขอ" data={[{ value: 'PERSON', label: 'บุคคลธรรมดา' }, { value: 'JURISTIC', label: 'นิติบุคคล' }]}
                value={form.applicantKind} onChange={set('applicantKind')} />
              <TextInput label="ชื่อผู้ขอ" value={form.name} error={byField['applicant.name']} onChange={set('name')} />
              <TextInput label={form.applicantKind === 'PERSON' ? 'เลขประจำตัวประชาชน' : 'เลขทะเบียนนิติบุคคล'} description="13 หลัก" inputMode="numeric"
                value={form.idNumber} error={byField['applicant.idNumber']} onChange={set('idNumber')} />
              <TextInput label="โทรศัพท์" inputMode="tel" value={form.phone} error={byField['applicant.phone']} onChange={set('phone')} />
              <TextInput label="จำนวนแผ่นประกาศ" inputMode="numeric" value={form.leaflets} error={byField.leaflets} onChange={set('leaflets')} />
              <TextInput label="เริ่มโฆษณาวันที่" description="วว/ดด/ปปปป พ.ศ." value={form.from} error={byField.from} onChange={set('from')} />
              <TextInput label="ถึงวันที่" description="วว/ดด/ปปปป พ.ศ." value={form.to} error={byField.to} onChange={set('to')} />
            </SimpleGrid>
            <Textarea label="ข้อความหรือสิ่งที่โฆษณา" autosize minRows={2} value={form.advertisement} error={byField.advertisement} onChange={set('advertisement')} />
            <Title order={2} size="h4">สถานที่</Title>
            {byField.places && <GeneralErrors refusals={[{ code: 'places', messageTh: byField.places, messageEn: '', field: null }]} title="สถานที่" />}
            {places.map((p, i) => (
              <Group key={i} align="flex-start" data-testid={`place-${i}`}>
                <NativeSelect label={`แห่งที่ ${i + 1}`} data={[{ value: 'SUBDISTRICT', label: 'ทั้งตำบล' }, { value: 'POINT', label: 'พิกัด' }]}
                  value={p.kind} onChange={(e) => setPlace(i, 'kind', e.currentTarget.value)} />
                {p.kind === 'SUBDISTRICT'
                  ? <TextInput label="รหัสตำบล" description="6 หลัก" w={140} value={p.subdistrictCode} error={byField[`places[${i}].subdistrictCode`] ?? byField[`places[${i}]`]}
                      onChange={(e) => setPlace(i, 'subdistrictCode', e.currentTarget.value)} />
                  : <>
                      <TextInput label="ละติจูด" w={140} value={p.lat} error={byField[`places[${i}].lat`] ?? byField[`places[${i}]`]} onChange={(e) => setPlace(i, 'lat', e.currentTarget.value)} />
                      <TextInput label="ลองจิจูด" w={140} value={p.lon} error={byField[`places[${i}].lon`]} onChange={(e) => setPlace(i, 'lon', e.currentTarget.value)} />
                    </>}
                <TextInput label="รายละเอียด" style={{ flex: 1 }} value={p.description} error={byField[`places[${i}].description`]}
                  onChange={(e) => setPlace(i, 'description', e.currentTarget.value)} />
                {places.length > 1 && <Button variant="subtle" color="red" mt={24} onClick={() => setPlaces((ps) => ps.filter((_, j) => j !== i))}>ลบ</Button>}
              </Group>
            ))}
            {places.length < MAX_PLACES && <Group><Button variant="default" onClick={() => setPlaces((ps) => [...ps, blankPlace()])}>เพิ่มสถานที่</Button></Group>}
            <Group justify="flex-end"><Button type="submit" loading={fetching}>บันทึกคำขอ</Button></Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
