import { NativeSelect } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';

const SUBDISTRICTS = graphql(`query TeamSubdistricts($district: String!) { subdistricts(districtCode: $district) { code nameTh } }`);

/**
 * A district administrator's choice of office: the district itself, or the tambon team (ชุดปฏิบัติการประจำตำบล) of one
 * of its subdistricts, whose members it registers.
 */
export function TeamPicker({ district, districtNameTh, value, onChange }: {
  district: string; districtNameTh: string; value: string; onChange(officeCode: string): void;
}) {
  const [{ data }] = useQuery({ query: SUBDISTRICTS, variables: { district } });
  const options = [
    { value: district, label: districtNameTh },
    ...(data?.subdistricts ?? []).map((s) => ({ value: s.code, label: `ชปต. ตำบล${s.nameTh} (${s.code})` })),
  ];
  return <NativeSelect label="หน่วยงาน" data={options} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
}
