import { Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import { PROVINCES } from './staff.graphql';

const AUTHORITIES = graphql(`
  query StaffAuthorities($province: String!) { localAuthorities(province: $province, first: 200) { edges { node { code nameTh } } } }
`);
const AUTHORITY = graphql(`query StaffAuthority($code: String!) { localAuthority(code: $code) { code provinceCode } }`);

/** A local authority's 7-digit code: the office of its revenue staff (LOCAL). */
export const isAuthorityCode = (officeCode: string) => /^\d{7}$/.test(officeCode);

/**
 * The centre's choice of a local administrative organisation (อปท.) whose revenue staff it registers: a province,
 * then one of the authorities registered there. `value` is the authority chosen (7 digits) or '' for none yet.
 */
export function AuthorityPicker({ value, onChange }: { value: string; onChange(officeCode: string): void }) {
  const [{ data: chosen }] = useQuery({ query: AUTHORITY, variables: { code: value }, pause: !isAuthorityCode(value) });
  const [picked, setPicked] = useState<string | null>(null);
  const province = picked ?? chosen?.localAuthority?.provinceCode ?? '';
  const [{ data: provinces }] = useQuery({ query: PROVINCES });
  const [{ data: authorities, fetching }] = useQuery({ query: AUTHORITIES, variables: { province }, pause: !province });
  const listed = authorities?.localAuthorities?.edges.map((e) => e.node) ?? [];
  const authorityOptions = [
    { value: '', label: fetching ? 'กำลังโหลด…' : listed.length === 0 ? 'ยังไม่มี อปท. ที่ลงทะเบียนในจังหวัดนี้' : 'เลือก อปท.' },
    ...listed.map((a) => ({ value: a.code, label: `${a.nameTh} (${a.code})` })),
  ];
  return (
    <Group align="flex-start" grow>
      <NativeSelect label="จังหวัดที่ตั้ง อปท." value={province}
        data={[{ value: '', label: 'เลือกจังหวัด' }, ...(provinces?.provinces ?? []).map((p) => ({ value: p.code, label: p.nameTh }))]}
        onChange={(e) => { setPicked(e.currentTarget.value); onChange(''); }} />
      <NativeSelect label="องค์กรปกครองส่วนท้องถิ่น" value={isAuthorityCode(value) ? value : ''} data={authorityOptions} disabled={!province}
        onChange={(e) => onChange(e.currentTarget.value)} />
    </Group>
  );
}
