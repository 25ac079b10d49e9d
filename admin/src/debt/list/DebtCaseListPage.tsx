import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { useAccount } from '../../session/session-context';
import { GeneralErrors } from '../../shared/form-errors';
import { Loading } from '../../shared/Loading';
import { toArabicDigits } from '../../shared/thai-digits';
import { CHANNEL_TH, STATUS_TH } from '../case/case-labels';
import { optionsOf } from '../code-options';
import { CaseTable } from './CaseTable';
import { DEBT_CASES, type DebtCaseFilter } from './debt-list.graphql';
import { HandedOverCases } from './HandedOverCases';
import { PAGE_SIZE, useCursorPages } from './Pager';

const ALL = { value: '', label: 'ทั้งหมด' };
const TRANSFERS = [ALL, { value: 'in', label: 'รับโอนมาจากอำเภอ/เขตอื่น' }, { value: 'out', label: 'ส่งต่อไปอำเภอ/เขตอื่นแล้ว' }];

/** `/debt-cases`: the area's informal-debt cases, searched and filtered (kept in the address), a page at a time. */
export function DebtCaseListPage() {
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  // The box shows the search the address holds (the menu link clears it).
  useEffect(() => setSearch(params.get('q') ?? ''), [params]);
  const transfer = params.get('transfer') ?? '';
  const filter: DebtCaseFilter = {
    search: params.get('q') || null,
    status: (params.get('status') || null) as DebtCaseFilter['status'],
    channel: (params.get('channel') || null) as DebtCaseFilter['channel'],
    transferredIn: transfer === 'in' ? true : null,
  };
  const pages = useCursorPages(params.toString());
  const [{ data, error, fetching }] = useQuery({
    query: DEBT_CASES, variables: { filter, first: PAGE_SIZE, after: pages.after }, pause: transfer === 'out',
  });
  const { byField, general } = fieldMessages(refusalsOf(error));
  /** One filter set or cleared; read from the address as it stands, so that two changes in a row both hold. */
  const choose = (name: string, value: string) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    choose('q', toArabicDigits(search).trim());
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">เรื่องลูกหนี้นอกระบบ</Title>
        {account.level === 'DISTRICT' && account.mayWorkCases && <Button component={Link} to="/debt-cases/new">ลงทะเบียนลูกหนี้</Button>}
      </Group>
      <form onSubmit={submit} role="search" aria-label="ค้นหาเรื่อง">
        <Group align="flex-start" wrap="wrap">
          <TextInput label="ค้นหา" description="ชื่อลูกหนี้หรือเจ้าหนี้ เลขประจำตัวประชาชนลูกหนี้ หรือเลขที่เรื่อง" w={360}
            value={search} onChange={(e) => setSearch(e.currentTarget.value)} error={byField['filter.search']} disabled={transfer === 'out'} />
          <Button type="submit" mt={46} disabled={transfer === 'out'}>ค้นหา</Button>
          <NativeSelect label="สถานะ" data={[ALL, ...optionsOf(STATUS_TH)]} value={params.get('status') ?? ''} disabled={transfer === 'out'}
            onChange={(e) => choose('status', e.currentTarget.value)} />
          <NativeSelect label="ช่องทางการลงทะเบียน" data={[ALL, ...optionsOf(CHANNEL_TH)]} value={params.get('channel') ?? ''}
            disabled={transfer === 'out'} onChange={(e) => choose('channel', e.currentTarget.value)} />
          <NativeSelect label="การส่งต่อ" data={TRANSFERS} value={transfer} onChange={(e) => choose('transfer', e.currentTarget.value)} />
        </Group>
      </form>
      {transfer === 'out' ? <HandedOverCases /> : (
        <>
          <GeneralErrors refusals={general} title="แสดงรายการไม่ได้" />
          {data?.debtCases ? <CaseTable list={data.debtCases} pages={pages} stale={fetching} /> : fetching && <Loading />}
        </>
      )}
    </Stack>
  );
}
