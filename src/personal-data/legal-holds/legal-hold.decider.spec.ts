import { describe, expect, it } from '@jest/globals';
import { given } from '../../../test/support/decider-spec.js';
import type { LiftLegalHold, PlaceLegalHold } from './legal-hold.commands.js';
import { LEGAL_HOLD_LIMITS, legalHoldDecider as decider } from './legal-hold.decider.js';
import type { LegalHoldEvent } from './legal-hold.events.js';

const at = '2026-12-07T03:00:00.000Z';
const place: PlaceLegalHold = {
  type: 'PlaceLegalHold', at, caseType: 'DEBT', caseId: ' 4901-๒๕๖๙-0001 ', caseFound: true,
  reason: ' ศาลสั่งให้เก็บรักษาพยานหลักฐาน ', orderReference: 'คำสั่งศาลแพ่ง คดีหมายเลขดำที่ พ. 123/2569',
};
const placed: LegalHoldEvent = {
  type: 'LegalHoldPlaced',
  data: { caseType: 'DEBT', caseId: '4901-2569-0001', holdNo: 1, reason: 'ศาลสั่งให้เก็บรักษาพยานหลักฐาน', orderReference: 'คำสั่งศาลแพ่ง คดีหมายเลขดำที่ พ. 123/2569', at },
};
const lift: LiftLegalHold = { type: 'LiftLegalHold', at, reason: 'ศาลมีคำพิพากษาถึงที่สุดแล้ว' };
const lifted: LegalHoldEvent = { type: 'LegalHoldLifted', data: { caseType: 'DEBT', caseId: '4901-2569-0001', holdNo: 1, reason: 'ศาลมีคำพิพากษาถึงที่สุดแล้ว', at } };

describe('placing a legal hold', () => {
  it('holds the case: Thai digits of the id read, texts trimmed, numbered 1; numbered on after a lift', () => {
    given(decider).when(place).then([placed]);
    given(decider, [placed, lifted]).when(place).then([{ ...placed, data: { ...placed.data, holdNo: 2 } }]);
  });

  it('refuses a case the log does not hold, and a case held already', () => {
    given(decider).when({ ...place, caseFound: false }).thenRejects('LEGAL_HOLD_CASE_NOT_FOUND', 'caseId');
    given(decider, [placed]).when(place).thenRejects('LEGAL_HOLD_ALREADY_HELD', 'caseId');
  });

  it('answers every bad field at once: the case id, a blank reason, too long a reference', () => {
    given(decider).when({ ...place, caseId: 'debt 1/2', reason: ' ', orderReference: 'x'.repeat(LEGAL_HOLD_LIMITS.orderReference + 1) })
      .thenRejectsAll([['LEGAL_HOLD_CASE_ID_FORMAT', 'caseId'], ['TEXT_REQUIRED', 'reason'], ['TEXT_TOO_LONG', 'orderReference']]);
    given(decider).when({ ...place, caseId: 'a'.repeat(LEGAL_HOLD_LIMITS.caseId + 1) }).thenRejects('LEGAL_HOLD_CASE_ID_FORMAT', 'caseId');
  });
});

describe('lifting a legal hold', () => {
  it('lifts the active hold with its reason; the case is held no more', () => {
    given(decider, [placed]).when(lift).then([lifted]);
    expect([placed, lifted].reduce(decider.evolve, decider.initialState()).active).toBeNull();
  });

  it('refuses a case with no active hold, and no or too long a reason', () => {
    given(decider).when(lift).thenRejects('LEGAL_HOLD_NOT_HELD', 'caseId');
    given(decider, [placed, lifted]).when(lift).thenRejects('LEGAL_HOLD_NOT_HELD', 'caseId');
    given(decider, [placed]).when({ ...lift, reason: '' }).thenRejects('TEXT_REQUIRED', 'reason');
    given(decider, [placed]).when({ ...lift, reason: 'ก'.repeat(LEGAL_HOLD_LIMITS.reason + 1) }).thenRejects('TEXT_TOO_LONG', 'reason');
  });
});
