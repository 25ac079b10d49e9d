import { describe, expect, it } from '@jest/globals';
import { fold } from '../../../shared/decider.js';
import { complaintActions, complaintCloseReasons } from './complaint-actions.js';
import type { Office } from '../complaint-office.js';
import type { ReceivedComplaint } from '../complaint-state.js';
import { complaintDecider } from '../complaint.decider.js';
import type { ComplaintEvent } from '../complaint.events.js';

const DISTRICT: Office = { level: 'DISTRICT', code: '7001' };
const OTHER_DISTRICT: Office = { level: 'DISTRICT', code: '7002' };
const PROVINCE: Office = { level: 'PROVINCE', code: '70' };
const CENTRAL: Office = { level: 'CENTRAL', code: 'CENTRAL' };
const fact = { complaintId: 'c-1', at: '2024-06-10T03:00:00.000Z', by: DISTRICT };

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
const forwarded = (to: Office): ComplaintEvent => ({ type: 'ComplaintForwarded', data: { ...fact, from: DISTRICT, to, note: null } });

const stateOf = (...events: ComplaintEvent[]) => fold(complaintDecider, events) as ReceivedComplaint;

describe('what an office may do to a complaint now', () => {
  it('gives the owning district everything but reopening while the complaint is worked on', () => {
    expect(complaintActions(stateOf(received), DISTRICT)).toEqual(['ASSIGN', 'RECORD_PROGRESS', 'FORWARD', 'RESOLVE', 'CLOSE', 'MARK_DUPLICATE']);
    expect(complaintCloseReasons(stateOf(received), DISTRICT)).toEqual(['UNRESOLVABLE', 'WITHDRAWN']);
  });

  it('once resolved: close (as resolved too), reopen or mark a duplicate; once marked, close as a duplicate', () => {
    expect(complaintActions(stateOf(received, resolved), DISTRICT)).toEqual(['CLOSE', 'REOPEN', 'MARK_DUPLICATE']);
    expect(complaintCloseReasons(stateOf(received, resolved), DISTRICT)).toEqual(['RESOLVED', 'UNRESOLVABLE', 'WITHDRAWN']);
    expect(complaintCloseReasons(stateOf(received, marked), DISTRICT)).toEqual(['UNRESOLVABLE', 'WITHDRAWN', 'DUPLICATE']);
  });

  it('takes nothing but a reopening once closed', () => {
    expect(complaintActions(stateOf(received, closed), DISTRICT)).toEqual(['REOPEN']);
    expect(complaintCloseReasons(stateOf(received, closed), DISTRICT)).toEqual([]);
  });

  it('lets an office over the owner mark a duplicate only, and another district nothing', () => {
    for (const over of [PROVINCE, CENTRAL]) expect(complaintActions(stateOf(received), over)).toEqual(['MARK_DUPLICATE']);
    expect(complaintActions(stateOf(received), OTHER_DISTRICT)).toEqual([]);
  });

  it('moves the work with a forward: the receiving office acts, the sender no longer', () => {
    expect(complaintActions(stateOf(received, forwarded(PROVINCE)), PROVINCE))
      .toEqual(['ASSIGN', 'RECORD_PROGRESS', 'FORWARD', 'RESOLVE', 'CLOSE', 'MARK_DUPLICATE']);
    expect(complaintActions(stateOf(received, forwarded(PROVINCE)), DISTRICT)).toEqual([]);
    expect(complaintActions(stateOf(received, forwarded(CENTRAL)), CENTRAL)).toContain('FORWARD');
  });
});
