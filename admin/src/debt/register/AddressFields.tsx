import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from 'urql';
import type { AddressForm } from './registration-form';
import { DISTRICTS, PROVINCES, SUBDISTRICTS } from './register.graphql';

interface Props {
  value: AddressForm;
  onChange(value: AddressForm): void;
  /** Refusals by field name within the address (line, provinceCode, districtCode, subdistrictCode). */
  errors: Partial<Record<keyof AddressForm, string>>;
  /** The debtor's address is whole; a creditor's as far as the debtor knows it. */
  required: boolean;
}

const choose = (label: string) => [{ value: '', label }];

/** Province, then its districts, then their subdistricts, and the house number and street. */
export function AddressFields({ value, onChange, errors, required }: Props) {
  const [provinces] = useQuery({ query: PROVINCES });
  const [districts] = useQuery({ query: DISTRICTS, variables: { provinceCode: value.provinceCode }, pause: !value.provinceCode });
  const [subdistricts] = useQuery({ query: SUBDISTRICTS, variables: { districtCode: value.districtCode }, pause: !value.districtCode });
  const options = (list: readonly { code: string; nameTh: string }[] | null | undefined, none: string) =>
    [...choose(none), ...(list ?? []).map((p) => ({ value: p.code, label: p.nameTh }))];
  const district = value.provinceCode ? districts.data?.districts : [];
  const subdistrict = value.districtCode ? subdistricts.data?.subdistricts : [];
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <NativeSelect label="จังหวัด" required={required} value={value.provinceCode} error={errors.provinceCode}
        data={options(provinces.data?.provinces, required ? 'เลือกจังหวัด' : 'ไม่ทราบ')}
        onChange={(e) => onChange({ ...value, provinceCode: e.currentTarget.value, districtCode: '', subdistrictCode: '' })} />
      <NativeSelect label="อำเภอ/เขต" required={required} value={value.districtCode} error={errors.districtCode}
        data={options(district, required ? 'เลือกอำเภอ/เขต' : 'ไม่ทราบ')} disabled={!value.provinceCode}
        onChange={(e) => onChange({ ...value, districtCode: e.currentTarget.value, subdistrictCode: '' })} />
      <NativeSelect label="ตำบล/แขวง" required={required} value={value.subdistrictCode} error={errors.subdistrictCode}
        data={options(subdistrict, required ? 'เลือกตำบล/แขวง' : 'ไม่ทราบ')} disabled={!value.districtCode}
        onChange={(e) => onChange({ ...value, subdistrictCode: e.currentTarget.value })} />
      <TextInput label="ที่อยู่ (บ้านเลขที่ หมู่ที่ ซอย ถนน)" required={required} value={value.line} error={errors.line}
        style={{ gridColumn: '1 / -1' }} onChange={(e) => onChange({ ...value, line: e.currentTarget.value })} />
    </SimpleGrid>
  );
}

/** The refusals of an address at `prefix` (`debtor.address`, `creditors[0].address`), by field within it. */
export const addressErrors = (byField: Record<string, string>, prefix: string): Props['errors'] => ({
  line: byField[`${prefix}.line`],
  provinceCode: byField[`${prefix}.provinceCode`],
  districtCode: byField[`${prefix}.districtCode`],
  subdistrictCode: byField[`${prefix}.subdistrictCode`],
});
