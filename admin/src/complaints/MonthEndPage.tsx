import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { instantText, todayInBangkok } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { formRefusals } from '../shared/form-support';
import { Loading } from '../shared/Loading';
import { toArabicDigits } from '../shared/thai-digits';
import { CATEGORIES, MONTH_END } from './complaints.graphql';

/** The Bangkok month before this one, YYYY-MM: the latest month end there can be. */
function lastMonth(now = new Date()): string {
  const [year, month] = todayInBangkok(now).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

interface Figures { received: number; inProgress: number; resolved: number; closed: number }
const FIGURES: [keyof Figures, string][] = [['received', 'รับเรื่อง'], ['inProgress', 'อยู่ระหว่างดำเนินการ'], ['resolved', 'แก้ไขแล้ว'], ['closed', 'ยุติเรื่อง']];
const holderOf = (row: { districtNameTh: string | null; provinceCode: string | null }) =>
  row.districtNameTh ?? (row.provinceCode ? `สำนักงานจังหวัด (${row.provinceCode})` : 'ส่วนกลาง');

/**
 * `/complaints/month-end` (สถิติ ณ วันสิ้นเดือน): a month's frozen figures per office and main category for the
 * reader's area, then its corrections (รายการแก้ไข): complaints received in an earlier month, such as paper
 * complaints keyed in late, that no month end held, listed by the month they change. Month as typed: MM/YYYY
 * (Buddhist or Christian era, Thai digits) or YYYY-MM; the month before this one when none.
 */
export function MonthEndPage() {
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? lastMonth();
  const [draft, setDraft] = useState(month);
  const [{ data, error, fetching }] = useQuery({ query: MONTH_END, variables: { month: toArabicDigits(month.trim()) } });
  const [categories] = useQuery({ query: CATEGORIES });
  const categoryName = new Map((categories.data?.complaintCategories ?? []).map((c) => [c.code, c.nameTh]));
  const { byField, general } = formRefusals(error, ['month']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ month: draft.trim() });
  };
  const rows = data?.complaintMonthEnd;
  const corrections = data?.complaintMonthEndCorrections;
  const figureCells = (row: Figures) => FIGURES.map(([key]) => <Table.Td key={key} ta="right">{row[key]}</Table.Td>);
  const figureHeads = FIGURES.map(([key, label]) => <Table.Th key={key} scope="col" ta="right">{label}</Table.Th>);
  return (
    <Stack>
      <Title order={1} size="h2">สถิติ ณ วันสิ้นเดือน</Title>
      <Paper withBorder p="md" component="form" onSubmit={submit} role="search" aria-label="เดือนของสถิติ">
        <Group align="end">
          <TextInput label="เดือน" description="ดด/ปปปป เช่น ๑๑/๒๕๖๙" value={draft} onChange={(e) => setDraft(e.currentTarget.value)} error={byField.month} />
          <Button type="submit">แสดง</Button>
        </Group>
      </Paper>
      <GeneralErrors refusals={general} title="แสดงไม่สำเร็จ" />
      {!data && fetching && <Loading />}
      {rows && (
        <section aria-labelledby="month-end-figures">
          <Title order={2} size="h3" id="month-end-figures">ตัวเลขที่บันทึกไว้ ณ วันสิ้นเดือน</Title>
          {rows.length === 0 ? <Text data-testid="month-end-empty">ยังไม่มีสถิติที่บันทึกไว้ของเดือนนี้</Text> : (
            <>
              <Text c="dimmed" size="sm">บันทึกเมื่อ {instantText(rows[0].frozenAt)} (สะสมตั้งแต่ต้นปีงบประมาณ)</Text>
              <Table striped withTableBorder data-testid="month-end-rows">
                <Table.Thead><Table.Tr><Table.Th scope="col">หน่วยงาน</Table.Th><Table.Th scope="col">ประเภทเรื่อง</Table.Th>{figureHeads}</Table.Tr></Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={`${row.provinceCode}-${row.districtCode}-${row.category}`}>
                      <Table.Td>{holderOf(row)}</Table.Td><Table.Td>{categoryName.get(row.category) ?? row.category}</Table.Td>{figureCells(row)}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </section>
      )}
      {corrections && (
        <section aria-labelledby="month-end-corrections">
          <Title order={2} size="h3" id="month-end-corrections">รายการแก้ไข (เรื่องของเดือนก่อนที่บันทึกภายหลัง)</Title>
          {corrections.length === 0 ? <Text data-testid="corrections-empty">ไม่มีรายการแก้ไข</Text> : (
            <Table striped withTableBorder data-testid="month-end-corrections">
              <Table.Thead>
                <Table.Tr><Table.Th scope="col">เดือนที่แก้ไข</Table.Th><Table.Th scope="col">หน่วยงาน</Table.Th><Table.Th scope="col">ประเภทเรื่อง</Table.Th>{figureHeads}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {corrections.map((row) => (
                  <Table.Tr key={`${row.correctedMonth}-${row.provinceCode}-${row.districtCode}-${row.category}`}>
                    <Table.Td>{row.correctedMonthTh}</Table.Td><Table.Td>{holderOf(row)}</Table.Td>
                    <Table.Td>{categoryName.get(row.category) ?? row.category}</Table.Td>{figureCells(row)}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </section>
      )}
    </Stack>
  );
}
