import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useAccount } from '../../session/session-context';
import { AuthorityPicker, isAuthorityCode } from './AuthorityPicker';
import { OfficeAccounts } from './OfficeAccounts';
import { CENTRE, OfficePicker } from './OfficePicker';
import { TeamPicker } from './TeamPicker';

/**
 * `/staff`: the accounts of an office. The centre chooses any office, or a local administrative organisation (อปท.)
 * whose revenue staff (LOCAL) it registers; a province account its own province's office and districts; a district
 * administrator its district and the tambon teams (ชปต.) of its subdistricts. The office chosen stays in the address
 * (`?office=4901`, `?office=6200702`; `?office=AUTHORITY` while no authority is chosen yet).
 */
export function StaffPage() {
  const account = useAccount();
  const province = account.level === 'PROVINCE' ? account.officeCode : undefined;
  const district = account.level === 'DISTRICT' ? account.officeCode : undefined;
  const [params, setParams] = useSearchParams();
  const officeCode = params.get('office') ?? province ?? district ?? CENTRE;
  const choose = (code: string) => setParams({ office: code });
  const authorities = !province && !district && (officeCode === 'AUTHORITY' || isAuthorityCode(officeCode));
  return (
    <Stack>
      <Title order={1} size="h2">บัญชีผู้ใช้งาน</Title>
      <Text c="dimmed">เลือกหน่วยงานเพื่อดูบัญชีผู้ใช้งาน สร้างบัญชีใหม่ ระงับ คืนสิทธิ ย้ายหน่วยงาน หรือตั้งรหัสผ่านใหม่</Text>
      {!province && !district && (
        <SegmentedControl value={authorities ? 'AUTHORITY' : 'DOPA'} aria-label="ประเภทหน่วยงาน"
          data={[{ value: 'DOPA', label: 'หน่วยงานของกรมการปกครอง' }, { value: 'AUTHORITY', label: 'องค์กรปกครองส่วนท้องถิ่น (อปท.)' }]}
          onChange={(kind) => choose(kind === 'AUTHORITY' ? 'AUTHORITY' : CENTRE)} />
      )}
      {district
        ? <TeamPicker district={district} districtNameTh={account.officeNameTh} value={officeCode} onChange={choose} />
        : authorities
          ? <AuthorityPicker value={officeCode} onChange={(code) => choose(code || 'AUTHORITY')} />
          : <OfficePicker value={officeCode} province={province} onChange={choose} />}
      {(!authorities || isAuthorityCode(officeCode)) && <OfficeAccounts key={officeCode} officeCode={officeCode} province={province} />}
    </Stack>
  );
}
