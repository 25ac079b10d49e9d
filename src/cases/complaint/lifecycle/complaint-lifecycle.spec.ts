import { describe, expect, it } from '@jest/globals';
import { given } from '../../../../test/support/decider-spec.js';
import { ERASED_MARKER } from '../../../personal-data/keys/personal-data-shredder.js';
import { fold } from '../../../shared/decider.js';
import type { Office } from '../complaint-office.js';
import type { ComplaintCommand } from '../complaint.commands.js';
import { complaintDecider } from '../complaint.decider.js';
import type { ComplaintEvent } from '../complaint.events.js';

const AT = '2024-06-10T03:00:00.000Z';
const DISTRICT: Office = { level: 'DISTRICT', code: '7001' };
const PROVINCE: Office = { level: 'PROVINCE', code: '70' };
const fact = { complaintId: 'c-1', at: AT, by: DISTRICT };

const received: ComplaintEvent = {
  type: 'ComplaintReceived',
  data: {
    complaintId: 'c-1', at: '2024-06-03T02:15:00.000Z', by: DISTRICT, trackingCode: '7K3MQ9XR2DG', channel: 'WALK_IN',
    receivedAt: '2024-06-03T02:15:00.000Z', owningOffice: DISTRICT, complainant: { anonymous: true },
    subject: 'ถนนชำรุด', description: 'ถนนในหมู่ ๓ ชำรุดเป็นหลุม',
    category: { mainCode: 'REQUEST_HELP', subCode: 'PUBLIC_UTILITIES', otherText: null },
    location: { subdistrictCode: '700101', districtCode: '7001', provinceCode: '70', point: null },
    accused: null, possibleDuplicates: [],
  },
};
const resolved: ComplaintEvent = { type: 'ComplaintResolved', data: { ...fact, result: 'ซ่อมถนนแล้ว' } };
const marked: ComplaintEvent = { type: 'ComplaintMarkedDuplicate', data: { ...fact, duplicateOf: 'c-0' } };
const closed: ComplaintEvent = { type: 'ComplaintClosed', data: { ...fact, reason: 'WITHDRAWN', note: null, duplicateOf: null } };
const forwarded = (to: Office): ComplaintEvent =>
  ({ type: 'ComplaintForwarded', data: { ...fact, from: DISTRICT, to, note: null } });

const base = { at: '2024-06-10T10:00:00+07:00', actingOffice: { level: 'DISTRICT', code: '๗๐๐๑' } as Office };
const cmd = {
  assignTeam: { ...base, type: 'AssignComplaint', assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '๗๐๐๑๐๒' } },
  assignAgency: { ...base, type: 'AssignComplaint', assignee: { kind: 'AGENCY', name: ' แขวงทางหลวงราชบุรี ' }, note: 'ด่วน' },
  progress: { ...base, type: 'RecordComplaintProgress', note: 'ชปต. ลงพื้นที่ตรวจสอบแล้ว' },
  forwardToProvince: { ...base, type: 'ForwardComplaint', to: PROVINCE },
  resolve: { ...base, type: 'ResolveComplaint', result: 'ซ่อมถนนแล้ว' },
  closeWithdrawn: { ...base, type: 'CloseComplaint', reason: 'WITHDRAWN' },
  reopen: { ...base, type: 'ReopenComplaint', reason: 'ผู้ร้องแจ้งว่ายังไม่ได้ซ่อม' },
  markDuplicate: { ...base, type: 'MarkComplaintDuplicate', duplicateOf: 'c-0' },
} satisfies Record<string, ComplaintCommand>;

describe('complaint workflow', () => {
  it('assigns a tambon team of the owning district, or a named agency', () => {
    given(complaintDecider, [received]).when(cmd.assignTeam)
      .then([{ type: 'ComplaintAssigned', data: { ...fact, assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '700102' }, note: null } }]);
    given(complaintDecider, [received]).when(cmd.assignAgency)
      .then([{ type: 'ComplaintAssigned', data: { ...fact, assignee: { kind: 'AGENCY', name: 'แขวงทางหลวงราชบุรี' }, note: 'ด่วน' } }]);
  });

  it('refuses a tambon team outside the owning district, and any team once a province owns the complaint', () => {
    const elsewhere = { ...cmd.assignTeam, assignee: { kind: 'TAMBON_TEAM' as const, subdistrictCode: '700201' } };
    given(complaintDecider, [received]).when(elsewhere).thenRejects('COMPLAINT_TEAM_OUTSIDE_DISTRICT', 'assignee.subdistrictCode');
    given(complaintDecider, [received, forwarded(PROVINCE)]).when({ ...cmd.assignTeam, actingOffice: PROVINCE })
      .thenRejects('COMPLAINT_TEAM_OUTSIDE_DISTRICT', 'assignee.subdistrictCode');
    given(complaintDecider, [received]).when({ ...cmd.assignAgency, assignee: { kind: 'AGENCY', name: ' ' } })
      .thenRejects('TEXT_REQUIRED', 'assignee.name');
  });

  it('records progress, which needs a note', () => {
    given(complaintDecider, [received]).when(cmd.progress)
      .then([{ type: 'ComplaintProgressRecorded', data: { ...fact, note: 'ชปต. ลงพื้นที่ตรวจสอบแล้ว' } }]);
    given(complaintDecider, [received]).when({ ...cmd.progress, note: '' }).thenRejects('TEXT_REQUIRED', 'note');
  });

  it('forwards to the province, the central centre or another district, which then owns the complaint', () => {
    given(complaintDecider, [received]).when(cmd.forwardToProvince).then([forwarded(PROVINCE)]);
    given(complaintDecider, [received]).when({ ...cmd.forwardToProvince, to: { level: 'CENTRAL', code: 'CENTRAL' } })
      .then([forwarded({ level: 'CENTRAL', code: 'CENTRAL' })]);
    given(complaintDecider, [received]).when({ ...cmd.forwardToProvince, to: { level: 'DISTRICT', code: '1001' }, note: 'ผู้ถูกร้องอยู่ กทม.' })
      .then([{ type: 'ComplaintForwarded', data: { ...fact, from: DISTRICT, to: { level: 'DISTRICT', code: '1001' }, note: 'ผู้ถูกร้องอยู่ กทม.' } }]);
    given(complaintDecider, [received, forwarded(PROVINCE)]).when(cmd.progress).thenRejects('COMPLAINT_NOT_OWNER', 'actingOffice');
    given(complaintDecider, [received, forwarded(PROVINCE)]).when({ ...cmd.forwardToProvince, actingOffice: PROVINCE, to: DISTRICT })
      .then([{ type: 'ComplaintForwarded', data: { ...fact, by: PROVINCE, from: PROVINCE, to: DISTRICT, note: null } }]);
  });

  it('refuses to forward to the owner, to an unknown office, or to a central centre of another code', () => {
    given(complaintDecider, [received]).when({ ...cmd.forwardToProvince, to: { level: 'DISTRICT', code: '๗๐๐๑' } })
      .thenRejects('COMPLAINT_FORWARD_TO_OWNER', 'to');
    given(complaintDecider, [received]).when({ ...cmd.forwardToProvince, to: { level: 'PROVINCE', code: '99' } })
      .thenRejects('GEOGRAPHY_UNKNOWN_PROVINCE', 'to.code');
    given(complaintDecider, [received]).when({ ...cmd.forwardToProvince, to: { level: 'CENTRAL', code: '00' } })
      .thenRejects('CHOICE_UNKNOWN', 'to.code');
  });

  it('resolves with the result; a resolved complaint takes no more work until reopened', () => {
    given(complaintDecider, [received]).when(cmd.resolve).then([resolved]);
    given(complaintDecider, [received]).when({ ...cmd.resolve, result: '' }).thenRejects('TEXT_REQUIRED', 'result');
    for (const command of [cmd.resolve, cmd.assignAgency, cmd.progress, cmd.forwardToProvince]) {
      given(complaintDecider, [received, resolved]).when(command).thenRejects('COMPLAINT_RESOLVED');
    }
  });

  it('closes for each reason, under its condition', () => {
    const close = (reason: 'RESOLVED' | 'UNRESOLVABLE' | 'WITHDRAWN' | 'DUPLICATE', note?: string) =>
      ({ ...base, type: 'CloseComplaint' as const, reason, note });
    const closedAs = (reason: string, note: string | null, duplicateOf: string | null) =>
      [{ type: 'ComplaintClosed', data: { ...fact, reason, note, duplicateOf } }] as ComplaintEvent[];
    given(complaintDecider, [received, resolved]).when(close('RESOLVED')).then(closedAs('RESOLVED', null, null));
    given(complaintDecider, [received]).when(close('RESOLVED')).thenRejects('COMPLAINT_NOT_RESOLVED', 'reason');
    given(complaintDecider, [received]).when(close('UNRESOLVABLE', 'เป็นเรื่องในอำนาจศาล'))
      .then(closedAs('UNRESOLVABLE', 'เป็นเรื่องในอำนาจศาล', null));
    given(complaintDecider, [received]).when(close('UNRESOLVABLE')).thenRejects('TEXT_REQUIRED', 'note');
    given(complaintDecider, [received]).when(close('WITHDRAWN')).then(closedAs('WITHDRAWN', null, null));
    given(complaintDecider, [received]).when(close('DUPLICATE')).thenRejects('COMPLAINT_DUPLICATE_NOT_MARKED', 'reason');
    given(complaintDecider, [received, marked]).when(close('DUPLICATE')).then(closedAs('DUPLICATE', null, 'c-0'));
    given(complaintDecider, [received]).when({ ...close('WITHDRAWN'), reason: 'BORED' as never })
      .thenRejects('CHOICE_UNKNOWN', 'reason');
  });

  it('marks a duplicate of another complaint, never of itself; the same mark again changes nothing', () => {
    given(complaintDecider, [received]).when(cmd.markDuplicate).then([marked]);
    given(complaintDecider, [received]).when({ ...cmd.markDuplicate, duplicateOf: 'c-1' })
      .thenRejects('COMPLAINT_DUPLICATE_OF_ITSELF', 'duplicateOf');
    given(complaintDecider, [received, marked]).when(cmd.markDuplicate).then([]);
    given(complaintDecider, [received, marked]).when({ ...cmd.markDuplicate, duplicateOf: 'c-7' })
      .then([{ type: 'ComplaintMarkedDuplicate', data: { ...fact, duplicateOf: 'c-7' } }]);
  });

  it('takes a duplicate mark from the province over the owning district or the centre, not from another district', () => {
    const by = (actingOffice: Office) => ({ ...cmd.markDuplicate, actingOffice });
    given(complaintDecider, [received]).when(by(PROVINCE)).then([{ type: 'ComplaintMarkedDuplicate', data: { ...fact, by: PROVINCE, duplicateOf: 'c-0' } }]);
    given(complaintDecider, [received]).when(by({ level: 'CENTRAL', code: 'CENTRAL' })).then([
      { type: 'ComplaintMarkedDuplicate', data: { ...fact, by: { level: 'CENTRAL', code: 'CENTRAL' }, duplicateOf: 'c-0' } },
    ]);
    given(complaintDecider, [received]).when(by({ level: 'DISTRICT', code: '7002' })).thenRejects('COMPLAINT_NOT_OWNER', 'actingOffice');
    given(complaintDecider, [received]).when(by({ level: 'PROVINCE', code: '71' })).thenRejects('COMPLAINT_NOT_OWNER', 'actingOffice');
    given(complaintDecider, [received]).when({ ...cmd.closeWithdrawn, actingOffice: PROVINCE }).thenRejects('COMPLAINT_NOT_OWNER');
  });

  it('reopens a resolved or closed complaint, and nothing else', () => {
    const reopened = [{ type: 'ComplaintReopened', data: { ...fact, reason: 'ผู้ร้องแจ้งว่ายังไม่ได้ซ่อม' } }];
    given(complaintDecider, [received, closed]).when(cmd.reopen).then(reopened as ComplaintEvent[]);
    given(complaintDecider, [received, resolved]).when(cmd.reopen).then(reopened as ComplaintEvent[]);
    given(complaintDecider, [received]).when(cmd.reopen).thenRejects('COMPLAINT_NOT_REOPENABLE');
    given(complaintDecider, [received, closed]).when({ ...cmd.reopen, reason: ' ' }).thenRejects('TEXT_REQUIRED', 'reason');
  });

  it.each(Object.entries(cmd).filter(([name]) => name !== 'reopen'))('refuses %s on a closed complaint', (_, command) => {
    given(complaintDecider, [received, closed]).when(command).thenRejects('COMPLAINT_CLOSED');
  });

  it.each(Object.entries(cmd))('refuses %s before the complaint is received', (_, command) => {
    given(complaintDecider).when(command).thenRejects('COMPLAINT_NOT_FOUND');
  });

  it('refuses to reopen or work a complaint whose personal data was erased, and still closes one resolved', () => {
    const erased: ComplaintEvent = { ...received, data: { ...(received.data as object), subject: ERASED_MARKER, description: ERASED_MARKER } } as ComplaintEvent;
    for (const [, command] of Object.entries(cmd).filter(([name]) => name !== 'closeWithdrawn')) {
      given(complaintDecider, [erased, resolved]).when(command).thenRejects('COMPLAINT_PERSONAL_DATA_ERASED', 'complaintId');
    }
    given(complaintDecider, [erased, resolved]).when(cmd.closeWithdrawn).then([
      { type: 'ComplaintClosed', data: { ...fact, reason: 'WITHDRAWN', note: null, duplicateOf: null } },
    ] as ComplaintEvent[]);
  });

  it('lets only the owning office act, at a well-formed time', () => {
    given(complaintDecider, [received]).when({ ...cmd.progress, actingOffice: { level: 'DISTRICT', code: '7002' } })
      .thenRejects('COMPLAINT_NOT_OWNER', 'actingOffice');
    given(complaintDecider, [received]).when({ ...cmd.progress, actingOffice: PROVINCE }).thenRejects('COMPLAINT_NOT_OWNER');
    given(complaintDecider, [received]).when({ ...cmd.progress, at: 'yesterday' }).thenRejects('INSTANT_MALFORMED', 'at');
  });
});

describe('complaint state', () => {
  const state = (...events: ComplaintEvent[]) => fold(complaintDecider, [received, ...events]);
  const assigned: ComplaintEvent = { type: 'ComplaintAssigned', data: { ...fact, assignee: { kind: 'AGENCY', name: 'อบต.' }, note: null } };
  const progressed: ComplaintEvent = { type: 'ComplaintProgressRecorded', data: { ...fact, note: 'ลงพื้นที่' } };

  it('follows the status transitions and keeps owner, place and category', () => {
    expect(state()).toMatchObject({
      status: 'RECEIVED', complaintId: 'c-1', trackingCode: '7K3MQ9XR2DG', owningOffice: DISTRICT, districtCode: '7001',
      provinceCode: '70', subdistrictCode: '700101', category: { mainCode: 'REQUEST_HELP' }, receivedAt: '2024-06-03T02:15:00.000Z',
    });
    expect(state(assigned).status).toBe('ASSIGNED');
    expect(state(assigned, progressed).status).toBe('IN_PROGRESS');
    expect(state(assigned, forwarded(PROVINCE))).toMatchObject({ status: 'RECEIVED', owningOffice: PROVINCE, assignee: null });
    expect(state(progressed, resolved)).toMatchObject({ status: 'RESOLVED', resolution: 'ซ่อมถนนแล้ว' });
    expect(state(resolved, closed)).toMatchObject({ status: 'CLOSED', closedReason: 'WITHDRAWN', resolution: 'ซ่อมถนนแล้ว' });
  });

  it('clears resolution and close reason on reopening, and the duplicate mark when closed as a duplicate', () => {
    const reopened: ComplaintEvent = { type: 'ComplaintReopened', data: { ...fact, reason: 'ไม่ใช่เรื่องซ้ำ' } };
    const closedAsDuplicate: ComplaintEvent = { type: 'ComplaintClosed', data: { ...fact, reason: 'DUPLICATE', note: null, duplicateOf: 'c-0' } };
    expect(state(marked, closedAsDuplicate, reopened))
      .toMatchObject({ status: 'IN_PROGRESS', closedReason: null, duplicateOf: null, resolution: null });
    expect(state(marked, resolved, closed, reopened)).toMatchObject({ status: 'IN_PROGRESS', duplicateOf: 'c-0', resolution: null });
  });

  it('refuses to fold a stream that does not start with ComplaintReceived', () => {
    expect(() => fold(complaintDecider, [resolved])).toThrow(/must start with ComplaintReceived/);
  });
});

describe('complaint workflow: a tambon team (ชปต.) records progress on what is assigned to it, nothing else', () => {
  const team = (command: ComplaintCommand, subdistrict = '700102'): ComplaintCommand => ({ ...command, actingTeam: subdistrict });
  const assignedTo = (subdistrictCode: string): ComplaintEvent =>
    ({ type: 'ComplaintAssigned', data: { ...fact, assignee: { kind: 'TAMBON_TEAM', subdistrictCode }, note: null } });

  it('records the team\'s progress as its district\'s', () => {
    given(complaintDecider, [received, assignedTo('700102')]).when(team(cmd.progress))
      .then([{ type: 'ComplaintProgressRecorded', data: { ...fact, note: 'ชปต. ลงพื้นที่ตรวจสอบแล้ว' } }]);
  });

  it('refuses progress on a complaint unassigned, assigned to another team or an agency, or reassigned away', () => {
    given(complaintDecider, [received]).when(team(cmd.progress)).thenRejects('COMPLAINT_NOT_ASSIGNED_TO_TEAM');
    given(complaintDecider, [received, assignedTo('700103')]).when(team(cmd.progress)).thenRejects('COMPLAINT_NOT_ASSIGNED_TO_TEAM');
    const agency: ComplaintEvent = { type: 'ComplaintAssigned', data: { ...fact, assignee: { kind: 'AGENCY', name: 'อบต.' }, note: null } };
    given(complaintDecider, [received, assignedTo('700102'), agency]).when(team(cmd.progress)).thenRejects('COMPLAINT_NOT_ASSIGNED_TO_TEAM');
    given(complaintDecider, [received, assignedTo('700102'), forwarded(PROVINCE)]).when(team(cmd.progress)).thenRejects('COMPLAINT_NOT_ASSIGNED_TO_TEAM');
  });

  it.each(['assignTeam', 'forwardToProvince', 'resolve', 'closeWithdrawn', 'markDuplicate'] as const)('refuses %s from the team', (name) => {
    given(complaintDecider, [received, assignedTo('700102')]).when(team(cmd[name])).thenRejects('TEAM_RECORDS_PROGRESS_ONLY');
  });
});
