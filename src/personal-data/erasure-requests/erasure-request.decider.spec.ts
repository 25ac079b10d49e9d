import { describe, expect, it } from '@jest/globals';
import { given } from '../../../test/support/decider-spec.js';
import type { RecordErasureOutcome, RecordErasureRequest, SubjectCase } from './erasure-request.commands.js';
import { ERASURE_LIMITS, erasureRequestDecider as decider } from './erasure-request.decider.js';
import type { ErasureRequestEvent } from './erasure-request.events.js';

/** 10:00 Bangkok, 7 December 2026 (2569); 1101700230708 has a valid check digit. */
const at = '2026-12-07T03:00:00.000Z';
const requestId = '0b6f3c1e-3f5e-4c53-9a55-8d2f9a6f2e11';
const closedDebt: SubjectCase = { caseType: 'DEBT', caseId: 'd-1', streamId: 'debt-d-1', open: false, held: false };
const record: RecordErasureRequest = {
  type: 'RecordErasureRequest', at, requestId, citizenId: '๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘', requester: 'DATA_SUBJECT', basis: 'NO_LONGER_NECESSARY',
  letterReference: ' หนังสือขอลบข้อมูล ลงวันที่ 1 ธ.ค. 2569 ', receivedOn: '๕/๑๒/๒๕๖๙', cases: [closedDebt],
};
const request = {
  requestId, subjectMasked: 'xxxxxxxxx0708', requester: 'DATA_SUBJECT' as const, basis: 'NO_LONGER_NECESSARY' as const,
  letterReference: 'หนังสือขอลบข้อมูล ลงวันที่ 1 ธ.ค. 2569', receivedOn: '2026-12-05', caseCount: 1, at,
};
const accepted: ErasureRequestEvent = { type: 'ErasureRequestAccepted', data: request };
const outcome: RecordErasureOutcome = { type: 'RecordErasureOutcome', at, keysDestroyed: 3, streamCount: 2 };

describe('recording an erasure request', () => {
  it('accepts a subject whose cases are all closed and free: the citizen id stored masked only, the B.E. day as C.E.', () => {
    const [event] = given(decider).when(record).then([accepted]);
    expect(JSON.stringify(event)).not.toContain('1101700230708');
    given(decider).when({ ...record, cases: [] }).then([{ ...accepted, data: { ...request, caseCount: 0 } }]);
  });

  it('refuses while a case is open, naming it, and while a case is under a legal hold, naming it', () => {
    const open: SubjectCase = { caseType: 'COMPLAINT', caseId: 'c-9', streamId: 'complaint-c-9', open: true, held: false };
    const held: SubjectCase = { ...closedDebt, held: true };
    given(decider).when({ ...record, cases: [open, closedDebt] }).then([{
      type: 'ErasureRequestRefused', data: { ...request, caseCount: 2, openCases: [{ caseType: 'COMPLAINT', caseId: 'c-9' }], heldCases: [] },
    }]);
    given(decider).when({ ...record, cases: [held] }).then([{
      type: 'ErasureRequestRefused', data: { ...request, openCases: [], heldCases: [{ caseType: 'DEBT', caseId: 'd-1' }] },
    }]);
  });

  it('answers every bad field at once: check digit, choices, blank reference, a day after today', () => {
    given(decider).when({
      ...record, citizenId: '1101700230701', requester: 'NEIGHBOUR' as never, basis: 'WHIM' as never, letterReference: ' ', receivedOn: '8/12/2569',
    }).thenRejectsAll([
      ['CITIZEN_ID_CHECK_DIGIT', 'citizenId'], ['ERASURE_REQUESTER_UNKNOWN', 'requester'], ['ERASURE_BASIS_UNKNOWN', 'basis'],
      ['TEXT_REQUIRED', 'letterReference'], ['ERASURE_REQUEST_RECEIVED_AHEAD', 'receivedOn'],
    ]);
    given(decider).when({ ...record, citizenId: '123', letterReference: 'x'.repeat(ERASURE_LIMITS.letterReference + 1), receivedOn: '31/5/2565' })
      .thenRejectsAll([['CITIZEN_ID_FORMAT', 'citizenId'], ['TEXT_TOO_LONG', 'letterReference'], ['DATE_OUT_OF_RANGE', 'receivedOn']]);
    given(decider).when({ ...record, receivedOn: '31/2/2569' }).thenRejects('DATE_MALFORMED', 'receivedOn');
  });

  it('records a request once', () => {
    given(decider, [accepted]).when(record).thenRejects('ERASURE_REQUEST_RECORDED', 'requestId');
  });
});

describe('recording the erasure', () => {
  it('records the shredder\'s counts once, for an accepted request only', () => {
    const [erased] = given(decider, [accepted]).when(outcome).then([{ type: 'SubjectDataErased', data: { requestId, keysDestroyed: 3, streamCount: 2, at } }]);
    given(decider, [accepted, erased]).when(outcome).thenRejects('ERASURE_REQUEST_NOT_ACCEPTED', 'requestId');
    given(decider).when(outcome).thenRejects('ERASURE_REQUEST_NOT_ACCEPTED', 'requestId');
    const refused: ErasureRequestEvent = { type: 'ErasureRequestRefused', data: { ...request, openCases: [{ caseType: 'DEBT', caseId: 'd-1' }], heldCases: [] } };
    given(decider, [refused]).when(outcome).thenRejects('ERASURE_REQUEST_NOT_ACCEPTED', 'requestId');
    given(decider, [accepted]).when({ ...outcome, keysDestroyed: -1 }).thenRejects('ERASURE_OUTCOME_COUNT', 'keysDestroyed');
  });
});
