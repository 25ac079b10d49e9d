import { DomainError } from '../../../shared/domain-error.js';
import { IMPORT_COLUMNS, type ImportColumn, type ImportRow } from './import-columns.js';
import type { RefusedRegistration } from './import-summary.js';

/** A registration refused: where in the file, and why. */
export class RowRefusal extends Error {
  constructor(readonly rowNumber: number, readonly column: ImportColumn | null, readonly error: DomainError) {
    super(error.messageEn);
  }
}

/** A refusal as the summary lists it, with the registration's first and last row. */
export function refusedRegistration(refusal: RowRefusal, registrationId: string | null, rows: readonly ImportRow[]): RefusedRegistration {
  const { error } = refusal;
  return {
    registrationId, rowNumber: refusal.rowNumber, rows: [rows[0].rowNumber, rows[rows.length - 1].rowNumber],
    column: refusal.column && IMPORT_COLUMNS[refusal.column].en, field: error.field ?? null,
    code: error.code, messageTh: error.messageTh, messageEn: error.messageEn,
  };
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

/** The row and column a rejection of the registration's command points at, from the field it names. */
export function refusalOf(rows: readonly ImportRow[], creditorRows: readonly number[], error: DomainError): RowRefusal {
  const field = error.field ?? '';
  const creditor = /^creditors\[(\d+)\](?:\.(.+))?$/.exec(field);
  if (creditor) {
    const row = rows[creditorRows[Number(creditor[1])]] ?? rows[0];
    return new RowRefusal(row.rowNumber, CREDITOR_COLUMNS[creditor[2] ?? 'name'] ?? 'creditorName', error);
  }
  const debt = /^debts\[(\d+)\](?:\.(.+))?$/.exec(field);
  if (debt) return new RowRefusal((rows[Number(debt[1])] ?? rows[0]).rowNumber, DEBT_COLUMNS[debt[2] ?? 'principal'] ?? 'principal', error);
  return new RowRefusal(rows[0].rowNumber, FIELD_COLUMNS[field.replace(/\[\d+\]$/, '')] ?? null, error);
}
