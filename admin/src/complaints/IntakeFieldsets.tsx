import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from 'urql';
import { CATEGORIES } from './complaints.graphql';
import type { IntakeForm } from './intake-form';
import { CHANNEL_TH, optionsOf, PARTY_KIND_TH, type ComplaintChannel, type PartyKind } from './labels';
import { PlaceFields } from '../shared/PlaceFields';

/** The parts of the intake form: each shows the refusals of its fields beside them. */
interface Part {
  form: IntakeForm;
  set(patch: Partial<IntakeForm>): void;
  errors: Record<string, string>;
}

/** The form's field paths as the API names them in refusals (each shown beside its field). */
export const INTAKE_FIELDS = [
  'channel', 'receivedAt', 'complainant', 'complainant.citizenId', 'complainant.title', 'complainant.firstName', 'complainant.lastName',
  'complainant.phone', 'complainant.address', 'complainant.address.line', 'complainant.address.districtCode',
  'complainant.address.subdistrictCode', 'subject', 'description', 'category.main', 'category.sub', 'category.otherText', 'location',
  'location.districtCode', 'location.subdistrictCode', 'location.point', 'location.point.lat', 'location.point.lng', 'accused',
  'accused.kind', 'accused.name', 'accused.position', 'accused.agency',
] as const;

export function ReceiptFieldset({ form, set, errors }: Part) {
  return (
    <Fieldset legend="การรับเรื่อง">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect label="ช่องทางการร้องเรียน" required data={optionsOf(CHANNEL_TH)} error={errors.channel}
          value={form.channel} onChange={(e) => set({ channel: e.currentTarget.value as ComplaintChannel })} />
        <TextInput label="วันที่รับเรื่อง" description="เว้นว่างหากรับวันนี้ หรือพิมพ์ วว/ดด/ปปปป (พ.ศ.)" error={errors.receivedAt}
          value={form.receivedOn} onChange={(e) => set({ receivedOn: e.currentTarget.value })} />
      </SimpleGrid>
    </Fieldset>
  );
}

export function ComplainantFieldset({ form, set, errors }: Part) {
  const identity = !form.anonymous;
  return (
    <Fieldset legend="ผู้ร้อง">
      <Stack>
        <Checkbox label="ผู้ร้องไม่ประสงค์ออกนาม" checked={form.anonymous} error={errors.complainant}
          onChange={(e) => set({ anonymous: e.currentTarget.checked })} />
        {identity && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="เลขประจำตัวประชาชน" inputMode="numeric" error={errors['complainant.citizenId']}
                value={form.citizenId} onChange={(e) => set({ citizenId: e.currentTarget.value })} />
              <TextInput label="โทรศัพท์" inputMode="tel" error={errors['complainant.phone']}
                value={form.phone} onChange={(e) => set({ phone: e.currentTarget.value })} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="คำนำหน้านาม" error={errors['complainant.title']} value={form.title} onChange={(e) => set({ title: e.currentTarget.value })} />
              <TextInput label="ชื่อ" required error={errors['complainant.firstName']} value={form.firstName} onChange={(e) => set({ firstName: e.currentTarget.value })} />
              <TextInput label="นามสกุล" required error={errors['complainant.lastName']} value={form.lastName} onChange={(e) => set({ lastName: e.currentTarget.value })} />
            </SimpleGrid>
            <TextInput label="ที่อยู่ (บ้านเลขที่ หมู่ ถนน)" error={errors['complainant.address.line'] ?? errors['complainant.address']}
              value={form.addressLine} onChange={(e) => set({ addressLine: e.currentTarget.value })} />
            <PlaceFields value={form.address} onChange={(address) => set({ address })}
              errors={{ district: errors['complainant.address.districtCode'], subdistrict: errors['complainant.address.subdistrictCode'] }} />
          </>
        )}
      </Stack>
    </Fieldset>
  );
}

export function SubjectFieldset({ form, set, errors }: Part) {
  const [{ data }] = useQuery({ query: CATEGORIES });
  const categories = data?.complaintCategories ?? [];
  const main = categories.find((c) => c.code === form.categoryMain);
  return (
    <Fieldset legend="เรื่องที่ร้อง">
      <Stack>
        <TextInput label="เรื่อง" required error={errors.subject} value={form.subject} onChange={(e) => set({ subject: e.currentTarget.value })} />
        <Textarea label="รายละเอียด" required autosize minRows={3} error={errors.description}
          value={form.description} onChange={(e) => set({ description: e.currentTarget.value })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label="ประเภทเรื่อง" required error={errors['category.main']}
            data={[{ value: '', label: '— เลือกประเภทเรื่อง —' }, ...categories.map((c) => ({ value: c.code, label: c.nameTh }))]}
            value={form.categoryMain} onChange={(e) => set({ categoryMain: e.currentTarget.value, categorySub: '', categoryOther: '' })} />
          {main?.subWrittenIn ? (
            <TextInput label="ประเภทย่อย (ระบุ)" required error={errors['category.otherText']}
              value={form.categoryOther} onChange={(e) => set({ categoryOther: e.currentTarget.value })} />
          ) : (
            <NativeSelect label="ประเภทย่อย" required error={errors['category.sub']}
              data={[{ value: '', label: '— เลือกประเภทย่อย —' }, ...(main?.subs ?? []).map((s) => ({ value: s.code, label: s.nameTh }))]}
              value={form.categorySub} onChange={(e) => set({ categorySub: e.currentTarget.value })} />
          )}
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

export function LocationFieldset({ form, set, errors }: Part) {
  return (
    <Fieldset legend="สถานที่เกิดเหตุ">
      <Stack>
        <PlaceFields value={form.location} onChange={(location) => set({ location })} required
          errors={{ district: errors['location.districtCode'], subdistrict: errors['location.subdistrictCode'] ?? errors.location }} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="ละติจูด" description="ไม่บังคับ" inputMode="decimal" error={errors['location.point.lat'] ?? errors['location.point']}
            value={form.lat} onChange={(e) => set({ lat: e.currentTarget.value })} />
          <TextInput label="ลองจิจูด" description="ไม่บังคับ" inputMode="decimal" error={errors['location.point.lng']}
            value={form.lng} onChange={(e) => set({ lng: e.currentTarget.value })} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

export function AccusedFieldset({ form, set, errors }: Part) {
  return (
    <Fieldset legend="ผู้ถูกร้องเรียน">
      <Stack>
        <NativeSelect label="ประเภทผู้ถูกร้องเรียน" error={errors['accused.kind'] ?? errors.accused}
          data={optionsOf(PARTY_KIND_TH, '— ไม่มีผู้ถูกร้องเรียน —')}
          value={form.accusedKind} onChange={(e) => set({ accusedKind: e.currentTarget.value as PartyKind | '' })} />
        {form.accusedKind !== '' && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="ชื่อผู้ถูกร้องเรียน" required error={errors['accused.name']}
              value={form.accusedName} onChange={(e) => set({ accusedName: e.currentTarget.value })} />
            <TextInput label="ตำแหน่ง" error={errors['accused.position']}
              value={form.accusedPosition} onChange={(e) => set({ accusedPosition: e.currentTarget.value })} />
            <TextInput label="สังกัด" error={errors['accused.agency']}
              value={form.accusedAgency} onChange={(e) => set({ accusedAgency: e.currentTarget.value })} />
          </SimpleGrid>
        )}
      </Stack>
    </Fieldset>
  );
}
