import type { Baht } from '../../shared/money.js';
import type { CreditorKind, HelpKind } from './vocabulary/debt-vocabulary.js';

/**
 * The normalised parts of an informal-debt case as events and state hold them: Arabic digits, canonical baht
 * ("12500.50"), ISO dates; absent optional values are null.
 */
export interface Address {
  line: string;
  subdistrictCode: string;
  districtCode: string;
  provinceCode: string;
}

/** As far as the debtor knows it: the province at least. */
export interface CreditorAddress {
  line: string | null;
  subdistrictCode: string | null;
  districtCode: string | null;
  provinceCode: string;
}

export interface Debtor {
  citizenId: string;
  title: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  occupation: string;
  address: Address;
}

export interface Creditor {
  kind: CreditorKind;
  name: string;
  /** Only for a PERSON. */
  citizenId: string | null;
  /** Only for a COMPANY: the 13-digit juristic person number. */
  companyId: string | null;
  phone: string | null;
  address: CreditorAddress | null;
}

export interface Debt {
  /** Index into the creditors of the registration. */
  creditorIndex: number;
  principal: Baht;
  outstanding: Baht;
  /** Percent per month as a plain decimal ("1.25", "20"), null when the debtor does not know it. */
  interestRatePerMonth: string | null;
  /** ISO date. */
  startDate: string | null;
  collateral: string | null;
}

export interface HelpWanted {
  kinds: HelpKind[];
  note: string | null;
}

export interface MediationSlot {
  date: string;
  time: string | null;
  place: string;
}

export interface InstalmentPlan {
  instalmentCount: number;
  instalmentAmount: Baht;
  firstDueDate: string;
}

export interface AgreementFigures {
  debtBefore: Baht;
  debtAfter: Baht;
  reduction: Baht;
}
