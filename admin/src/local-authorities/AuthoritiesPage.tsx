import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { useAccount } from '../session/session-context';
import { useCursorPages } from '../shared/cursor-pages';
import { GeneralErrors } from '../shared/form-errors';
import { toArabicDigits } from '../shared/thai-digits';
import { AuthoritiesTable } from './AuthoritiesTable';
import { AuthorityForm } from './AuthorityForm';
import { KIND_TH, mayManage } from './labels';
import { type AuthorityKind, LOCAL_AUTHORITIES } from './local-authorities.graphql';

/** A list that was empty holds no LocalAuthority: a registered one must still refresh it. */
const LIST_CONTEXT = { additionalTypenames: ['LocalAuthority'] };
const KINDS = [{ value: '', label: 'ทุกประเภท' }, ...Object.entries(KIND_TH).map(([value, label]) => ({ value, label }))];

/** `/local-authorities`: the authorities of the reader's area by code; central administrators register new ones. */
export function AuthoritiesPage() {
  const account = useAccount();
  const pages = useCursorPages();
  const [provinceText, setProvinceText] = useState('');
  const [filter, setFilter] = useState<{ province: string | null; kind: AuthorityKind | null }>({ province: null, kind: null });
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error }] = useQuery({ query: LOCAL_AUTHORITIES, variables: { ...filter, after: pages.after }, context: LIST_CONTEXT });
  const { byField, general } = fieldMessages(refusalsOf(error));
  const list = data?.localAuthorities;

  function search(event: FormEvent) {
    event.preventDefault();
    pages.reset();
    setFilter((f) => ({ ...f, province: toArabicDigits(provinceText).trim() || null }));
  }

  return (
    <Stack>
      <Title order={1} size="h2">องค์กรปกครองส่วนท้องถิ่น</Title>
      {notice && <Alert color="green" role="status" data-testid="authority-notice" withCloseButton closeButtonLabel="ปิดข้อความ" onClose={() => setNotice(null)}>{notice}</Alert>}
      {mayManage(account) && (
        <AuthorityForm onSaved={(a) => setNotice(`ลงทะเบียน ${a.nameTh} (รหัส ${a.code}) แล้ว`)} />
      )}
      <form onSubmit={search} aria-label="ค้นหา อปท.">
        <Group align="flex-end">
          <TextInput label="รหัสจังหวัด" description="2 หลัก เช่น ๒๐" w={160} value={provinceText} error={byField.province}
            onChange={(e) => setProvinceText(e.currentTarget.value)} />
          <NativeSelect label="ประเภท" data={KINDS} value={filter.kind ?? ''}
            onChange={(e) => { pages.reset(); setFilter((f) => ({ ...f, kind: (e.currentTarget.value || null) as AuthorityKind | null })); }} />
          <Button type="submit" variant="default">ค้นหา</Button>
        </Group>
      </form>
      <GeneralErrors refusals={general} title="แสดงรายชื่อไม่ได้" />
      {list && (list.edges.length === 0 ? <Text>ไม่พบ อปท. ในพื้นที่ที่เลือก</Text> : (
        <>
          <Text size="sm" data-testid="authority-count">ทั้งหมด {list.totalCount} แห่ง</Text>
          <AuthoritiesTable authorities={list.edges.map((e) => e.node)} />
          <Group>
            {pages.page > 1 && <Button variant="default" onClick={pages.previous}>หน้าก่อน</Button>}
            {list.pageInfo.hasNextPage && list.pageInfo.endCursor && (
              <Button variant="default" onClick={() => pages.next(list.pageInfo.endCursor!)}>หน้าถัดไป</Button>
            )}
          </Group>
        </>
      ))}
    </Stack>
  );
}
