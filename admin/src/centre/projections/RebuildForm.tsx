import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

export interface RebuildRequest {
  name: string | null;
  verifyOnly: boolean;
  acceptDifferences: boolean;
}

interface RebuildFormProps {
  projections: readonly string[];
  starting: boolean;
  /** A run holds the rebuild lock: another is refused until it ends. */
  running: boolean;
  onStart(request: RebuildRequest): void;
}

const ALL = '';

/**
 * Starts a rebuild of one projection or of all of them from the start of the log into shadow tables, or a
 * verification only (the drift check, which changes nothing). A rebuild swaps its tables in only when they equal
 * the live ones, unless the administrator accepts the differences.
 */
export function RebuildForm({ projections, starting, running, onStart }: RebuildFormProps) {
  const [name, setName] = useState(ALL);
  const [verifyOnly, setVerifyOnly] = useState(true);
  const [acceptDifferences, setAcceptDifferences] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rebuild-form-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="rebuild-form-title">สร้างตารางสรุปใหม่จากบันทึกเหตุการณ์</Title>
          <Text size="sm" c="dimmed">
            สร้างตารางชุดใหม่ตั้งแต่เหตุการณ์แรกโดยระบบยังให้บริการตามปกติ เทียบกับตารางที่ใช้งาน แล้วจึงสลับเข้าใช้งานเมื่อตรงกัน
            ตารางเดิมเก็บไว้จนถึงการสร้างครั้งถัดไปจึงย้อนกลับได้
          </Text>
        </div>
        <Group align="flex-end">
          <NativeSelect label="ตารางสรุป" value={name} onChange={(e) => setName(e.currentTarget.value)}
            data={[{ value: ALL, label: 'ทุกชุด' }, ...projections.map((p) => ({ value: p, label: p }))]} />
          <Checkbox label="ตรวจสอบเท่านั้น (ไม่เปลี่ยนแปลงตารางที่ใช้งาน)" checked={verifyOnly}
            onChange={(e) => setVerifyOnly(e.currentTarget.checked)} />
          <Checkbox label="สลับแม้พบข้อมูลไม่ตรงกัน" checked={acceptDifferences && !verifyOnly} disabled={verifyOnly}
            onChange={(e) => setAcceptDifferences(e.currentTarget.checked)} />
          <Button loading={starting} disabled={running}
            onClick={() => onStart({ name: name || null, verifyOnly, acceptDifferences: acceptDifferences && !verifyOnly })}>
            {verifyOnly ? 'เริ่มตรวจสอบ' : 'เริ่มสร้างใหม่'}
          </Button>
        </Group>
        {running && <Text size="sm" role="status">มีการสร้างหรือตรวจสอบกำลังทำงานอยู่ เริ่มรายการใหม่ได้เมื่อรายการนั้นเสร็จ</Text>}
      </Stack>
    </Paper>
  );
}
