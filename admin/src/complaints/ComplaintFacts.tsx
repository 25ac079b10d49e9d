import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { instantText } from '../shared/dates';
import type { ComplaintPageData } from './complaints.graphql';
import { CHANNEL_TH, CLOSE_REASON_TH, PARTY_KIND_TH } from './labels';
import { ComplaintSummary, PossibleDuplicateText } from './PossibleDuplicates';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </div>
  );
}

const placeText = (p: { subdistrict: { nameTh: string }; district: { nameTh: string }; province: { nameTh: string } }) =>
  `ตำบล/แขวง${p.subdistrict.nameTh} อำเภอ/เขต${p.district.nameTh} จังหวัด${p.province.nameTh}`;

/** What the complaint is: who complained of whom, about what and where, and where it stands. */
export function ComplaintFacts({ complaint: c }: { complaint: ComplaintPageData }) {
  const person = c.complainant;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">รายละเอียดเรื่อง</Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Fact label="รับเรื่องเมื่อ">{instantText(c.receivedAt)} · {CHANNEL_TH[c.channel]}</Fact>
          <Fact label="หน่วยงานที่รับเรื่อง">{c.receivedBy.nameTh}</Fact>
          <Fact label="หน่วยงานที่รับผิดชอบขณะนี้">{c.owningOffice.nameTh}</Fact>
          <Fact label="ประเภทเรื่อง">{c.category.mainNameTh} / {c.category.subNameTh ?? c.category.otherText}</Fact>
          <Fact label="สถานที่เกิดเหตุ">{placeText(c.location)}{c.location.lat !== null ? ` (${c.location.lat}, ${c.location.lng})` : ''}</Fact>
          <Fact label="ผู้รับผิดชอบ">
            {c.assignee ? (c.assignee.kind === 'TAMBON_TEAM' ? `ชปต. ตำบล/แขวง${c.assignee.subdistrict?.nameTh}` : c.assignee.name) : 'ยังไม่ได้มอบหมาย'}
          </Fact>
          <Fact label="ผู้ร้อง">
            {person.anonymous ? 'ไม่ประสงค์ออกนาม' : [
              `${person.title ?? ''}${person.firstName} ${person.lastName}`,
              person.citizenId && `เลขประจำตัวประชาชน ${person.citizenId}`,
              person.phone && `โทร ${person.phone}`,
              person.address && `${person.address.line} ${placeText(person.address)}`,
            ].filter(Boolean).join('\n')}
          </Fact>
          <Fact label="ผู้ถูกร้องเรียน">
            {c.accused ? [`${c.accused.name} (${PARTY_KIND_TH[c.accused.kind]})`, c.accused.position, c.accused.agency].filter(Boolean).join('\n') : 'ไม่มี'}
          </Fact>
          {c.resolution && <Fact label="ผลการแก้ไข">{c.resolution.result}</Fact>}
          {c.closing && <Fact label="เหตุที่ยุติเรื่อง">{CLOSE_REASON_TH[c.closing.reason]}{c.closing.note ? ` — ${c.closing.note}` : ''}</Fact>}
          {c.duplicateOf && <Fact label="ซ้ำกับเรื่อง"><ComplaintSummary id={c.duplicateOf} /></Fact>}
        </SimpleGrid>
        <Fact label="รายละเอียด">{c.description}</Fact>
        {c.possibleDuplicates.length > 0 && (
          <Fact label="เรื่องที่อาจซ้ำ (พบเมื่อรับเรื่อง)">
            {c.possibleDuplicates.map((entry, i) => <span key={i}><PossibleDuplicateText entry={entry} />{'\n'}</span>)}
          </Fact>
        )}
      </Stack>
    </Paper>
  );
}
