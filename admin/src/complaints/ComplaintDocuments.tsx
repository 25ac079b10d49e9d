import { Alert, Anchor, Badge, FileButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { refusalsOf, type Refusal } from '../api/errors';
import { newCommandId } from '../shared/command-id';
import { instantText } from '../shared/dates';
import { ATTACH_DOCUMENT, type ComplaintDocumentData, type ComplaintPageData } from './complaints.graphql';
import { DocumentText } from './DocumentText';
import { uploadComplaintDocument } from './document-upload';

const ACCEPT = 'application/pdf,image/jpeg,image/png,image/tiff';
const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);
const OCR_TH = { PENDING: 'รออ่านข้อความ', READ: 'อ่านข้อความแล้ว', UNREAD: 'อ่านข้อความไม่ได้' } as const;
const OCR_COLOUR = { PENDING: 'gray', READ: 'green', UNREAD: 'orange' } as const;

/**
 * The complaint's scanned documents (seed 004): upload and attach (the owning office, while not closed: CLOSE is
 * allowed then), the list with pages, size, the office that attached and when, open or download, and the OCR text
 * of each page or why there is none. A document erased under the PDPA with the complaint's keys is listed as erased,
 * with nothing to open.
 */
export function ComplaintDocuments({ complaint, changed }: { complaint: ComplaintPageData; changed: () => void }) {
  const mayAttach = complaint.allowedActions.includes('CLOSE');
  const [, attach] = useMutation(ATTACH_DOCUMENT);
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<Refusal[]>([]);

  async function send(files: File[]) {
    setBusy(true);
    const failed: Refusal[] = [];
    for (const file of files) {
      const uploaded = await uploadComplaintDocument(file);
      if (!('documentId' in uploaded)) {
        failed.push(uploaded);
        continue;
      }
      const input = { complaintId: complaint.complaintId, documentId: uploaded.documentId, fileName: uploaded.name, commandId: newCommandId() };
      const answer = await attach({ input });
      failed.push(...refusalsOf(answer.error).map((r) => ({ ...r, messageTh: `${file.name}: ${r.messageTh}` })));
    }
    setBusy(false);
    setRefusals(failed);
    changed();
  }

  return (
    <Paper withBorder p="md" data-testid="complaint-documents">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">เอกสารที่สแกน</Title>
          <Group>
            <Anchor component={Link} to="/complaints/ocr-queue" size="sm">คิวอ่านข้อความ (OCR)</Anchor>
            {mayAttach && (
              <FileButton onChange={(files) => void send(files)} accept={ACCEPT} multiple>
                {(props) => <Anchor component="button" type="button" {...props} disabled={busy} data-testid="attach-document">{busy ? 'กำลังอัปโหลด…' : 'แนบเอกสาร (PDF, JPEG, PNG, TIFF)'}</Anchor>}
              </FileButton>
            )}
          </Group>
        </Group>
        {refusals.length > 0 && (
          <Alert color="red" title="แนบเอกสารไม่สำเร็จ" role="alert">{refusals.map((r) => <div key={r.messageTh}>{r.messageTh}</div>)}</Alert>
        )}
        {complaint.documents.length === 0
          ? <Text c="dimmed">ยังไม่มีเอกสาร</Text>
          : <DocumentsTable documents={complaint.documents} />}
      </Stack>
    </Paper>
  );
}

/** In place of the links of a document whose bytes were erased (PDPA): why it cannot be opened. */
function ErasedDocument() {
  return (
    <Stack gap={2} data-testid="document-erased">
      <Badge color="red.9" tt="none">ถูกลบตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล</Badge>
      <Text size="sm" c="dimmed">ไฟล์ถูกลบพร้อมกุญแจของเรื่องนี้ (ตามคำขอของเจ้าของข้อมูลหรือครบระยะเวลาเก็บ) จึงเปิดไม่ได้อีก</Text>
    </Stack>
  );
}

function DocumentsTable({ documents }: { documents: readonly ComplaintDocumentData[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>ไฟล์</Table.Th><Table.Th>หน้า</Table.Th><Table.Th>ขนาด</Table.Th><Table.Th>แนบโดย</Table.Th><Table.Th>ข้อความ (OCR)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => (
            <Table.Tr key={d.documentId} data-testid="document-row">
              <Table.Td>
                <Text fw={600}>{d.fileName ?? `เอกสาร ${d.type}`}</Text>
                {d.erased || d.url === null
                  ? <ErasedDocument />
                  : (
                    <Group gap="xs">
                      <Anchor href={d.url} target="_blank" rel="noopener" size="sm">เปิด</Anchor>
                      <Anchor href={`${d.url}?download=1`} size="sm">ดาวน์โหลด</Anchor>
                    </Group>
                  )}
              </Table.Td>
              <Table.Td>{d.pages}</Table.Td>
              <Table.Td>{d.type} · {sizeText(d.size)}</Table.Td>
              <Table.Td>{d.attachedBy.nameTh}<Text size="sm" c="dimmed">{instantText(d.attachedAt)}</Text></Table.Td>
              <Table.Td>
                <Badge color={OCR_COLOUR[d.ocrState]} variant="light" data-testid="ocr-state">{OCR_TH[d.ocrState]}</Badge>
                <DocumentText document={d} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
