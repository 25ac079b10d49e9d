import { Spoiler, Stack, Text } from '@mantine/core';
import type { ComplaintDocumentData } from './complaints.graphql';

/** What OCR read, page by page, with its confidence; or why there is no text; or that it waits in the queue. */
export function DocumentText({ document: d }: { document: ComplaintDocumentData }) {
  if (d.ocrState === 'UNREAD') return <Text size="sm" c="orange.9">เหตุที่อ่านไม่ได้: {d.ocrReason}</Text>;
  if (d.ocrState === 'PENDING') return <Text size="sm" c="dimmed">อยู่ในคิวอ่านข้อความ</Text>;
  return (
    <Spoiler maxHeight={120} showLabel="แสดงข้อความทั้งหมด" hideLabel="ย่อ">
      <Stack gap="xs" data-testid="ocr-text">
        {d.pageTexts.map((p) => (
          <div key={p.page}>
            <Text size="sm" c="dimmed">หน้า {p.page}{p.confidence === null ? '' : ` · ความมั่นใจ ${Math.round(p.confidence)}%`}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{p.text || '(ไม่พบข้อความ)'}</Text>
          </div>
        ))}
        <Text size="xs" c="dimmed">{d.ocrEngine}</Text>
      </Stack>
    </Spoiler>
  );
}
