import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldMessages, refusalsOf } from '../api/errors';
import { GeneralErrors } from '../shared/form-errors';
import { SUBJECT_DATA_COPY, type SubjectCopy } from './subject-copy.graphql';
import { PastRequests } from './PastRequests';
import { SubjectReads } from './SubjectReads';
import { SubjectRecords } from './SubjectRecords';

export const PAGE_TITLE = 'สำเนาข้อมูลของเจ้าของข้อมูล (PDPA ม.30)';

function Businesses({ businesses }: { businesses: SubjectCopy['businesses'] }) {
  if (businesses.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">สถานประกอบการที่เป็นเจ้าของ</Title>
      <Table striped withTableBorder fz="sm">
        <Table.Tbody>
          {businesses.map((b) => (
            <Table.Tr key={b.businessNo}><Table.Td>{b.businessNo}</Table.Td><Table.Td>{b.nameTh}</Table.Td><Table.Td>{b.addressLine}</Table.Td><Table.Td>{b.kinds.join(', ')}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/**
 * `/subject-copy`: a central administrator produces a data subject's copy (PDPA section 30) from their citizen id and
 * their request's reference: every record about them with its events, who read their data, and the PDF and JSON.
 */
export function SubjectCopyPage() {
  const [citizenId, setCitizenId] = useState('');
  const [requestReference, setRequestReference] = useState('');
  const [copy, setCopy] = useState<SubjectCopy | null>(null);
  const [{ fetching, error }, produce] = useMutation(SUBJECT_DATA_COPY);
  const { byField, general } = fieldMessages(refusalsOf(error));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await produce({ input: { citizenId, requestReference } });
    setCopy(answer.data?.subjectDataCopy ?? null);
  }

  return (
    <Stack>
      <Title order={1}>{PAGE_TITLE}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-label="ขอสำเนาข้อมูล">
          <Stack>
            <GeneralErrors refusals={general} title="จัดทำสำเนาไม่สำเร็จ" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="เลขประจำตัวประชาชนของเจ้าของข้อมูล" required description="13 หลัก พิมพ์เลขไทยหรือมีขีดได้" value={citizenId}
                error={byField.citizenId} onChange={(e) => setCitizenId(e.currentTarget.value)} autoComplete="off" />
              <TextInput label="เลขที่หนังสือคำขอ" required description="ฐานในการจัดทำสำเนา เช่น เลขที่หนังสือของเจ้าของข้อมูล" value={requestReference}
                error={byField.requestReference} onChange={(e) => setRequestReference(e.currentTarget.value)} />
            </SimpleGrid>
            <Group justify="flex-end"><Button type="submit" loading={fetching}>จัดทำสำเนา</Button></Group>
          </Stack>
        </form>
      </Paper>
      {copy && (
        <Stack data-testid="subject-copy">
          <Alert color="blue" title={`สำเนาของ ${copy.subjectMasked} ตามหนังสือ ${copy.requestReference}`}>
            จัดทำเมื่อ {copy.requestedAtTh} บันทึกคำขอแล้ว (รหัส {copy.requestId}) พบ {copy.records.length} เรื่อง ดาวน์โหลดได้ภายใน 30 นาที
            <Group mt="sm">
              <Button component="a" href={copy.pdfPath} variant="default">ดาวน์โหลด PDF</Button>
              <Button component="a" href={copy.jsonPath} variant="default">ดาวน์โหลด JSON</Button>
            </Group>
          </Alert>
          <Title order={2} size="h4">เรื่องและเหตุการณ์ทั้งหมด</Title>
          <SubjectRecords records={copy.records} />
          <Businesses businesses={copy.businesses} />
          <Title order={2} size="h4">ผู้เข้าดูข้อมูลส่วนบุคคล</Title>
          <SubjectReads reads={copy.reads} />
        </Stack>
      )}
      <Title order={2} size="h4">สำเนาที่จัดทำแล้ว (ล่าสุด 20 รายการ)</Title>
      <PastRequests key={copy?.requestId ?? 'none'} />
    </Stack>
  );
}
