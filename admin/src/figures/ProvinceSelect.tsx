import { NativeSelect } from '@mantine/core';
import { useQuery } from 'urql';
import { PROVINCES } from './figures.graphql';

/** The 77 provinces to choose from (the centre and auditors), or none chosen yet. */
export function ProvinceSelect({ value, onChange, label = 'จังหวัด', extra }: {
  value: string | null; onChange(code: string): void; label?: string; extra?: { value: string; label: string };
}) {
  const [{ data }] = useQuery({ query: PROVINCES });
  const options = [
    { value: '', label: 'เลือกจังหวัด', disabled: true },
    ...(extra ? [extra] : []),
    ...(data?.provinces ?? []).map((p) => ({ value: p.code, label: p.nameTh })),
  ];
  return (
    <NativeSelect label={label} w={260} data={options} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}
