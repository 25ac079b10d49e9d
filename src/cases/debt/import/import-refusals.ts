import { DomainError } from '../../../shared/domain-error.js';
import { refusalsOf } from '../../../shared/field-errors.js';
import { IMPORT_COLUMNS, type ImportColumn, type ImportRow } from './import-columns.js';
import type { RefusedRegistration } from './import-summary.js';

/** One reason a registration is refused, and where in the file it points. */
export interface RefusalPlace {
  rowNumber: number;
  column: ImportColumn | null;
  error: DomainError;
}

/** A registration refused: every reason, each where in the file it points. */
export class RowRefusal extends Error {
  constructor(readonly places: readonly RefusalPlace[]) {
    super(places[0].error.messageEn);
  }

  static at(rowNumber: number, column: ImportColumn | null, error: DomainError): RowRefusal {
    return new RowRefusal([{ rowNumber, column, error }]);
  }
}

/** The refusals as the summary lists them, one each, with the registration's first and last row. */
export function refusedRegistrations(refusal: RowRefusal, registrationId: string | null, rows: readonly ImportRow[]): RefusedRegistration[] {
  return refusal.places.map(({ rowNumber, column, error }) => ({
    registrationId, rowNumber, rows: [rows[0].rowNumber, rows[rows.length - 1].rowNumber],
    column: column && IMPORT_COLUMNS[column].en, field: error.field ?? null,
    code: error.code, messageTh: error.messageTh, messageEn: error.messageEn,
  }));
}

const FIELD_COLUMNS: Record<string, ImportColumn> = {
  caseId: 'registrationId', at: 'registeredAt', channel: 'channel', formDate: 'formDate', districtCode: 'responsibleDistrictCode',
  'debtor.citizenId': 'citizenId', 'debtor.title': 'title', 'debtor.firstName': 'firstName', 'debtor.lastName': 'lastName',
  'debtor.phone': 'phone', 'debtor.occupation': 'occupation', 'debtor.address.line': 'addressLine',
  'debtor.address.subdistrictCode': 'subdistrictCode', 'debtor.address.districtCode': 'districtCode',
  'debtor.address.provinceCode': 'provinceCode', 'helpWanted.kinds': 'helpWanted', 'helpWanted.note': 'helpNote',
};
const CREDITOR_COLUMNS: Record<string, ImportColumn> = {
  kind: 'creditorKind', name: 'creditorName', citizenId: 'creditorId', companyId: 'creditorId', phone: 'creditorPhone',
  'address.provinceCode': 'creditorProvinceCode', 'address.districtCode': 'creditorDistrictCode',
};
const DEBT_COLUMNS: Record<string, ImportColumn> = {
  principal: 'principal', outstanding: 'outstanding', interestRatePerMonth: 'interestRate', startDate: 'debtStartDate',
  collateral: 'collateral', creditorIndex: 'creditorName',
};

/** Each refusal of the registration's command (all its fields'), at the row and column the field it names points to. */
export function refusalOf(rows: readonly ImportRow[], creditorRows: readonly number[], error: DomainError): RowRefusal {
  return new RowRefusal(refusalsOf(error).map((refused) => placeOf(rows, creditorRows, refused)));
}

function placeOf(rows: readonly ImportRow[], creditorRows: readonly number[], error: DomainError): RefusalPlace {
  const field = error.field ?? '';
  const creditor = /^creditors\[(\d+)\](?:\.(.+))?$/.exec(field);
  if (creditor) {
    const row = rows[creditorRows[Number(creditor[1])]] ?? rows[0];
    return { rowNumber: row.rowNumber, column: CREDITOR_COLUMNS[creditor[2] ?? 'name'] ?? 'creditorName', error };
  }
  const debt = /^debts\[(\d+)\](?:\.(.+))?$/.exec(field);
  if (debt) return { rowNumber: (rows[Number(debt[1])] ?? rows[0]).rowNumber, column: DEBT_COLUMNS[debt[2] ?? 'principal'] ?? 'principal', error };
  return { rowNumber: rows[0].rowNumber, column: FIELD_COLUMNS[field.replace(/\[\d+\]$/, '')] ?? null, error };
}
