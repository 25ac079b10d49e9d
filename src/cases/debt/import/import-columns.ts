import { DomainError } from '../../../shared/domain-error.js';

/**
 * The columns of an export of the earlier registration system: one row per debt (ลูกหนี้ - เจ้าหนี้ - หนี้).
 * The rows of one registration come together and share its registration id; they repeat the registration and
 * debtor columns, and the creditor columns of the creditor each debt is owed to. Headers in English or Thai,
 * in any order; other columns are ignored. README.md ("Importing earlier registrations") documents them.
 */
export const IMPORT_COLUMNS = {
  registrationId: { en: 'registration_id', th: 'เลขที่ลงทะเบียน', required: true },
  registeredAt: { en: 'registered_at', th: 'วันเวลาที่ลงทะเบียน', required: true },
  channel: { en: 'channel', th: 'ช่องทางการลงทะเบียน', required: true },
  formDate: { en: 'form_date', th: 'วันที่ในแบบฟอร์ม', required: false },
  responsibleDistrictCode: { en: 'responsible_district_code', th: 'รหัสอำเภอที่รับผิดชอบ', required: false },
  citizenId: { en: 'citizen_id', th: 'เลขประจำตัวประชาชน', required: true },
  title: { en: 'title', th: 'คำนำหน้า', required: true },
  firstName: { en: 'first_name', th: 'ชื่อ', required: true },
  lastName: { en: 'last_name', th: 'นามสกุล', required: true },
  phone: { en: 'phone', th: 'โทรศัพท์', required: false },
  occupation: { en: 'occupation', th: 'อาชีพ', required: true },
  addressLine: { en: 'address', th: 'ที่อยู่', required: true },
  subdistrictCode: { en: 'subdistrict_code', th: 'รหัสตำบล', required: true },
  districtCode: { en: 'district_code', th: 'รหัสอำเภอ', required: true },
  provinceCode: { en: 'province_code', th: 'รหัสจังหวัด', required: true },
  creditorKind: { en: 'creditor_kind', th: 'ประเภทเจ้าหนี้', required: true },
  creditorName: { en: 'creditor_name', th: 'ชื่อเจ้าหนี้', required: true },
  creditorId: { en: 'creditor_id', th: 'เลขประจำตัวเจ้าหนี้', required: false },
  creditorPhone: { en: 'creditor_phone', th: 'โทรศัพท์เจ้าหนี้', required: false },
  creditorProvinceCode: { en: 'creditor_province_code', th: 'รหัสจังหวัดเจ้าหนี้', required: false },
  creditorDistrictCode: { en: 'creditor_district_code', th: 'รหัสอำเภอเจ้าหนี้', required: false },
  principal: { en: 'principal', th: 'เงินต้น', required: true },
  outstanding: { en: 'outstanding', th: 'ยอดหนี้คงค้าง', required: true },
  interestRate: { en: 'interest_rate_per_month', th: 'อัตราดอกเบี้ยต่อเดือน', required: false },
  debtStartDate: { en: 'debt_start_date', th: 'วันที่เริ่มเป็นหนี้', required: false },
  collateral: { en: 'collateral', th: 'หลักประกัน', required: false },
  helpWanted: { en: 'help_wanted', th: 'ความช่วยเหลือที่ต้องการ', required: true },
  helpNote: { en: 'help_note', th: 'รายละเอียดความช่วยเหลือ', required: false },
} as const satisfies Record<string, { en: string; th: string; required: boolean }>;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;
export type ImportValues = Partial<Record<ImportColumn, string>>;

/** One data row of the file: its 1-based row number in the file (the header is row 1) and its values. */
export interface ImportRow {
  rowNumber: number;
  values: ImportValues;
  /** Something is written beyond the last header: the cells may have shifted (an unquoted comma in a CSV). */
  extraCells: boolean;
  /** The row as it was, every cell, for the rejects file. */
  cells: readonly string[];
}

const normaliseHeader = (header: string) => header.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '_');

const BY_HEADER = new Map<string, ImportColumn>(
  (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).flatMap((column) => [
    [normaliseHeader(IMPORT_COLUMNS[column].en), column], [normaliseHeader(IMPORT_COLUMNS[column].th), column],
  ]),
);

/** The column of each header position (undefined for a column the import ignores); refuses a file lacking a required column. */
export function mapHeaders(headers: readonly string[]): (ImportColumn | undefined)[] {
  const columns = headers.map((header) => BY_HEADER.get(normaliseHeader(header ?? '')));
  const missing = (Object.keys(IMPORT_COLUMNS) as ImportColumn[])
    .filter((column) => IMPORT_COLUMNS[column].required && !columns.includes(column));
  if (missing.length > 0) {
    const names = missing.map((c) => `${IMPORT_COLUMNS[c].en} (${IMPORT_COLUMNS[c].th})`).join(', ');
    throw new DomainError('IMPORT_COLUMNS_MISSING', `ไฟล์ขาดคอลัมน์ที่จำเป็น: ${names}`, `The file lacks required columns: ${names}`, 'header');
  }
  return columns;
}

/** One row by column, blank cells left out; undefined for a row with nothing written in it. */
export function rowOf(rowNumber: number, columns: readonly (ImportColumn | undefined)[], cells: readonly string[]): ImportRow | undefined {
  const values: ImportValues = {};
  let written = false;
  let extraCells = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === undefined || cell.trim() === '') continue;
    written = true;
    const column = columns[i];
    if (column !== undefined) values[column] = cell;
    else if (i >= columns.length) extraCells = true;
  }
  return written ? { rowNumber, values, extraCells, cells } : undefined;
}
