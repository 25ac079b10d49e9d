import type {
  DebtCaseFigures, DebtCaseStatus, DebtChannel, DebtCloseReason, DebtEvent, Debtor, MediationWish, ReferralAgency,
} from '../../cases/debt/debt.events.js';

/**
 * One row of the case list, as the projection folds it: where the case is now, its status, who the debtor
 * and creditors are, its totals, the agreement reached and the mediation scheduled. Money is canonical baht
 * text, dates ISO, instants UTC ISO.
 */
export interface DebtCaseRow {
  caseId: string;
  streamId: string;
  status: DebtCaseStatus;
  closedReason: DebtCloseReason | null;
  districtCode: string;
  provinceCode: string;
  /** The district the latest transfer moved the case from (ส่งต่อมาจากอำเภออื่น); null for a case never transferred. */
  transferredFromDistrictCode: string | null;
  channel: DebtChannel;
  /** When the debtor registered: for PAPER the start of the form date in Asia/Bangkok. */
  registeredAt: string;
  registeredOn: string;
  debtorCitizenId: string;
  debtorTitle: string;
  debtorFirstName: string;
  debtorLastName: string;
  creditorNames: string[];
  creditorKeys: string[];
  creditorCount: number;
  debtCount: number;
  totalPrincipal: string;
  totalOutstanding: string;
  debtBefore: string | null;
  debtAfter: string | null;
  debtReduction: string | null;
  wishesMediation: MediationWish;
  contactAttempts: number;
  /** The scheduled session; kept while CLOSED, as the case returns to it when reopened. */
  mediationDate: string | null;
  mediationTime: string | null;
  mediationPlace: string | null;
  referralAgency: ReferralAgency | null;
  referralAgencyName: string | null;
  version: number;
  lastEventType: string;
  lastEventAt: string;
}

/** Where an event sits in the log: its stream and the stream's version after it. */
export interface EventPlace {
  streamId: string;
  version: number;
}

/** The row after one event; the first event of a case must be its registration. */
export function foldDebtCaseRow(row: DebtCaseRow | undefined, event: DebtEvent, place: EventPlace): DebtCaseRow {
  const log = { version: place.version, lastEventType: event.type, lastEventAt: event.data.at, status: event.data.status };
  if (event.type === 'DebtorRegistered') {
    if (row) throw new Error(`${place.streamId}@${place.version}: the case is registered already`);
    const d = event.data;
    return {
      caseId: d.caseId, streamId: place.streamId, closedReason: null, ...figuresOf(d), transferredFromDistrictCode: null, ...debtorOf(d.debtor),
      creditorNames: d.creditors.map((c) => c.name), creditorKeys: d.creditorKeys,
      debtBefore: null, debtAfter: null, debtReduction: null, wishesMediation: 'UNDECIDED', contactAttempts: 0,
      mediationDate: null, mediationTime: null, mediationPlace: null, referralAgency: null, referralAgencyName: null, ...log,
    };
  }
  if (!row) throw new Error(`${place.streamId}@${place.version}: ${event.type} before the case was registered`);
  const next: DebtCaseRow = { ...row, ...log };
  switch (event.type) {
    case 'DebtRegistrationAmended': {
      const { debtor, creditors, creditorKeys, after } = event.data;
      return {
        ...next, ...figuresOf(after), ...(debtor ? debtorOf(debtor) : {}),
        creditorNames: creditors ? creditors.map((c) => c.name) : row.creditorNames, creditorKeys: creditorKeys ?? row.creditorKeys,
      };
    }
    case 'DebtContactAttemptRecorded':
      return {
        ...next, contactAttempts: row.contactAttempts + 1,
        wishesMediation: event.data.reached ? event.data.wishesMediation : row.wishesMediation,
      };
    case 'DebtCaseTransferred': {
      const { fromDistrictCode, toDistrictCode, toProvinceCode, cancelledMediation } = event.data;
      return {
        ...next, districtCode: toDistrictCode, provinceCode: toProvinceCode, transferredFromDistrictCode: fromDistrictCode,
        ...(cancelledMediation ? NO_SLOT : {}),
      };
    }
    case 'DebtMediationScheduled':
      return { ...next, mediationDate: event.data.date, mediationTime: event.data.time, mediationPlace: event.data.place };
    case 'DebtMediationOutcomeRecorded': {
      const { agreement } = event.data;
      return {
        ...next, ...NO_SLOT,
        ...(agreement ? { debtBefore: agreement.debtBefore, debtAfter: agreement.debtAfter, debtReduction: agreement.reduction } : {}),
      };
    }
    case 'DebtCaseReferred':
      return { ...next, referralAgency: event.data.agency, referralAgencyName: event.data.agencyName };
    case 'DebtCaseClosed':
      return { ...next, closedReason: event.data.reason };
    case 'DebtCaseReopened':
      return { ...next, closedReason: null };
  }
}

const NO_SLOT = { mediationDate: null, mediationTime: null, mediationPlace: null };

function figuresOf(f: DebtCaseFigures) {
  return {
    districtCode: f.districtCode, provinceCode: f.provinceCode, channel: f.channel, registeredAt: f.registeredAt,
    registeredOn: f.registeredOn, creditorCount: f.creditorCount, debtCount: f.debtCount,
    totalPrincipal: f.totalPrincipal, totalOutstanding: f.totalOutstanding,
  };
}

function debtorOf(debtor: Debtor) {
  return { debtorCitizenId: debtor.citizenId, debtorTitle: debtor.title, debtorFirstName: debtor.firstName, debtorLastName: debtor.lastName };
}
