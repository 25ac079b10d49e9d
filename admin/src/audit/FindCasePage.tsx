import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { AUDIT_FIND } from './audit.graphql';
import { FoundCases, foundCasesOf } from './FoundCases';
import { findPlanOf, type FindPlan } from './find-text';

/** Refusals that only say the id typed names no case: the page says "nothing found" instead. */
const NOT_FOUND = new Set(['DEBT_CASE_NOT_FOUND', 'COMPLAINT_NOT_FOUND']);

/** The lookups a plan needs, as the variables of AUDIT_FIND. */
function variablesOf(plan: FindPlan) {
  switch (plan.kind) {
    case 'caseId': return { caseId: plan.caseId, byCaseId: true };
    case 'complaintId': return { complaintId: plan.complaintId, byComplaintId: true };
    case 'trackingCode': return { complaintFilter: { trackingCode: plan.trackingCode }, byComplaintFilter: true };
    case 'citizenId': return { debtFilter: { debtorCitizenId: plan.citizenId }, byDebtFilter: true };
    case 'name': return { debtFilter: { text: plan.text }, byDebtFilter: true, complaintFilter: { text: plan.text }, byComplaintFilter: true };
    case 'tooShort': return {};
  }
}

/** `/audit` (and an auditor's home): any debt case or complaint of any office, by id, tracking code, citizen id or name. */
export function FindCasePage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('q') ?? '';
  const [typed, setTyped] = useState(asked);
  useEffect(() => setTyped(asked), [asked]);
  const plan = findPlanOf(asked);
  const searching = asked !== '' && plan.kind !== 'tooShort';
  const [{ data, error, fetching }] = useQuery({ query: AUDIT_FIND, variables: variablesOf(plan), pause: !searching });
  const refusals = refusalsOf(error).filter((r) => !NOT_FOUND.has(r.code));

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  }

  return (
    <Stack>
      <Title order={1} size="h2">ค้นหาเรื่อง</Title>
      <Text c="dimmed">ผู้ตรวจสอบอ่านเรื่องหนี้นอกระบบและเรื่องร้องเรียนของทุกหน่วยงานได้ทั้งหมด โดยไม่แก้ไขข้อมูลใด</Text>
      <form onSubmit={submit} role="search" aria-label="ค้นหาเรื่อง">
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }} label="เลขที่เรื่อง รหัสติดตามเรื่อง เลขประจำตัวประชาชน หรือชื่อ" name="q"
            description="เช่น DEBT-7KQ3-M2XP-AB9C, รหัสติดตามเรื่อง 7KQ3-M2XP-AB9, เลขประจำตัวประชาชนลูกหนี้ หรือชื่อลูกหนี้ เจ้าหนี้ เรื่องร้องเรียน ผู้ถูกร้องเรียน (เลขไทยหรืออารบิก)"
            value={typed} onChange={(e) => setTyped(e.currentTarget.value)}
          />
          <Button type="submit">ค้นหา</Button>
        </Group>
      </form>
      {plan.kind === 'tooShort' && asked !== '' && <Alert color="yellow">กรุณาพิมพ์อย่างน้อย 2 ตัวอักษร</Alert>}
      {searching && <GeneralErrors refusals={refusals} title="ค้นหาไม่สำเร็จ" />}
      {searching && fetching && !data && <Loading />}
      {searching && data && <FoundCases asked={asked} found={foundCasesOf(data)} />}
    </Stack>
  );
}
