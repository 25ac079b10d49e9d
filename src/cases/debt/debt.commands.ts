import type {
  CreditorInput, DebtInput, DebtorInput, HelpWantedInput, InstalmentPlanInput, OpenDebtCase,
} from './registration/debt-inputs.js';
import type {
  ContactMethod, DebtChannel, DebtCloseReason, MediationOutcome, MediationWish, ReferralAgency,
} from './vocabulary/debt-vocabulary.js';

/**
 * Commands on an informal-debt case, as the command handler passes them to the decider. Values are raw, as
 * staff typed them (Thai digits, "12,500.50", D/M/YYYY in the Buddhist Era); the decider validates and
 * normalises them. `at` is the ISO instant the server recorded the command. Optional text may be null or absent.
 */
interface CommandBase {
  at: string;
}

/** ลงทะเบียนลูกหนี้นอกระบบ. */
export interface RegisterDebtor extends CommandBase {
  type: 'RegisterDebtor';
  caseId: string;
  channel: DebtChannel;
  /** The date written on a PAPER form; only for PAPER. */
  formDate?: string | null;
  debtor: DebtorInput;
  creditors: CreditorInput[];
  debts: DebtInput[];
  helpWanted: HelpWantedInput;
  /** The district the case is attributed to; the debtor's domicile district when absent. */
  districtCode?: string | null;
  openCasesOfDebtor: OpenDebtCase[];
}

/** A correction: each part given replaces that part whole; the history stays in the log. */
export interface AmendDebtRegistration extends CommandBase {
  type: 'AmendDebtRegistration';
  reason: string;
  debtor?: DebtorInput | null;
  creditors?: CreditorInput[] | null;
  debts?: DebtInput[] | null;
  helpWanted?: HelpWantedInput | null;
  /** Corrects the attributed district; refused once the case has been transferred. */
  districtCode?: string | null;
  /** Corrects the date of a PAPER form. */
  formDate?: string | null;
  /** The open cases of the debtor's citizen id after the correction. */
  openCasesOfDebtor: OpenDebtCase[];
}

export interface RecordContactAttempt extends CommandBase {
  type: 'RecordContactAttempt';
  method: ContactMethod;
  reached: boolean;
  /** YES or NO only when the debtor was reached. */
  wishesMediation: MediationWish;
  /** Required for method OTHER. */
  note?: string | null;
}

/** ส่งต่อข้อมูลระหว่างอำเภอหรือเขต. */
export interface TransferDebtCase extends CommandBase {
  type: 'TransferDebtCase';
  toDistrictCode: string;
  reason: string;
}

export interface ScheduleMediation extends CommandBase {
  type: 'ScheduleMediation';
  date: string;
  time?: string | null;
  place: string;
}

export interface RecordMediationOutcome extends CommandBase {
  type: 'RecordMediationOutcome';
  outcome: MediationOutcome;
  /** AGREED only: the debt after mediation, and how it is paid unless nothing is left. */
  debtAfter?: string | null;
  instalmentPlan?: InstalmentPlanInput | null;
  note?: string | null;
}

export interface ReferDebtCase extends CommandBase {
  type: 'ReferDebtCase';
  agency: ReferralAgency;
  /** Required for OTHER_AGENCY; for the police, the station if known. */
  agencyName?: string | null;
  note?: string | null;
}

export interface CloseDebtCase extends CommandBase {
  type: 'CloseDebtCase';
  reason: DebtCloseReason;
  /** Required for DUPLICATE. */
  duplicateOfCaseId?: string | null;
  /** Required for OTHER. */
  note?: string | null;
}

export interface ReopenDebtCase extends CommandBase {
  type: 'ReopenDebtCase';
  reason: string;
  openCasesOfDebtor: OpenDebtCase[];
}

export type DebtCommand =
  | RegisterDebtor
  | AmendDebtRegistration
  | RecordContactAttempt
  | TransferDebtCase
  | ScheduleMediation
  | RecordMediationOutcome
  | ReferDebtCase
  | CloseDebtCase
  | ReopenDebtCase;
