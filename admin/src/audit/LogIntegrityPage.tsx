import { Alert, Button, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { instantText, localDateText } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { Digest, Figure, number } from './check-figures';
import { VERIFY_LOG, type LogCheck } from './log-integrity.graphql';

const KIND_TH: Record<LogCheck['brokenLinks'][number]['kind'], string> = {
  HASH_MISMATCH: 'ค่าแฮชไม่ตรง (เหตุการณ์ถูกแก้ไขหรือย้ายลำดับ)',
  VERSION_GAP: 'ลำดับขาดช่วง (เหตุการณ์ก่อนหน้าถูกลบหรือสลับ)',
};

/**
 * `/log-integrity` (ตรวจสอบความถูกต้องของบันทึกเหตุการณ์), for auditors and central administrators: re-hashes every
 * stream of the event log and every frozen report's seal on request (it reads the whole log) and shows what broke.
 */
export function LogIntegrityPage() {
  const [{ data, fetching, error }, check] = useQuery({ query: VERIFY_LOG, pause: true, requestPolicy: 'network-only' });
  const result = data?.verifyLog;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">ตรวจสอบความถูกต้องของบันทึกเหตุการณ์</Title>
          <Text c="dimmed">คำนวณห่วงโซ่ค่าแฮชของทุกเรื่องและตราผนึกของรายงานที่ปิดยอดแล้วใหม่ทั้งหมด แล้วเทียบกับที่เก็บไว้</Text>
        </div>
        <Button loading={fetching} onClick={() => check()}>{result ? 'ตรวจสอบอีกครั้ง' : 'เริ่มตรวจสอบ'}</Button>
      </Group>
      <GeneralErrors refusals={refusalsOf(error)} title="ตรวจสอบไม่สำเร็จ" />
      {result && <LogResult result={result} />}
    </Stack>
  );
}

function LogResult({ result }: { result: LogCheck }) {
  return (
    <Stack data-testid="log-verification">
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Figure label="เหตุการณ์ที่ตรวจ" value={result.checkedEvents} testId="checked-events" />
        <Figure label="เรื่องที่ห่วงโซ่ขาด" value={result.brokenLinks.length} testId="broken-links" />
        <Figure label="ตราผนึกที่ตรวจ" value={result.checkedSeals} testId="checked-seals" />
        <Figure label="ตราผนึกที่ไม่ตรง" value={result.brokenSeals.length} testId="broken-seals" />
      </SimpleGrid>
      <Text size="sm">ตรวจเมื่อ {instantText(result.checkedAt)}</Text>
      {result.intact
        ? <Alert color="green" role="status">บันทึกเหตุการณ์และตราผนึกทุกฉบับตรงกับที่เก็บไว้</Alert>
        : <Alert color="red" role="alert">พบบันทึกเหตุการณ์ที่ถูกเปลี่ยนแปลง</Alert>}
      {result.brokenLinks.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label="ห่วงโซ่ที่ขาด" data-testid="broken-link-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>เรื่อง (stream)</Table.Th><Table.Th>ลำดับ</Table.Th><Table.Th>รหัสเหตุการณ์</Table.Th><Table.Th>ลักษณะ</Table.Th><Table.Th>ตำแหน่ง</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.brokenLinks.map((link) => (
                <Table.Tr key={link.streamId} data-testid={`broken-${link.streamId}`}>
                  <Table.Td><Code lang="en">{link.streamId}</Code></Table.Td>
                  <Table.Td>{number(link.version)}</Table.Td>
                  <Table.Td><Code lang="en">{link.eventId}</Code></Table.Td>
                  <Table.Td>{KIND_TH[link.kind]}</Table.Td>
                  <Table.Td>{link.globalPosition}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {result.brokenSeals.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label="ตราผนึกที่ไม่ตรง" data-testid="broken-seal-table">
            <Table.Thead>
              <Table.Tr><Table.Th>รายงานประจำวันที่</Table.Th><Table.Th>ผนึกถึงตำแหน่ง</Table.Th><Table.Th>ตราผนึกที่เก็บไว้</Table.Th><Table.Th>ตราผนึกที่คำนวณใหม่</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.brokenSeals.map((seal) => (
                <Table.Tr key={seal.day} data-testid={`seal-${seal.day}`}>
                  <Table.Td>{localDateText(seal.day)}</Table.Td>
                  <Table.Td>{seal.transactionId}/{seal.globalPosition}</Table.Td>
                  <Table.Td><Digest value={seal.storedSeal} /></Table.Td>
                  <Table.Td><Digest value={seal.recomputedSeal} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {result.brokenReseals.length > 0 && (
        <Text size="sm" data-testid="broken-reseals">
          ใบรับการปิดผนึกข้อมูลส่วนบุคคลไม่ตรงกับเหตุการณ์ที่ปิดผนึกไว้ {result.brokenReseals.length} รอบ: มีการแก้ไขเหตุการณ์หลังปิดผนึก
          แล้วแก้ใบรับให้ตรงเพื่อปกปิด ให้ตรวจสอบเหตุการณ์ของรอบนั้นกับสำเนาสำรอง
        </Text>
      )}
      {result.brokenReseals.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label="ใบรับการปิดผนึกข้อมูลส่วนบุคคลที่ไม่ตรง" data-testid="broken-reseal-table">
            <Table.Thead>
              <Table.Tr><Table.Th>รอบการปิดผนึก</Table.Th><Table.Th>ผลรวมที่บันทึกไว้</Table.Th><Table.Th>ผลรวมที่คำนวณใหม่</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.brokenReseals.map((reseal) => (
                <Table.Tr key={reseal.runId} data-testid={`reseal-${reseal.runId}`}>
                  <Table.Td><Code lang="en">{reseal.runId}</Code></Table.Td>
                  <Table.Td><Digest value={reseal.recorded} /></Table.Td>
                  <Table.Td><Digest value={reseal.recomputed} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
