import { Alert, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { instantText, localDateText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { VERIFY_REPORT, type ReportCheck } from './log-integrity.graphql';

/**
 * `/verify-report` (ตรวจสอบรายงานด้วยรหัส), for every signed-in level: the code printed on a frozen daily report
 * (beside the reporters' names and in every footer) names the report, and the service says whether it and the
 * event log it was made from still hold.
 */
export function VerifyReportPage() {
  const [typed, setTyped] = useState('');
  const [asked, setAsked] = useState('');
  const [{ data, fetching, error }] = useQuery({ query: VERIFY_REPORT, variables: { code: asked }, pause: asked === '', requestPolicy: 'network-only' });
  const { byField, general } = fieldMessages(refusalsOf(error));

  function submit(event: FormEvent) {
    event.preventDefault();
    setAsked(typed.trim());
  }

  return (
    <Stack>
      <Title order={1} size="h2">ตรวจสอบรายงานด้วยรหัส</Title>
      <Text c="dimmed">กรอกรหัสตรวจสอบที่พิมพ์ไว้ในรายงานประจำวันที่ปิดยอดแล้ว (ข้างชื่อผู้รายงาน หรือท้ายทุกหน้า) เพื่อดูว่าเป็นรายงานฉบับใด และยังตรงกับบันทึกเหตุการณ์หรือไม่</Text>
      <form onSubmit={submit} aria-label="ตรวจสอบรายงานด้วยรหัส">
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }} label="รหัสตรวจสอบ" name="code" description="10 ตัวอักษร เช่น ABCDE-FGH23 (ไม่ต้องพิมพ์ขีดก็ได้ ตัวเลขเป็นเลขไทยหรืออารบิก)"
            value={typed} onChange={(e) => setTyped(e.currentTarget.value)} error={!fetching && byField.code} autoComplete="off"
          />
          <Button type="submit" mt={24} loading={fetching}>ตรวจสอบ</Button>
        </Group>
      </form>
      <GeneralErrors refusals={general} title="ตรวจสอบไม่สำเร็จ" />
      {asked !== '' && data?.verifyReport && <ReportResult result={data.verifyReport} />}
    </Stack>
  );
}

function ReportResult({ result }: { result: ReportCheck }) {
  const which = result.provinceTh ? `${result.officeTh} (${result.provinceTh})` : 'รายงานทั้งประเทศ (รหัสที่พิมพ์ก่อนมีการผนึกบันทึกเหตุการณ์ ระบุได้เฉพาะวันที่)';
  return (
    <Stack data-testid="report-verification">
      {result.matches ? (
        <Alert color="green" role="status" title="รายงานถูกต้อง">รายงานฉบับนี้ตรงกับที่ระบบปิดยอดไว้ และบันทึกเหตุการณ์ยังตรงกับที่ผนึกไว้</Alert>
      ) : (
        <Alert color="red" role="alert" title="รายงานไม่ตรงกับระบบ">พบความไม่ตรงกัน ดูรายละเอียดด้านล่าง และแจ้งผู้ตรวจสอบหรือผู้ดูแลระบบส่วนกลาง</Alert>
      )}
      <List spacing={4}>
        <List.Item>รหัสตรวจสอบ <b data-testid="code">{result.code}</b></List.Item>
        <List.Item>รายงานผลการไกล่เกลี่ยหนี้นอกระบบประจำวันที่ <b data-testid="day">{localDateText(result.day)}</b></List.Item>
        <List.Item>หน่วยงาน <span data-testid="office">{which}</span></List.Item>
        <List.Item>ตัดยอด {instantText(result.cutOff)} ปิดยอดเมื่อ {instantText(result.frozenAt)}</List.Item>
        <List.Item>บันทึกเหตุการณ์ถึงตำแหน่งที่ผนึก: {result.sealed ? (result.sealMatches ? 'ตรงกับที่ผนึกไว้' : 'ไม่ตรงกับที่ผนึกไว้') : 'รายงานนี้ไม่มีการผนึก'}{result.brokenLinks > 0 ? ` (ห่วงโซ่ขาด ${result.brokenLinks} เรื่อง)` : ''}</List.Item>
        <List.Item>เนื้อหารายงานเมื่อสร้างใหม่จากบันทึกเหตุการณ์: {result.contentMatches ? 'ตรงกับที่เก็บไว้ทุกไบต์' : 'ไม่ตรงกับที่เก็บไว้'}</List.Item>
      </List>
      <Text size="sm">ตรวจเมื่อ {instantText(result.checkedAt)}</Text>
    </Stack>
  );
}
