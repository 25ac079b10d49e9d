import type { DebtCaseRow } from './debt-case-row.js';

/**
 * The columns of `debt_cases` and the row field each holds, with the SQL that reads a column back into the
 * row's form (money as exact text, dates ISO, instants UTC ISO) and the type that writes it.
 */
type SqlType = 'text' | 'integer' | 'numeric' | 'date' | 'timestamptz' | 'text[]';

export const DEBT_CASE_COLUMNS: ReadonlyArray<readonly [column: string, field: keyof DebtCaseRow, type: SqlType]> = [
  ['case_id', 'caseId', 'text'],
  ['stream_id', 'streamId', 'text'],
  ['status', 'status', 'text'],
  ['closed_reason', 'closedReason', 'text'],
  ['district_code', 'districtCode', 'text'],
  ['province_code', 'provinceCode', 'text'],
  ['transferred_from_district_code', 'transferredFromDistrictCode', 'text'],
  ['channel', 'channel', 'text'],
  ['registered_at', 'registeredAt', 'timestamptz'],
  ['registered_on', 'registeredOn', 'date'],
  ['debtor_citizen_id', 'debtorCitizenId', 'text'],
  ['debtor_title', 'debtorTitle', 'text'],
  ['debtor_first_name', 'debtorFirstName', 'text'],
  ['debtor_last_name', 'debtorLastName', 'text'],
  ['creditor_names', 'creditorNames', 'text[]'],
  ['creditor_keys', 'creditorKeys', 'text[]'],
  ['creditor_count', 'creditorCount', 'integer'],
  ['debt_count', 'debtCount', 'integer'],
  ['total_principal', 'totalPrincipal', 'numeric'],
  ['total_outstanding', 'totalOutstanding', 'numeric'],
  ['debt_before', 'debtBefore', 'numeric'],
  ['debt_after', 'debtAfter', 'numeric'],
  ['debt_reduction', 'debtReduction', 'numeric'],
  ['wishes_mediation', 'wishesMediation', 'text'],
  ['contact_attempts', 'contactAttempts', 'integer'],
  ['mediation_date', 'mediationDate', 'date'],
  ['mediation_time', 'mediationTime', 'text'],
  ['mediation_place', 'mediationPlace', 'text'],
  ['referral_agency', 'referralAgency', 'text'],
  ['referral_agency_name', 'referralAgencyName', 'text'],
  ['version', 'version', 'integer'],
  ['last_event_type', 'lastEventType', 'text'],
  ['last_event_at', 'lastEventAt', 'timestamptz'],
];

function readExpression(column: string, type: SqlType): string {
  switch (type) {
    case 'numeric': return `${column}::text`;
    case 'date': return `to_char(${column}, 'YYYY-MM-DD')`;
    case 'timestamptz': return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    default: return column;
  }
}

/** The select list that reads a `debt_cases` row (aliased `alias`) as a DebtCaseRow. */
export function rowSelectList(alias: string): string {
  return DEBT_CASE_COLUMNS.map(([column, field, type]) => `${readExpression(`${alias}.${column}`, type)} AS "${field}"`).join(', ');
}
