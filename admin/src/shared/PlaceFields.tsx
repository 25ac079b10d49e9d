import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../graphql';

const PROVINCES = graphql(`query Provinces { provinces { code nameTh } }`);
const DISTRICTS = graphql(`query Districts($province: String!) { districts(provinceCode: $province) { code nameTh isBangkokKhet } }`);
const SUBDISTRICTS = graphql(`query Subdistricts($district: String!) { subdistricts(districtCode: $district) { code nameTh } }`);

/** A place chosen down to a subdistrict: codes, '' where not chosen yet. */
export interface Place {
  province: string;
  district: string;
  subdistrict: string;
}

export const noPlace: Place = { province: '', district: '', subdistrict: '' };

/** The place of an office: a district's province and district, a province alone. */
export const placeOfOffice = (officeCode: string | null | undefined): Place => {
  if (!officeCode || !/^\d{2,4}$/.test(officeCode)) return noPlace;
  return { province: officeCode.slice(0, 2), district: officeCode.length === 4 ? officeCode : '', subdistrict: '' };
};

interface Props {
  value: Place;
  onChange(place: Place): void;
  /** How far down the choice goes. */
  depth?: 'province' | 'district' | 'subdistrict';
  errors?: Partial<Record<keyof Place, string>>;
  required?: boolean;
}

/** Province, then its districts (khet), then their subdistricts (khwaeng), as native selects. */
export function PlaceFields({ value, onChange, depth = 'subdistrict', errors = {}, required }: Props) {
  const [provinces] = useQuery({ query: PROVINCES });
  const [districts] = useQuery({ query: DISTRICTS, variables: { province: value.province }, pause: !value.province || depth === 'province' });
  const [subdistricts] = useQuery({ query: SUBDISTRICTS, variables: { district: value.district }, pause: !value.district || depth !== 'subdistrict' });
  const choose = (label: string, options: { code: string; nameTh: string }[] | null | undefined) =>
    [{ value: '', label }, ...(options ?? []).map((o) => ({ value: o.code, label: o.nameTh }))];
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <NativeSelect
        label="จังหวัด" required={required} error={errors.province}
        data={choose('— เลือกจังหวัด —', provinces.data?.provinces)}
        value={value.province} onChange={(e) => onChange({ province: e.currentTarget.value, district: '', subdistrict: '' })}
      />
      {depth !== 'province' && (
        <NativeSelect
          label="อำเภอ/เขต" required={required} error={errors.district}
          data={choose('— เลือกอำเภอ/เขต —', value.province ? districts.data?.districts : [])}
          value={value.district} onChange={(e) => onChange({ ...value, district: e.currentTarget.value, subdistrict: '' })}
        />
      )}
      {depth === 'subdistrict' && (
        <NativeSelect
          label="ตำบล/แขวง" required={required} error={errors.subdistrict}
          data={choose('— เลือกตำบล/แขวง —', value.district ? subdistricts.data?.subdistricts : [])}
          value={value.subdistrict} onChange={(e) => onChange({ ...value, subdistrict: e.currentTarget.value })}
        />
      )}
    </SimpleGrid>
  );
}
