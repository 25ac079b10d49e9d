import { eventIdFor } from '../../../eventstore/event-ids.js';
import type { NewStream } from '../../../eventstore/event-store.port.js';
import { parseExportInstant } from '../../../import/import-instant.js';
import { extraCellsError } from '../../../import/import-table.js';
import { DomainError } from '../../../shared/domain-error.js';
import { cleanText } from '../../../shared/text-input.js';
import { toArabicDigits } from '../../../shared/thai-digits.js';
import { creditorKey } from '../registration/debt-creditor-key.js';
import type { CreditorInput, DebtInput, OpenDebtCase } from '../registration/debt-inputs.js';
import type { RegisterDebtor } from '../debt.commands.js';
import { debtDecider } from '../debt.decider.js';
import { IMPORT_COLUMNS, type ImportColumn, type ImportRow } from './import-columns.js';
import { refusalOf, RowRefusal } from './import-refusals.js';
import { channelOf, creditorKindOf, helpKindsOf } from './import-values.js';

/** One registration of the export (its rows) as the RegisterDebtor command it stands for, and as the new stream it becomes. */

export interface PreparedRegistration {
  registrationId: string;
  rows: ImportRow[];
  /** Index into `rows` of the row where each creditor first appears. */
  creditorRows: number[];
  /** The debtor's citizen id as typed, Arabic digits only, to find their open cases. */
  citizenDigits: string;
  command: RegisterDebtor;
}

/** The case an imported registration becomes, and the command id it is registered under: both from the registration id. */
export const importedCaseId = (registrationId: string) => `IMP-${registrationId}`;
export const importCommandId = (registrationId: string) => `import:debt:${registrationId}`;

/** Columns every row of a registration repeats. */
const REGISTRATION_COLUMNS: ImportColumn[] = [
  'registeredAt', 'channel', 'formDate', 'responsibleDistrictCode', 'citizenId', 'title', 'firstName', 'lastName', 'phone',
  'occupation', 'addressLine', 'subdistrictCode', 'districtCode', 'provinceCode', 'helpWanted', 'helpNote',
];

export function prepareRegistration(registrationId: string, rows: ImportRow[]): PreparedRegistration {
  refuseDisagreement(rows);
  const creditorRows: number[] = [];
  try {
    const first = rows[0].values;
    const creditors: CreditorInput[] = [];
    const keys = new Map<string, number>();
    const debts: DebtInput[] = rows.map((row, i) => {
      const v = row.values;
      const kind = creditorKindOf(v.creditorKind);
      const creditor: CreditorInput = {
        kind, name: v.creditorName ?? '', citizenId: kind === 'PERSON' ? v.creditorId : null, companyId: kind === 'COMPANY' ? v.creditorId : null,
        phone: v.creditorPhone, address: v.creditorProvinceCode ? { provinceCode: v.creditorProvinceCode, districtCode: v.creditorDistrictCode } : null,
      };
      const key = creditorKey({ name: creditor.name, citizenId: creditor.citizenId ?? null, companyId: creditor.companyId ?? null });
      if (!keys.has(key)) {
        keys.set(key, creditors.push(creditor) - 1);
        creditorRows.push(i);
      }
      return {
        creditorIndex: keys.get(key), principal: v.principal ?? '', outstanding: v.outstanding ?? '',
        interestRatePerMonth: v.interestRate, startDate: v.debtStartDate, collateral: v.collateral,
      };
    });
    const command: RegisterDebtor = {
      type: 'RegisterDebtor',
      caseId: importedCaseId(registrationId),
      at: parseExportInstant(first.registeredAt ?? '', 'at'),
      channel: channelOf(first.channel),
      formDate: first.formDate ?? null,
      debtor: {
        citizenId: first.citizenId ?? '', title: first.title ?? '', firstName: first.firstName ?? '', lastName: first.lastName ?? '',
        phone: first.phone, occupation: first.occupation ?? '',
        address: {
          line: first.addressLine ?? '', subdistrictCode: first.subdistrictCode ?? '',
          districtCode: first.districtCode ?? '', provinceCode: first.provinceCode ?? '',
        },
      },
      creditors,
      debts,
      helpWanted: { kinds: helpKindsOf(first.helpWanted), note: first.helpNote },
      districtCode: first.responsibleDistrictCode ?? null,
      openCasesOfDebtor: [],
    };
    return { registrationId, rows, creditorRows, citizenDigits: toArabicDigits(command.debtor.citizenId).replace(/\D/g, ''), command };
  } catch (error) {
    if (error instanceof DomainError) throw refusalOf(rows, creditorRows, error);
    throw error;
  }
}

/** The registration decided against the debtor's open cases: its new stream, and the case it opens; throws a refusal. */
export function decideRegistration(
  registration: PreparedRegistration, openCasesOfDebtor: OpenDebtCase[], run: { actor: string; correlationId: string },
): { stream: NewStream; openCase: OpenDebtCase } {
  const { command } = registration;
  const [event] = debtDecider.decide({ ...command, openCasesOfDebtor }, debtDecider.initialState());
  if (event.type !== 'DebtorRegistered') throw new Error(`RegisterDebtor decided ${event.type}`);
  const commandId = importCommandId(registration.registrationId);
  const metadata = { actor: run.actor, commandId, correlationId: run.correlationId, causationId: commandId };
  const newEvent = {
    eventId: eventIdFor(commandId, 0), type: event.type, schemaVersion: debtDecider.schemaVersions[event.type], data: event.data, metadata,
  };
  return {
    stream: { streamId: `debt-${command.caseId}`, events: [newEvent] },
    openCase: { caseId: command.caseId, creditorKeys: event.data.creditorKeys },
  };
}

/**
 * A row with cells beyond the header is refused, its cells may have shifted (every such row, and then nothing
 * more of its registration). A later row of a registration may leave a repeated column blank, but not write
 * something else in it (every such cell).
 */
function refuseDisagreement(rows: readonly ImportRow[]): void {
  const shifted = rows.filter((row) => row.extraCells);
  if (shifted.length > 0) {
    throw new RowRefusal(shifted.map((row) => ({ rowNumber: row.rowNumber, column: null, error: extraCellsError() })));
  }
  const first = rows[0].values;
  const disagreements = rows.slice(1).flatMap((row) => REGISTRATION_COLUMNS.filter((c) => {
    const value = row.values[c];
    return value !== undefined && value !== first[c] && cleanText(value) !== cleanText(first[c]);
  }).map((column) => {
    const { en, th } = IMPORT_COLUMNS[column];
    return { rowNumber: row.rowNumber, column, error: new DomainError('IMPORT_ROWS_DISAGREE',
      `แถวของการลงทะเบียนเดียวกันระบุ ${th} ไม่ตรงกับแถวแรก (แถว ${rows[0].rowNumber})`,
      `Rows of one registration disagree on ${en} (first given in row ${rows[0].rowNumber})`, en) };
  }));
  if (disagreements.length > 0) throw new RowRefusal(disagreements);
}
