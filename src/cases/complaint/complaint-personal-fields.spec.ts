import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { open, seal } from '../../personal-data/keys/envelope.js';
import { ERASED_MARKER } from '../../personal-data/keys/personal-data-shredder.js';
import { keysWanted, openData, type PersonalPart, sealData } from '../../personal-data/keys/personal-fields.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../personal-data/keys/personal-field-catalogue.js';
import { readRecordedComplaintEvent } from './complaint-event-shapes.js';
import { COMPLAINT_PERSONAL_FIELDS } from './complaint-personal-fields.js';
import { accusedKey } from './duplicates/complaint-duplicates.js';
import type { ComplaintReceivedData, Party } from './complaint.events.js';

const office = { level: 'DISTRICT' as const, code: '4901' };
const received = (accused: Party | null): ComplaintReceivedData => ({
  complaintId: 'C-1', at: '2025-03-06T03:00:00.000Z', by: office, trackingCode: 'MK-ABCD-1234', channel: 'WALK_IN',
  receivedAt: '2025-03-06T03:00:00.000Z', owningOffice: office,
  complainant: {
    anonymous: false, citizenId: '๑๑๐๑๗๐๐๒๓๐๗๐๕', title: 'นาง', firstName: 'มะลิ', lastName: 'ร้องทุกข์', phone: '0812345678',
    address: { line: '5 หมู่ 2 บ้านนาโพธิ์', subdistrictCode: '490101', districtCode: '4901', provinceCode: '49' },
  },
  subject: 'นายสมปองปล่อยน้ำเสียลงคลอง', description: 'เพื่อนบ้านชื่อสมปองปล่อยน้ำเสียทุกคืน',
  category: { mainCode: 'ENVIRONMENT', subCode: 'WATER_POLLUTION', otherText: null },
  location: { subdistrictCode: '490101', districtCode: '4901', provinceCode: '49', point: { lat: 16.54, lng: 104.72 } },
  accused, possibleDuplicates: [{ complaintId: 'C-0', reason: 'SAME_COMPLAINANT' }],
});
const person: Party = { kind: 'STATE_OFFICIAL', name: 'นายสมปอง ใจร้าย', position: 'ปลัดอำเภอ', agency: 'ที่ว่าการอำเภอเมืองมุกดาหาร' };
const company: Party = { kind: 'ORGANISATION', name: 'บริษัท น้ำเสีย จำกัด', position: null, agency: null };
const personalValues = ['1101700230705', '๑๑๐๑๗๐๐๒๓๐๗๐๕', 'มะลิ', 'ร้องทุกข์', '0812345678', 'บ้านนาโพธิ์', 'สมปอง', 'ปลัดอำเภอ', 'น้ำเสียทุกคืน'];

/** The data sealed with a key per want, and the keys by id. */
function sealedWith(parts: readonly PersonalPart[], data: unknown) {
  const keys = new Map<string, { keyId: string; key: Buffer }>();
  const refOf = (want: { citizenId: string | null; role: string }) => `${want.citizenId}/${want.role}`;
  for (const want of keysWanted(parts, data)) if (!keys.has(refOf(want))) keys.set(refOf(want), { keyId: `key-${keys.size + 1}`, key: randomBytes(32) });
  const sealed = sealData(parts, data, 'event-1', (want, associated, plaintext) => {
    const { keyId, key } = keys.get(refOf(want))!;
    return { keyId, box: seal(key, associated, plaintext) };
  });
  return { sealed, byId: new Map([...keys.values()].map(({ keyId, key }) => [keyId, key])) };
}

describe('the complaint events\' personal fields', () => {
  const parts = COMPLAINT_PERSONAL_FIELDS.ComplaintReceived;

  it('are in the log\'s catalogue', () => {
    for (const type of Object.keys(COMPLAINT_PERSONAL_FIELDS)) expect(PERSONAL_FIELD_CATALOGUE[type]).toBe(COMPLAINT_PERSONAL_FIELDS[type as keyof typeof COMPLAINT_PERSONAL_FIELDS]);
  });

  it('seal the complainant under their key and an official\'s name, the subject and details under the case\'s', () => {
    expect(keysWanted(parts, received(person))).toEqual([
      { citizenId: '1101700230705', role: 'PRINCIPAL' }, { citizenId: null, role: 'CASE' }, { citizenId: null, role: 'CASE' },
    ]);
    const text = JSON.stringify(sealedWith(parts, received(person)).sealed);
    for (const value of personalValues) expect(text).not.toContain(value);
    for (const kept of ['"trackingCode":"MK-ABCD-1234"', '"channel":"WALK_IN"', '"mainCode":"ENVIRONMENT"', '"subCode":"WATER_POLLUTION"',
      '"subdistrictCode":"490101"', '"lat":16.54', '"kind":"STATE_OFFICIAL"', '"agency":"ที่ว่าการอำเภอเมืองมุกดาหาร"', '"complaintId":"C-0"',
      '"receivedAt":"2025-03-06T03:00:00.000Z"', '"anonymous":false']) expect(text).toContain(kept);
  });

  it('keep an organisation complained about in plain, and seal nothing of an anonymous complainant', () => {
    const anonymous = { ...received(company), complainant: { anonymous: true as const } };
    expect(keysWanted(parts, anonymous)).toEqual([{ citizenId: null, role: 'CASE' }]);
    const text = JSON.stringify(sealedWith(parts, anonymous).sealed);
    expect(text).toContain('"name":"บริษัท น้ำเสีย จำกัด"');
    expect(text).not.toContain('สมปองปล่อย');
  });

  it('open back to the data as written, and erased read as a complaint with the marker, whose accused key matches nothing', () => {
    const data = received(person);
    const { sealed, byId } = sealedWith(parts, data);
    expect(openData(sealed, 'event-1', (keyId, associated, box) => open(byId.get(keyId)!, associated, box))).toEqual(data);
    const erased = openData(sealed, 'event-1', () => undefined) as ComplaintReceivedData;
    const event = readRecordedComplaintEvent({ type: 'ComplaintReceived', schemaVersion: 2, data: erased });
    expect(event?.data).toMatchObject({
      subject: ERASED_MARKER, description: ERASED_MARKER, category: data.category, location: data.location, owningOffice: office,
      complainant: { anonymous: false, citizenId: ERASED_MARKER, firstName: ERASED_MARKER, address: { line: ERASED_MARKER, districtCode: '4901' } },
      accused: { kind: 'STATE_OFFICIAL', name: ERASED_MARKER, position: ERASED_MARKER, agency: person.agency },
    });
    expect(accusedKey(erased.accused!)).toBeNull();
    expect(accusedKey(data.accused!)).toBe('สมปองใจร้าย');
  });

  it('seal every note, reason and result of the later events, a document\'s file name and the text OCR read of each page', () => {
    const fact = { complaintId: 'C-1', at: '2025-03-07T03:00:00.000Z', by: office };
    const later: [keyof typeof COMPLAINT_PERSONAL_FIELDS, Record<string, unknown>, string][] = [
      ['ComplaintAssigned', { ...fact, assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '490101' }, note: 'โทรหานางมะลิแล้ว' }, '"subdistrictCode":"490101"'],
      ['ComplaintProgressRecorded', { ...fact, note: 'ไปพบนายสมปอง' }, '"complaintId":"C-1"'],
      ['ComplaintForwarded', { ...fact, from: office, to: { level: 'PROVINCE', code: '49' }, note: 'นายสมปองอยู่ต่างอำเภอ' }, '"code":"49"'],
      ['ComplaintResolved', { ...fact, result: 'นายสมปองหยุดปล่อยน้ำเสีย' }, '"at":"2025-03-07T03:00:00.000Z"'],
      ['ComplaintClosed', { ...fact, reason: 'RESOLVED', note: 'นางมะลิพอใจ', duplicateOf: null }, '"reason":"RESOLVED"'],
      ['ComplaintReopened', { ...fact, reason: 'นางมะลิแจ้งว่าเกิดอีก' }, '"complaintId":"C-1"'],
      ['ComplaintDocumentAttached', { ...fact, documentId: 'D-1', contentType: 'application/pdf', size: 10, pages: 1, fileName: 'คำร้องนางมะลิ.pdf', sealedUnder: 'K-1' }, '"sealedUnder":"K-1"'],
      ['ComplaintDocumentTextRead', {
        complaintId: 'C-1', documentId: 'D-1', engine: 'tesseract 5.3.0 tha+eng', at: fact.at,
        pages: [{ page: 1, text: 'เรียน นายอำเภอ ข้าพเจ้านางมะลิ', confidence: 88 }, { page: 2, text: 'นายสมปองปล่อยน้ำเสีย', confidence: null }],
      }, '"page":2,"confidence":null'],
    ];
    for (const [type, data, kept] of later) {
      const text = JSON.stringify(sealedWith(COMPLAINT_PERSONAL_FIELDS[type], data).sealed);
      expect([type, text.includes('มะลิ') || text.includes('สมปอง')]).toEqual([type, false]);
      expect(text).toContain(kept);
    }
  });
});
