import { describe, it } from '@jest/globals';
import type { NameResponsibleReporters, ReporterCandidate } from '../../src/identity/reporters/reporters.commands.js';
import { reportersDecider } from '../../src/identity/reporters/reporters.decider.js';
import type { ReportersEvent } from '../../src/identity/reporters/reporters.events.js';
import type { StaffProfile } from '../../src/identity/scope/staff-authority.js';
import { given } from '../support/decider-spec.js';
import { AT, profiles } from './staff-fixtures.js';

const officer = (accountId: string, over: Partial<ReporterCandidate> = {}): ReporterCandidate => ({
  accountId, level: 'DISTRICT', office: { kind: 'DISTRICT', code: '5001' }, position: 'ADMINISTRATIVE_OFFICER', status: 'ACTIVE', ...over,
});
const candidates = [officer('a'), officer('b'), officer('c')];

const name = (accountIds: string[], by: StaffProfile = profiles.muangChiangMaiChief, officeCode = '5001', pool = candidates): NameResponsibleReporters =>
  ({ type: 'NameResponsibleReporters', officeCode, accountIds, candidates: pool.filter((c) => accountIds.includes(c.accountId)), by, at: AT });

const named = (accountIds: [string, string], by = 'cm-chief'): ReportersEvent =>
  ({ type: 'ResponsibleReportersNamed', data: { office: { kind: 'DISTRICT', code: '5001' }, accountIds, namedBy: by, at: AT } });

describe('responsible reporters decider (seed 001: exactly two per office)', () => {
  it("is named by the office's chief or by whoever manages its accounts", () => {
    given(reportersDecider).when(name(['a', 'b'])).then([named(['a', 'b'])]);
    given(reportersDecider).when(name(['a', 'b'], profiles.chiangMaiAdmin)).then([named(['a', 'b'], 'cm-admin')]);
    given(reportersDecider).when(name(['a', 'b'], profiles.muangChiangMaiOfficer)).thenRejects('FORBIDDEN');
    given(reportersDecider).when(name(['a', 'b'], profiles.bangkokAdmin)).thenRejects('FORBIDDEN');
  });

  it('takes exactly two different accounts', () => {
    given(reportersDecider).when(name(['a'])).thenRejects('REPORTERS_NOT_TWO', 'accountIds');
    given(reportersDecider).when(name(['a', 'b', 'c'])).thenRejects('REPORTERS_NOT_TWO', 'accountIds');
    given(reportersDecider).when(name(['a', ' a'])).thenRejects('REPORTERS_NOT_TWO', 'accountIds');
  });

  it('takes only active case-working accounts of that very office', () => {
    given(reportersDecider).when(name(['a', 'x'])).thenRejects('ACCOUNT_NOT_FOUND', 'accountIds');
    for (const other of [
      officer('b', { status: 'SUSPENDED' }),
      officer('b', { office: { kind: 'DISTRICT', code: '5002' } }),
      officer('b', { position: 'CHIEF' }),
    ]) {
      given(reportersDecider).when(name(['a', 'b'], undefined, '5001', [officer('a'), other])).thenRejects('REPORTER_NOT_ELIGIBLE', 'accountIds');
    }
  });

  it('keeps the pair until a new one is named; naming the same pair records nothing', () => {
    given(reportersDecider, [named(['a', 'b'])]).when(name(['b', 'a'])).then([]);
    given(reportersDecider, [named(['a', 'b'])]).when(name(['a', 'c'])).then([named(['a', 'c'])]);
  });

  it('exists for districts and provinces only', () => {
    given(reportersDecider).when(name(['a', 'b'], profiles.centralAdmin, 'CENTRAL')).thenRejects('REPORTERS_OFFICE_KIND', 'officeCode');
  });
});
