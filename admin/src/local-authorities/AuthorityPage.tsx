import { Alert, Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { fieldMessages, refusalsOf, SESSION_ENDED } from '../api/errors';
import { useAccount } from '../session/session-context';
import { parseTypedDay, todayInBangkok, typedDayOf } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { toArabicDigits } from '../shared/thai-digits';
import { AuthorityForm } from './AuthorityForm';
import { EnactTermsForm } from './EnactTermsForm';
import { kindText, mayManage, placeText } from './labels';
import { LOCAL_AUTHORITY } from './local-authorities.graphql';
import { TermsCard } from './TermsCard';

/** A list of versions that was empty holds no AuthorityTerms: an enacted one must still refresh the page. */
const CONTEXT = { additionalTypenames: ['AuthorityTerms', 'LocalAuthority'] };

/** `/local-authorities/:code`: an authority, its terms in force on a day (Buddhist Era) and every version; central administrators edit and enact. */
export function AuthorityPage() {
  const { code = '' } = useParams();
  const account = useAccount();
  const [dayText, setDayText] = useState(() => typedDayOf(todayInBangkok()));
  const [on, setOn] = useState(todayInBangkok);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [{ data, error }] = useQuery({ query: LOCAL_AUTHORITY, variables: { code, on }, context: CONTEXT });
  const refusals = refusalsOf(error);
  const { byField } = fieldMessages(refusals);
  /** All but the day's refusal, shown beside its field: an unknown or out-of-area code among them. */
  const general = refusals.filter((r) => r.field !== 'on' && !SESSION_ENDED.has(r.code));
  const authority = data?.localAuthority;

  function showDay(event: FormEvent) {
    event.preventDefault();
    setOn(parseTypedDay(dayText) ?? toArabicDigits(dayText).trim());
  }

  return (
    <Stack>
      <Anchor component={Link} to="/local-authorities">← รายชื่อ อปท.</Anchor>
      <Title order={1} size="h2">{authority?.nameTh ?? 'องค์กรปกครองส่วนท้องถิ่น'}</Title>
      <GeneralErrors refusals={general} title="แสดงข้อมูลไม่ได้" />
      {notice && <Alert color="green" role="status" data-testid="authority-notice" withCloseButton closeButtonLabel="ปิดข้อความ" onClose={() => setNotice(null)}>{notice}</Alert>}
      {authority && (
        <>
          <Text data-testid="authority-facts">รหัส {authority.code} · {kindText(authority)} · {placeText(authority)} · รหัสบริษัท {authority.billerCode}</Text>
          {authority.kind === 'PAO' ? (
            <Group>
              <Anchor component={Link} to={`/local-authorities/${authority.code}/businesses`}>สถานประกอบการ</Anchor>
              <Anchor component={Link} to={`/local-authorities/${authority.code}/returns`}>แบบยื่นรายเดือน</Anchor>
              <Anchor component={Link} to={`/local-authorities/${authority.code}/payments`}>รับชำระจากธนาคาร</Anchor>
              <Anchor component={Link} to={`/local-authorities/${authority.code}/reports`}>รายงานการจัดเก็บรายได้</Anchor>
              <Anchor component={Link} to={`/local-authorities/${authority.code}/province-report`}>ภาพรวมจังหวัด</Anchor>
            </Group>
          ) : (
            <Group>
              {account.level === 'LOCAL' && <Anchor component={Link} to="/leaflet-permits">คำขออนุญาตโฆษณาด้วยแผ่นประกาศ</Anchor>}
              {account.level === 'LOCAL' && <Anchor component={Link} to="/leaflet-permits/new">ยื่นคำขอใหม่</Anchor>}
              <Anchor component={Link} to={`/local-authorities/${authority.code}/reports`}>รายงานการจัดเก็บรายได้</Anchor>
            </Group>
          )}
          {mayManage(account) && (editing
            ? <AuthorityForm authority={authority} onSaved={(a) => { setEditing(false); setNotice(`บันทึกการแก้ไข ${a.nameTh} แล้ว`); }} />
            : <Group><Button variant="default" onClick={() => setEditing(true)}>แก้ไขข้อมูล อปท.</Button></Group>)}
          <form onSubmit={showDay} aria-label="ข้อบัญญัติ ณ วันที่">
            <Group align="flex-end">
              <TextInput label="ข้อบัญญัติที่ใช้บังคับ ณ วันที่" description="วว/ดด/ปปปป พ.ศ." value={dayText} error={byField.on}
                onChange={(e) => setDayText(e.currentTarget.value)} />
              <Button type="submit" variant="default">แสดง</Button>
            </Group>
          </form>
          {data.authorityTermsInForce
            ? <TermsCard terms={data.authorityTermsInForce} pao={authority.kind === 'PAO'} />
            : <Text data-testid="no-terms">ยังไม่มีข้อบัญญัติที่ใช้บังคับในวันนั้น</Text>}
          {mayManage(account) && (
            <EnactTermsForm authority={authority} onEnacted={(t) => setNotice(`ตราข้อบัญญัติ มีผลตั้งแต่ ${t.effectiveFromTh} แล้ว`)} />
          )}
          <Title order={2} size="h4">ประวัติข้อบัญญัติ</Title>
          {data.authorityTermsHistory?.length ? (
            <Table striped aria-label="ประวัติข้อบัญญัติ" data-testid="terms-history">
              <Table.Thead><Table.Tr><Table.Th>มีผลตั้งแต่</Table.Th><Table.Th>ข้อบัญญัติ</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {data.authorityTermsHistory.map((t) => (
                  <Table.Tr key={t.effectiveFrom}><Table.Td>{t.effectiveFromTh}</Table.Td><Table.Td>{t.ordinance}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : <Text>ยังไม่มีข้อบัญญัติ</Text>}
        </>
      )}
    </Stack>
  );
}
