import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { refusalsOf } from '../../api/errors';
import { GeneralErrors } from '../../shared/form-errors';
import { Loading } from '../../shared/Loading';
import { RULE_LABELS } from './retention-labels';
import { RETENTION_RUNS, RETENTION_SETTINGS, RUN_RETENTION_NOW } from './retention.graphql';
import { RetentionRules } from './RetentionRules';
import { RetentionRuns } from './RetentionRuns';

const NETWORK = { requestPolicy: 'network-only' } as const;

/**
 * `/retention`: the retention of personal data (PDPA) for central administrators: the rules in force with what is
 * due and what expires within 30 days, the past runs, and a run now.
 */
export function RetentionPage() {
  const [settings, refreshSettings] = useQuery({ query: RETENTION_SETTINGS, requestPolicy: 'network-only' });
  const [runs, refreshRuns] = useQuery({ query: RETENTION_RUNS, requestPolicy: 'network-only' });
  const [ran, runNow] = useMutation(RUN_RETENTION_NOW);
  const [notice, setNotice] = useState<string | null>(null);
  const current = settings.data?.retentionSettings;

  async function run() {
    setNotice(null);
    const answer = await runNow({});
    const done = answer.data?.runRetentionNow;
    if (done) setNotice(`ลบข้อมูลแล้ว: ${done.counts.map((c) => `${RULE_LABELS[c.rule].name} ${c.erased.toLocaleString('th-TH')} ${RULE_LABELS[c.rule].unit}`).join(', ')}`);
    refreshSettings(NETWORK);
    refreshRuns(NETWORK);
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">ระยะเวลาเก็บรักษาข้อมูลส่วนบุคคล</Title>
          <Text c="dimmed">
            ข้อมูลส่วนบุคคลของเรื่อง คำขออนุญาต ผู้มีสิทธิ์ยื่นแบบแทน และบัญชีเจ้าหน้าที่ที่ครบระยะเวลาเก็บรักษาจะถูกลบโดยทำลายกุญแจเข้ารหัส ตัวเลขสถิติและรายงานยังคงเดิม
            {current && (current.dailyRunTime ? ` ระบบลบให้ทุกวันเวลา ${current.dailyRunTime} น.` : ' ปิดการลบอัตโนมัติประจำวันไว้')}
          </Text>
        </div>
        <Button color="red.9" loading={ran.fetching} onClick={() => void run()}>ลบข้อมูลที่ครบกำหนดทันที</Button>
      </Group>
      {notice && <Alert color="green" role="status" data-testid="retention-notice">{notice}</Alert>}
      <GeneralErrors refusals={refusalsOf(settings.error ?? runs.error ?? ran.error)} title="ดำเนินการไม่สำเร็จ" />
      <Title order={2} size="h3">เกณฑ์ที่ใช้อยู่</Title>
      {current ? <RetentionRules rules={current.rules} /> : settings.fetching && <Loading />}
      <Title order={2} size="h3">การลบที่ผ่านมา</Title>
      {runs.data?.retentionRuns ? <RetentionRuns runs={runs.data.retentionRuns.edges.map((e) => e.node)} /> : runs.fetching && <Loading />}
    </Stack>
  );
}
