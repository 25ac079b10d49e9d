import type { ImportEncoding } from '../../../import/import-encoding.js';

/** A reason a registration was not imported, with the row and column at fault. */
export interface RefusedRegistration {
  registrationId: string | null;
  rowNumber: number;
  /** First and last row of the registration. */
  rows: [number, number];
  /** English header of the column at fault, when one is. */
  column: string | null;
  field: string | null;
  code: string;
  messageTh: string;
  messageEn: string;
}

export interface ImportSummary {
  /** The correlation id of every event this run stored (`import:<uuid>`). */
  correlationId: string;
  /** The encoding a CSV file was read in; null for XLSX. */
  encoding: ImportEncoding | null;
  /** Nothing was stored: `imported` counts what a real run would have imported. */
  dryRun: boolean;
  rows: number;
  registrations: number;
  imported: number;
  /** Registrations whose case exists already (an earlier run): nothing of them stored again. */
  alreadyImported: number;
  /** Every refusal, a registration refused on several fields once for each, registrations in row order. */
  refused: RefusedRegistration[];
  refusedRegistrations: number;
  refusedRows: number;
  /** Where the refused rows were written, when any were and a rejects file was asked for. */
  rejectsFile: string | null;
}
