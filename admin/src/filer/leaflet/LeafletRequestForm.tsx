import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { newCommandId } from '../../shared/command-id';
import { GeneralErrors } from '../../shared/form-errors';
import { blankPlace, LeafletPlaces, placeInput, type PlaceRow } from './LeafletPlaces';
import { LEAFLET_CONTEXT, LEAFLET_PERMIT_AUTHORITIES, REQUEST_LEAFLET_PERMIT_ONLINE, type RequestedLeafletPermit } from './leaflet-online.graphql';

const blank = { authorityCode: '', advertisement: '', from: '', to: '', leaflets: '', phone: '' };

/**
 * ยื่นคำขออนุญาตทางออนไลน์: the filer finds the municipality or SAO by name, says what, where, when and how many;
 * their name and citizen id are those D.DOPA verified. Each refusal shows under its field.
 */
export function LeafletRequestForm({ onRequested, onCancel }: { onRequested(permit: RequestedLeafletPermit): void; onCancel(): void }) {
  const [form, setForm] = useState(blank);
  const [search, setSearch] = useState('');
  const [places, setPlaces] = useState<PlaceRow[]>([blankPlace()]);
  const [commandId] = useState(newCommandId);
  const [{ data: found }] = useQuery({ query: LEAFLET_PERMIT_AUTHORITIES, variables: { search }, pause: search.trim() === '', context: LEAFLET_CONTEXT });
  const [{ fetching, error }, request] = useMutation(REQUEST_LEAFLET_PERMIT_ONLINE);
  const { byField, general } = fieldMessages(refusalsOf(error));
  const set = (key: keyof typeof blank) => (e: { currentTarget: { value: string } }) => {
    const { value } = e.currentTarget;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const authorities = found?.leafletPermitAuthorities ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await request({ input: { ...form, commandId, places: places.map(placeInput) } }, LEAFLET_CONTEXT);
    if (answer.data?.requestLeafletPermitOnline) onRequested(answer.data.requestLeafletPermitOnline);
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit} noValidate aria-label="คำขออนุญาตโฆษณาด้วยแผ่นประกาศ">
        <Stack>
          <div>
            <Title order={2} size="h3">ยื่นคำขออนุญาตโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ</Title>
            <Text c="dimmed">ยื่นต่อเทศบาล อบต. หรือเมืองพัทยาที่จะโฆษณา ในนามของท่านตามที่ยืนยันตัวตนด้วย D.DOPA</Text>
          </div>
          <GeneralErrors refusals={general} title="ยื่นคำขอไม่สำเร็จ" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="ค้นหา อปท. ตามชื่อ" description="เช่น โป่ง หรือ เทศบาลเมือง" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
            <NativeSelect label="อปท. ที่ยื่นคำขอ" value={form.authorityCode} error={byField.authorityCode} onChange={set('authorityCode')}
              data={[{ value: '', label: authorities.length ? 'เลือก อปท.' : 'พิมพ์ชื่อเพื่อค้นหาก่อน' },
                ...authorities.map((a) => ({ value: a.code, label: `${a.nameTh} (${a.placeTh})` }))]} />
          </SimpleGrid>
          <Textarea label="ข้อความหรือสิ่งที่โฆษณา" autosize minRows={2} value={form.advertisement} error={byField.advertisement} onChange={set('advertisement')} />
          <LeafletPlaces places={places} onChange={setPlaces} errors={byField} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="เริ่มโฆษณาวันที่" description="วว/ดด/ปปปป พ.ศ. พิมพ์เลขไทยได้" value={form.from} error={byField.from} onChange={set('from')} />
            <TextInput label="ถึงวันที่" description="วว/ดด/ปปปป พ.ศ." value={form.to} error={byField.to} onChange={set('to')} />
            <TextInput label="จำนวนแผ่นประกาศ" inputMode="numeric" value={form.leaflets} error={byField.leaflets} onChange={set('leaflets')} />
            <TextInput label="โทรศัพท์ที่ติดต่อได้" inputMode="tel" value={form.phone} error={byField.phone} onChange={set('phone')} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">ค่าธรรมเนียมและระยะเวลาพิจารณาเป็นไปตามข้อบัญญัติของ อปท. ที่ใช้บังคับในวันที่ยื่น ชำระค่าธรรมเนียมที่ อปท. เมื่อได้รับอนุญาต</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>ยกเลิก</Button>
            <Button type="submit" loading={fetching}>ยื่นคำขอ</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
