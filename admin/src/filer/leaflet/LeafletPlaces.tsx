import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';

export interface PlaceRow { kind: 'SUBDISTRICT' | 'POINT'; subdistrictCode: string; lat: string; lon: string; description: string }
export const blankPlace = (): PlaceRow => ({ kind: 'SUBDISTRICT', subdistrictCode: '', lat: '', lon: '', description: '' });
const MAX_PLACES = 20;

/** A place as the request sends it: a whole subdistrict (its code) or a point (latitude, longitude). */
export const placeInput = (p: PlaceRow) => (p.kind === 'SUBDISTRICT'
  ? { subdistrictCode: p.subdistrictCode, description: p.description || null }
  : { lat: p.lat, lon: p.lon, description: p.description || null });

/** สถานที่: 1 to 20 rows, each a subdistrict of the authority's district or a point; each field's refusal under it. */
export function LeafletPlaces({ places, onChange, errors }: { places: PlaceRow[]; onChange(places: PlaceRow[]): void; errors: Record<string, string> }) {
  const set = (i: number, key: keyof PlaceRow, value: string) => onChange(places.map((p, j) => (j === i ? { ...p, [key]: value } : p)));
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">สถานที่ปิด ทิ้ง หรือโปรยแผ่นประกาศ</Title>
      <Text size="sm" c="dimmed">ระบุทั้งตำบล (รหัสตำบล 6 หลักในอำเภอของ อปท.) หรือพิกัดละติจูด/ลองจิจูด ได้ไม่เกิน {MAX_PLACES} แห่ง</Text>
      {errors.places && <Text c="red" role="alert">{errors.places}</Text>}
      {places.map((p, i) => (
        <Group key={i} align="flex-start" data-testid={`place-${i}`}>
          <NativeSelect label={`สถานที่แห่งที่ ${i + 1}`} data={[{ value: 'SUBDISTRICT', label: 'ทั้งตำบล' }, { value: 'POINT', label: 'พิกัด' }]}
            value={p.kind} onChange={(e) => set(i, 'kind', e.currentTarget.value)} />
          {p.kind === 'SUBDISTRICT'
            ? <TextInput label="รหัสตำบล" w={140} inputMode="numeric" value={p.subdistrictCode}
                error={errors[`places[${i}].subdistrictCode`] ?? errors[`places[${i}]`]} onChange={(e) => set(i, 'subdistrictCode', e.currentTarget.value)} />
            : <>
                <TextInput label="ละติจูด" w={140} value={p.lat} error={errors[`places[${i}].lat`] ?? errors[`places[${i}]`]} onChange={(e) => set(i, 'lat', e.currentTarget.value)} />
                <TextInput label="ลองจิจูด" w={140} value={p.lon} error={errors[`places[${i}].lon`]} onChange={(e) => set(i, 'lon', e.currentTarget.value)} />
              </>}
          <TextInput label="รายละเอียดสถานที่" description="ไม่บังคับ เช่น หน้าตลาดสด" style={{ flex: 1 }} value={p.description}
            error={errors[`places[${i}].description`]} onChange={(e) => set(i, 'description', e.currentTarget.value)} />
          {places.length > 1 && <Button variant="subtle" color="red" mt={24} onClick={() => onChange(places.filter((_, j) => j !== i))}>ลบ</Button>}
        </Group>
      ))}
      {places.length < MAX_PLACES && <Group><Button variant="default" onClick={() => onChange([...places, blankPlace()])}>เพิ่มสถานที่</Button></Group>}
    </Stack>
  );
}
