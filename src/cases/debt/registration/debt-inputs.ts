import type { CreditorKind, HelpKind } from '../vocabulary/debt-vocabulary.js';

/** Parts of debt commands as staff typed them; debt.commands.ts says how they are normalised. */
export interface AddressInput {
  line: string;
  subdistrictCode: string;
  districtCode: string;
  provinceCode: string;
}

/** As far as the debtor knows it: the province at least; a subdistrict only with its district. */
export interface CreditorAddressInput {
  line?: string | null;
  subdistrictCode?: string | null;
  districtCode?: string | null;
  provinceCode: string;
}

export interface DebtorInput {
  citizenId: string;
  title: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
  occupation: string;
  address: AddressInput;
}

export interface CreditorInput {
  kind: CreditorKind;
  name: string;
  citizenId?: string | null;
  companyId?: string | null;
  phone?: string | null;
  address?: CreditorAddressInput | null;
}

export interface DebtInput {
  /** Which creditor (index into `creditors`); may be left out when there is only one. */
  creditorIndex?: number | null;
  principal: string;
  outstanding: string;
  interestRatePerMonth?: string | null;
  startDate?: string | null;
  collateral?: string | null;
}

export interface HelpWantedInput {
  kinds: HelpKind[];
  /** Required when kinds include OTHER. */
  note?: string | null;
}

/** An open case the read model knows for the debtor's citizen id, with the creditorKey() of its creditors. */
export interface OpenDebtCase {
  caseId: string;
  creditorKeys: string[];
}

export interface InstalmentPlanInput {
  instalmentCount: string;
  instalmentAmount: string;
  firstDueDate: string;
}
