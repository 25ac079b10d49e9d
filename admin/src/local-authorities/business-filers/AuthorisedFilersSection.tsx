import { Alert, Badge, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { AuthoriseFilerForm } from './AuthoriseFilerForm';
import type { AuthorisedFiler, BusinessWithFilers } from './business-filers.graphql';
import { RevokeFilerForm } from './RevokeFilerForm';

type Actor = NonNullable<AuthorisedFiler['revokedBy']>;
const actorText = (a: Actor) => (a.kind !== 'STAFF' ? a.systemTh ?? 'ระบบ'
  : [`${a.title ?? ''}${a.firstName ?? ''} ${a.lastName ?? ''}`.trim(), a.positionTh, a.office?.nameTh].filter(Boolean).join(' · '));

/**
 * ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล: who may file online for the company owning the business, revoked ones kept with the
 * reason; the PAO's own staff (`mayRecord`) add one and revoke one.
 */
export function AuthorisedFilersSection({ business, mayRecord }: { business: BusinessWithFilers; mayRecord: boolean }) {
  const [notice, setNotice] = useState<string | null>(null);
  if (business.ownerKind !== 'JURISTIC') {
    return <Text c="dimmed" data-testid="filers-not-juristic">สถานประกอบการของบุคคลธรรมดา เจ้าของยื่นแบบออนไลน์ได้เองด้วย D.DOPA</Text>;
  }
  return (
    <Stack>
      {notice && <Alert color="green" role="status" data-testid="filer-notice" withCloseButton closeButtonLabel="ปิดข้อความ" onClose={() => setNotice(null)}>{notice}</Alert>}
      {business.authorisedFilers.length === 0 ? <Text c="dimmed">ยังไม่มีผู้มีสิทธิ์ยื่นแบบแทน</Text> : (
        <Table striped aria-label="ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล" data-testid="authorised-filers">
          <Table.Thead>
            <Table.Tr><Table.Th>ลำดับ</Table.Th><Table.Th>ชื่อ</Table.Th><Table.Th>ฐานะ</Table.Th><Table.Th>หลักฐาน</Table.Th><Table.Th>บันทึกโดย</Table.Th><Table.Th>สถานะ</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {business.authorisedFilers.map((f) => (
              <Table.Tr key={f.filerNo} data-testid={`filer-${f.filerNo}`}>
                <Table.Td>{f.filerNo}</Table.Td>
                <Table.Td>{f.name}<Text size="xs" c="dimmed">{f.citizenId}</Text></Table.Td>
                <Table.Td>{f.role}</Table.Td>
                <Table.Td>{f.evidenceReference}<Text size="xs" c="dimmed">ลงวันที่ {f.evidenceDateTh}</Text></Table.Td>
                <Table.Td>{actorText(f.authorisedBy)}<Text size="xs" c="dimmed">{f.authorisedAtTh}</Text></Table.Td>
                <Table.Td>
                  {f.active ? <Badge color="green" variant="dot">ใช้งานได้</Badge> : <Badge color="gray" variant="outline">ยกเลิกแล้ว</Badge>}
                  {!f.active && <Text size="xs">ยกเลิกเมื่อ {f.revokedAtTh} · เหตุ: {f.revokeReason}{f.revokedBy ? ` · โดย ${actorText(f.revokedBy)}` : ''}</Text>}
                  {f.active && mayRecord && (
                    <RevokeFilerForm businessNo={business.businessNo} filerNo={f.filerNo} onRevoked={() => setNotice(`ยกเลิกสิทธิ์ของ ${f.name} แล้ว`)} />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {mayRecord && <AuthoriseFilerForm businessNo={business.businessNo} onAuthorised={(name) => setNotice(`บันทึก ${name} เป็นผู้มีสิทธิ์ยื่นแบบแทนแล้ว`)} />}
      {!mayRecord && <Text size="sm" c="dimmed">เจ้าหน้าที่ของ อบจ. เป็นผู้บันทึกและยกเลิกสิทธิ์</Text>}
    </Stack>
  );
}
