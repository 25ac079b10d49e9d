import { describe, expect, it } from '@jest/globals';
import { foldRecorded, type RecordedFact } from '../../shared/decider.js';
import { readRecordedComplaintEvent } from './complaint-event-shapes.js';
import type { Office } from './complaint-office.js';
import type { ComplaintCommand } from './complaint.commands.js';
import { complaintDecider } from './complaint.decider.js';
import { COMPLAINT_EVENT_SCHEMA_VERSIONS, type ComplaintEvent } from './complaint.events.js';
import { checkSymbol } from './receipt/tracking-code.js';

const at = '2024-06-10T10:00:00+07:00';
const scan = { contentType: 'application/pdf' as const, size: 1234, pages: 2, sealedUnder: '5f0e3c1a-7d2b-4c8e-9a61-0b3f2d4e6a81' };
const limits = { maxBytes: 20 * 1024 * 1024, maxPages: 50 };
const actingOffice: Office = { level: 'DISTRICT', code: '7001' };
const commands: ComplaintCommand[] = [
  {
    type: 'ReceiveComplaint', at, actingOffice, complaintId: 'c-1', trackingCode: `7K3MQ9XR2D${checkSymbol('7K3MQ9XR2D')}`, channel: 'WALK_IN',
    complainant: { anonymous: true }, subject: 'ถนนชำรุด', description: 'ถนนในหมู่ ๓ ชำรุดเป็นหลุม',
    category: { main: 'REQUEST_HELP', sub: 'PUBLIC_UTILITIES' }, location: { subdistrictCode: '700101', districtCode: '7001' },
    accused: null, candidates: [],
  },
  { type: 'AssignComplaint', at, actingOffice, assignee: { kind: 'AGENCY', name: 'แขวงทางหลวงราชบุรี' } },
  { type: 'RecordComplaintProgress', at, actingOffice, note: 'ลงพื้นที่แล้ว' },
  { type: 'MarkComplaintDuplicate', at, actingOffice, duplicateOf: 'c-0' },
  { type: 'ResolveComplaint', at, actingOffice, result: 'ซ่อมแล้ว' },
  { type: 'CloseComplaint', at, actingOffice, reason: 'RESOLVED' },
  { type: 'ReopenComplaint', at, actingOffice, reason: 'ยังไม่ได้ซ่อม' },
  { type: 'AttachComplaintDocument', at, actingOffice, document: { ...scan, documentId: 'a'.repeat(64), fileName: 'หนังสือร้องเรียน.pdf' }, limits },
  { type: 'AttachComplaintDocument', at, actingOffice, document: { ...scan, documentId: 'b'.repeat(64), contentType: 'image/png', pages: 1 }, limits },
  { type: 'RecordComplaintDocumentText', at, documentId: 'a'.repeat(64), engine: 'tesseract 5.3.0 tha+eng', pages: [{ page: 1, text: 'เรียน นายอำเภอ', confidence: 91.5 }, { page: 2, text: '', confidence: null }] },
  { type: 'RecordComplaintDocumentUnread', at, documentId: 'b'.repeat(64), reason: 'tesseract is not installed' },
  { type: 'ForwardComplaint', at, actingOffice, to: { level: 'PROVINCE', code: '70' } },
];
const life = commands.reduce<ComplaintEvent[]>((events, command) => {
  const state = events.reduce(complaintDecider.evolve, complaintDecider.initialState());
  return [...events, ...complaintDecider.decide(command, state)];
}, []);
const isReadableComplaintEvent = (e: RecordedFact) => readRecordedComplaintEvent(e) !== undefined;
const recorded = (e: ComplaintEvent) => ({ type: e.type, schemaVersion: COMPLAINT_EVENT_SCHEMA_VERSIONS[e.type], data: JSON.parse(JSON.stringify(e.data)) });

describe('reading stored complaint events', () => {
  it('reads every event the decider writes, as JSON gives it back', () => {
    expect(new Set(life.map((e) => e.type)).size).toBe(11);
    expect(life.map(recorded).filter((e) => !isReadableComplaintEvent(e))).toEqual([]);
  });

  it.each([
    ['an unknown type', (e: ReturnType<typeof recorded>) => ({ ...e, type: 'ComplaintVanished' })],
    ['a schema version later than this code knows', (e: ReturnType<typeof recorded>) => ({ ...e, schemaVersion: e.schemaVersion + 1 })],
    ['a schema version below 1', (e: ReturnType<typeof recorded>) => ({ ...e, schemaVersion: 0 })],
    ['a missing key', (e: ReturnType<typeof recorded>) => ({ ...e, data: { ...e.data, complaintId: undefined } })],
    ['a wrong kind of value', (e: ReturnType<typeof recorded>) => ({ ...e, data: { ...e.data, at: 20240610 } })],
  ])('refuses %s, on every event type', (_, spoil) => {
    expect(life.map(recorded).map(spoil).filter(isReadableComplaintEvent)).toEqual([]);
  });

  it('refuses an office of no level, on every event an office acted in', () => {
    const withOffice = life.map(recorded).filter((e) => 'by' in e.data);
    expect(withOffice.length).toBe(10);
    expect(withOffice.map((e) => ({ ...e, data: { ...e.data, by: { level: 'VILLAGE', code: '1' } } })).filter(isReadableComplaintEvent)).toEqual([]);
  });

  it('refuses a document of a type outside PDF, JPEG, PNG and TIFF, and a page without its number', () => {
    const stored = life.map(recorded);
    const attached = stored.find((e) => e.type === 'ComplaintDocumentAttached')!;
    const read = stored.find((e) => e.type === 'ComplaintDocumentTextRead')!;
    expect(isReadableComplaintEvent({ ...attached, data: { ...attached.data, contentType: 'image/gif' } })).toBe(false);
    expect(isReadableComplaintEvent({ ...read, data: { ...read.data, pages: [{ text: 'x', confidence: 1 }] } })).toBe(false);
  });

  it('reads a receipt of schema version 1 (matches in the area only, as stored before version 2)', () => {
    const received = life.map(recorded).find((e) => e.type === 'ComplaintReceived')!;
    expect(isReadableComplaintEvent({ ...received, schemaVersion: 1, data: { ...received.data, possibleDuplicates: [{ complaintId: 'c-0', reason: 'SAME_COMPLAINANT' }] } })).toBe(true);
    expect(isReadableComplaintEvent({ ...received, data: { ...received.data, possibleDuplicates: [{ heldBy: { level: 'DISTRICT', code: '4901' }, since: '2024-06-01', reason: 'SAME_COMPLAINANT' }] } })).toBe(true);
  });

  it('reads an attachment of schema version 1 (before sealing: its bytes kept plain) as sealed under no key', () => {
    const attached = life.map(recorded).find((e) => e.type === 'ComplaintDocumentAttached')!;
    const { sealedUnder: _, ...v1 } = attached.data;
    expect(readRecordedComplaintEvent({ ...attached, schemaVersion: 1, data: v1 })?.data).toEqual({ ...v1, sealedUnder: null });
    expect(isReadableComplaintEvent({ ...attached, data: v1 })).toBe(false);
  });

  it('refuses an assignee of neither kind, and a stream that does not begin with its receipt', () => {
    const stored = life.map(recorded);
    const assigned = stored.find((e) => e.type === 'ComplaintAssigned')!;
    expect(isReadableComplaintEvent({ ...assigned, data: { ...assigned.data, assignee: { kind: 'TAMBON_TEAM' } } })).toBe(false);
    expect(foldRecorded(complaintDecider, stored.slice(1))).toEqual({ state: { status: null }, unreadableAt: 1 });
  });
});
