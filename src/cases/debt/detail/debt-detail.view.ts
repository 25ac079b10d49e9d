import { requireDistrict, requireProvince, requireSubdistrict } from '../../../geography/geography.js';
import type { DebtCaseAction } from './debt-actions.js';
import type { DebtCaseDetail } from './debt-detail.js';
import type { DebtCaseDetailObject } from './debt-detail.types.js';
import type { Address, CreditorAddress } from '../debt-records.js';

/**
 * The folded case as the API shows it, with what the reader may do to it now: codes with their places' names,
 * instants as dates. Codes come from events.
 */
export function toDetailObject(detail: DebtCaseDetail, allowedActions: DebtCaseAction[]): DebtCaseDetailObject {
  const { state } = detail;
  const { figures } = state;
  return {
    caseId: state.caseId,
    version: detail.version,
    status: state.status,
    channel: figures.channel,
    registeredAt: new Date(figures.registeredAt),
    registeredOn: figures.registeredOn,
    district: requireDistrict(figures.districtCode),
    province: requireProvince(figures.provinceCode),
    attributedDistrict: requireDistrict(state.attributedDistrictCode),
    transferred: state.transferred,
    debtor: { ...state.debtor, address: placeOf(state.debtor.address) },
    creditors: state.creditors.map((creditor) => ({ ...creditor, address: creditor.address && creditorPlaceOf(creditor.address) })),
    debts: state.debts,
    creditorCount: figures.creditorCount,
    debtCount: figures.debtCount,
    totalPrincipal: figures.totalPrincipal,
    totalOutstanding: figures.totalOutstanding,
    helpWanted: state.helpWanted,
    wishesMediation: state.wishesMediation,
    amendments: detail.amendments.map((a) => ({ ...a, at: new Date(a.at) })),
    contactAttempts: detail.contactAttempts.map(({ districtCode, at, ...attempt }) => ({
      ...attempt, at: new Date(at), district: requireDistrict(districtCode),
    })),
    transfers: detail.transfers.map((t) => ({
      at: new Date(t.at), from: requireDistrict(t.fromDistrictCode), to: requireDistrict(t.toDistrictCode), reason: t.reason,
      cancelledMediation: t.cancelledMediation,
    })),
    mediationSessions: detail.mediationSessions.map(({ scheduledAt, districtCode, outcome, ...session }) => ({
      ...session,
      scheduledAt: new Date(scheduledAt),
      district: requireDistrict(districtCode),
      outcome: outcome && {
        outcome: outcome.outcome, recordedAt: new Date(outcome.recordedAt), debtBefore: outcome.agreement?.debtBefore ?? null,
        debtAfter: outcome.agreement?.debtAfter ?? null, reduction: outcome.agreement?.reduction ?? null,
        instalmentPlan: outcome.instalmentPlan, note: outcome.note,
      },
    })),
    nextMediation: state.status === 'MEDIATION_SCHEDULED' ? state.mediation : null,
    agreement: detail.agreement && { ...detail.agreement, recordedAt: new Date(detail.agreement.recordedAt) },
    referral: detail.referral && { ...detail.referral, at: new Date(detail.referral.at) },
    closing: detail.closing && { ...detail.closing, at: new Date(detail.closing.at) },
    reopenings: detail.reopenings.map((r) => ({ ...r, at: new Date(r.at) })),
    lastEventAt: new Date(detail.lastEventAt),
    allowedActions,
  };
}

function placeOf(address: Address) {
  return {
    line: address.line, subdistrict: requireSubdistrict(address.subdistrictCode), district: requireDistrict(address.districtCode),
    province: requireProvince(address.provinceCode),
  };
}

function creditorPlaceOf(address: CreditorAddress) {
  return {
    line: address.line,
    subdistrict: address.subdistrictCode === null ? null : requireSubdistrict(address.subdistrictCode),
    district: address.districtCode === null ? null : requireDistrict(address.districtCode),
    province: requireProvince(address.provinceCode),
  };
}
