import { Group, NativeSelect } from '@mantine/core';
import { useQuery } from 'urql';
import { DISTRICTS, PROVINCES } from './staff.graphql';

export const CENTRE = 'CENTRAL';

interface OfficePickerProps {
  /** CENTRAL, a 2-digit province code (its provincial office) or a 4-digit district code. */
  value: string;
  onChange(officeCode: string): void;
  /** A province account's own province: the only one offered, and no centre. */
  province?: string;
  error?: string;
}

/** Chooses an office: the centre or a province, then the provincial office or one of its districts. */
export function OfficePicker({ value, onChange, province, error }: OfficePickerProps) {
  const [{ data: provinces }] = useQuery({ query: PROVINCES });
  const chosenProvince = value === CENTRE ? null : value.slice(0, 2);
  const [{ data: districts }] = useQuery({ query: DISTRICTS, variables: { provinceCode: chosenProvince ?? '' }, pause: !chosenProvince });
  const provinceOptions = [
    ...(province ? [] : [{ value: CENTRE, label: 'ส่วนกลาง (กรมการปกครอง)' }]),
    ...(provinces?.provinces ?? []).filter((p) => !province || p.code === province).map((p) => ({ value: p.code, label: p.nameTh })),
  ];
  const districtOptions = chosenProvince ? [
    { value: chosenProvince, label: 'สำนักงานจังหวัด' },
    ...(districts?.districts ?? []).map((d) => ({ value: d.code, label: `${d.isBangkokKhet ? 'เขต' : 'อำเภอ'}${d.nameTh}` })),
  ] : [];
  return (
    <Group align="flex-start" grow>
      <NativeSelect label="จังหวัด" data={provinceOptions} value={chosenProvince ?? CENTRE}
        error={chosenProvince ? undefined : error} onChange={(e) => onChange(e.currentTarget.value)} />
      {chosenProvince && (
        <NativeSelect label="อำเภอ/เขต" data={districtOptions} value={value} error={error} onChange={(e) => onChange(e.currentTarget.value)} />
      )}
    </Group>
  );
}
