import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Refusal } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import type { HistoryEntry } from './audit.graphql';
import { CaseFacts } from './CaseFacts';
import { HistoryTimeline } from './HistoryTimeline';
import { PersonalDataReads } from './PersonalDataReads';

interface AuditCaseProps {
  heading: string;
  subheading: string;
  facts: [string, ReactNode][] | null;
  history: HistoryEntry[] | null;
  refusals: Refusal[];
  record: { type: 'DEBT_CASE' | 'COMPLAINT'; id: string };
}

/** An auditor's read-only page of one case: as it stands, its whole history, and who read its personal data. */
export function AuditCaseLayout({ heading, subheading, facts, history, refusals, record }: AuditCaseProps) {
  return (
    <Stack data-testid="audit-case">
      <Anchor component={Link} to="/audit" size="sm">← กลับไปค้นหาเรื่อง</Anchor>
      <Group gap="sm" align="baseline">
        <Title order={1} size="h2">{heading}</Title>
        <Badge color="gray" variant="outline">อ่านอย่างเดียว</Badge>
      </Group>
      <Text c="dimmed">{subheading}</Text>
      {facts && (
        <Anchor component={Link} to={`/audit/replay/${encodeURIComponent(record.id)}`} w="fit-content">
          ย้อนดูเรื่อง ณ เวลาใดก็ได้ และส่งออกประวัติ (PDF, JSON)
        </Anchor>
      )}
      <GeneralErrors refusals={refusals} title="เปิดเรื่องนี้ไม่ได้" />
      {facts && (
        <section aria-labelledby="audit-now">
          <Title id="audit-now" order={2} size="h4" mb="xs">เรื่องในปัจจุบัน</Title>
          <CaseFacts facts={facts} />
        </section>
      )}
      {history && (
        <section aria-labelledby="audit-history">
          <Title id="audit-history" order={2} size="h4" mb="xs">ประวัติทั้งหมด ({history.length} รายการ)</Title>
          <HistoryTimeline entries={history} />
        </section>
      )}
      {facts && (
        <section aria-labelledby="audit-reads">
          <Title id="audit-reads" order={2} size="h4" mb="xs">การเข้าถึงข้อมูลส่วนบุคคลของเรื่องนี้</Title>
          <PersonalDataReads recordType={record.type} recordId={record.id} />
        </section>
      )}
    </Stack>
  );
}
