import { DomainError } from '../../shared/domain-error.js';

/**
 * The bank's bill-payment file (ไฟล์รายการรับชำระเงิน Bill Payment) as Krungthai and the other Thai banks send it
 * to a biller each day: fixed-width records of 256 bytes, one a line (CRLF or LF), text in Windows-874 (TIS-620),
 * a header (H), one detail (D) per payment or reversal, and a total (T). Positions are 1-based, as banks print them.
 *
 * | record | field | from | width |
 * |---|---|---|---|
 * | H | record type `H`, sequence no., bank code, company account, company name, effective date (DDMMYYYY), service code | 1, 2, 8, 11, 21, 61, 69 | 1, 6, 3, 10, 40, 8, 8 |
 * | D | record type `D`, sequence no., bank code, company account, payment date (DDMMYYYY), time (HHMMSS), customer name, Ref1, Ref2, Ref3, branch, teller, kind (`C` payment, `D` reversal), transaction code, cheque no., amount (13 digits, 2 implied decimals), cheque bank code | 1, 2, 8, 11, 21, 29, 35, 85, 105, 125, 145, 149, 153, 154, 157, 164, 177 | 1, 6, 3, 10, 8, 6, 50, 20, 20, 20, 4, 4, 1, 3, 7, 13, 3 |
 * | T | record type `T`, sequence no., bank code, company account, total debit amount, debit count, total credit amount, credit count | 1, 2, 8, 11, 21, 34, 40, 53 | 1, 6, 3, 10, 13, 6, 13, 6 |
 *
 * The rest of each record is spaces. A file is taken whole or refused whole: a record that does not read, a
 * sequence out of order, or totals that differ from the details refuse the file, naming the line.
 */

export const RECORD_BYTES = 256;

export interface BillPaymentHeader {
  /** The line of the file it is on. */
  line: number;
  bankCode: string;
  companyAccount: string;
  companyName: string;
  /** The day the file covers, YYYY-MM-DD (CE). */
  effectiveDate: string;
  /** The biller's Krungthai company code (Comp Code), as the bank writes it: 4 to 6 digits, maybe zero-padded to 8. */
  serviceCode: string;
}

export type PaymentKind = 'PAYMENT' | 'REVERSAL';

export interface BillPayment {
  /** The line of the file, from 1. */
  line: number;
  sequence: number;
  /** When the bank took it, an ISO instant in Asia/Bangkok time. */
  paidAt: string;
  customerName: string;
  ref1: string;
  ref2: string;
  ref3: string;
  branch: string;
  teller: string;
  kind: PaymentKind;
  transactionCode: string;
  amountSatang: bigint;
}

export interface BillPaymentFile {
  header: BillPaymentHeader;
  payments: BillPayment[];
  totals: { paymentCount: number; paymentSatang: bigint; reversalCount: number; reversalSatang: bigint };
}

const TIS_620 = new TextDecoder('windows-874');

function refused(code: string, line: number, th: string, en: string): DomainError {
  return new DomainError(code, `ไฟล์รายการรับชำระเงิน บรรทัดที่ ${line}: ${th}`, `Bill-payment file, line ${line}: ${en}`, 'file');
}

/** One 256-byte record: fields by 1-based position, decoded from Windows-874 and trimmed. */
class PaymentRecord {
  constructor(private readonly bytes: Buffer, readonly line: number) {}

  /** ASCII as it is (most fields), anything else decoded from Windows-874. */
  text(from: number, width: number): string {
    const start = from - 1;
    const end = start + width;
    for (let i = start; i < end; i++) {
      if (this.bytes[i] >= 0x80) return TIS_620.decode(this.bytes.subarray(start, end)).trim();
    }
    return this.bytes.toString('latin1', start, end).trim();
  }

  digits(from: number, width: number, name: string): string {
    const start = from - 1;
    const end = start + width;
    for (let i = start; i < end; i++) {
      if (this.bytes[i] < 0x30 || this.bytes[i] > 0x39) {
        const value = this.text(from, width);
        throw refused('PAYMENT_FILE_FIELD_MALFORMED', this.line, `ช่อง ${name} (ตำแหน่ง ${from}, ${width} หลัก) ต้องเป็นตัวเลข ได้รับ "${value}"`,
          `${name} (position ${from}, ${width} digits) must be digits, got "${value}"`);
      }
    }
    return this.bytes.toString('latin1', start, end);
  }

  /** DDMMYYYY, the year CE or Buddhist Era (banks write either), as YYYY-MM-DD CE. */
  date(from: number, name: string): string {
    const value = this.digits(from, 8, name);
    const day = Number(value.slice(0, 2));
    const month = Number(value.slice(2, 4));
    let year = Number(value.slice(4));
    if (year > 2400) year -= 543;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      throw refused('PAYMENT_FILE_DATE_INVALID', this.line, `ช่อง ${name} ไม่ใช่วันที่ (DDMMYYYY) ได้รับ "${value}"`,
        `${name} is not a date (DDMMYYYY), got "${value}"`);
    }
    return `${String(year).padStart(4, '0')}-${value.slice(2, 4)}-${value.slice(0, 2)}`;
  }

  time(from: number): string {
    const value = this.digits(from, 6, 'payment time');
    if (Number(value.slice(0, 2)) > 23 || Number(value.slice(2, 4)) > 59 || Number(value.slice(4)) > 59) {
      throw refused('PAYMENT_FILE_TIME_INVALID', this.line, `เวลาชำระเงินไม่ถูกต้อง (HHMMSS) ได้รับ "${value}"`,
        `The payment time is not a time (HHMMSS), got "${value}"`);
    }
    return `${value.slice(0, 2)}:${value.slice(2, 4)}:${value.slice(4)}`;
  }

  satang(from: number, width: number, name: string): bigint {
    return BigInt(this.digits(from, width, name));
  }
}

/** The file's records, each padded to 256 bytes if the sender trimmed its trailing spaces; longer ones are refused. */
function recordsOf(file: Buffer): PaymentRecord[] {
  const records: PaymentRecord[] = [];
  let start = 0;
  let line = 0;
  while (start < file.length) {
    let end = file.indexOf(0x0a, start);
    if (end < 0) end = file.length;
    line += 1;
    let bytes = file.subarray(start, end > start && file[end - 1] === 0x0d ? end - 1 : end);
    start = end + 1;
    if (bytes.length === 0) continue;
    if (bytes.length > RECORD_BYTES) {
      throw refused('PAYMENT_FILE_RECORD_TOO_LONG', line, `ระเบียนยาว ${bytes.length} ไบต์ เกิน ${RECORD_BYTES} ไบต์`,
        `The record has ${bytes.length} bytes, more than ${RECORD_BYTES}`);
    }
    if (bytes.length < RECORD_BYTES) bytes = Buffer.concat([bytes, Buffer.alloc(RECORD_BYTES - bytes.length, 0x20)]);
    records.push(new PaymentRecord(bytes, line));
  }
  return records;
}

function header(record: PaymentRecord): BillPaymentHeader {
  return {
    line: record.line,
    bankCode: record.digits(8, 3, 'bank code'),
    companyAccount: record.digits(11, 10, 'company account'),
    companyName: record.text(21, 40),
    effectiveDate: record.date(61, 'effective date'),
    serviceCode: record.text(69, 8),
  };
}

function detail(record: PaymentRecord, sequence: number, fileHeader: BillPaymentHeader): BillPayment {
  const account = record.digits(11, 10, 'company account');
  if (account !== fileHeader.companyAccount) {
    throw refused('PAYMENT_FILE_COMPANY_ACCOUNT_DIFFERS', record.line, `บัญชีบริษัท ${account} ไม่ตรงกับส่วนหัวของไฟล์ (${fileHeader.companyAccount})`,
      `Company account ${account} differs from the file header's (${fileHeader.companyAccount})`);
  }
  const kind = record.text(153, 1);
  if (kind !== 'C' && kind !== 'D') {
    throw refused('PAYMENT_FILE_KIND_UNKNOWN', record.line, `ประเภทรายการต้องเป็น C (รับชำระ) หรือ D (ยกเลิก) ได้รับ "${kind}"`,
      `The kind of transaction is C (payment) or D (reversal), got "${kind}"`);
  }
  return {
    line: record.line,
    sequence,
    paidAt: `${record.date(21, 'payment date')}T${record.time(29)}+07:00`,
    customerName: record.text(35, 50),
    ref1: record.text(85, 20),
    ref2: record.text(105, 20),
    ref3: record.text(125, 20),
    branch: record.text(145, 4),
    teller: record.text(149, 4),
    kind: kind === 'C' ? 'PAYMENT' : 'REVERSAL',
    transactionCode: record.text(154, 3),
    amountSatang: record.satang(164, 13, 'amount'),
  };
}

function checkSequence(record: PaymentRecord, expected: number): number {
  const sequence = Number(record.digits(2, 6, 'sequence no.'));
  if (sequence !== expected) {
    throw refused('PAYMENT_FILE_SEQUENCE_BROKEN', record.line, `ลำดับระเบียนเป็น ${sequence} แต่ควรเป็น ${expected} (ไฟล์อาจไม่ครบ)`,
      `The record is numbered ${sequence} where ${expected} was due (the file may be incomplete)`);
  }
  return sequence;
}

function typeOf(record: PaymentRecord): string {
  return record.text(1, 1);
}

/** Reads a whole bill-payment file, or refuses it naming the line and what is wrong. */
export function readBillPaymentFile(file: Buffer): BillPaymentFile {
  const records = recordsOf(file);
  const first = records[0];
  if (!first || typeOf(first) !== 'H') {
    throw refused('PAYMENT_FILE_NO_HEADER', first?.line ?? 1, 'ไฟล์ต้องขึ้นต้นด้วยระเบียนส่วนหัว (H)', 'The file must begin with a header record (H)');
  }
  checkSequence(first, 1);
  const fileHeader = header(first);
  const payments: BillPayment[] = [];
  for (let index = 1; index < records.length; index++) {
    const record = records[index];
    const sequence = checkSequence(record, index + 1);
    const type = typeOf(record);
    if (type === 'D') {
      payments.push(detail(record, sequence, fileHeader));
      continue;
    }
    if (type !== 'T') {
      throw refused('PAYMENT_FILE_RECORD_TYPE_UNKNOWN', record.line, `ประเภทระเบียนต้องเป็น H, D หรือ T ได้รับ "${type}"`,
        `A record is of type H, D or T, got "${type}"`);
    }
    if (index !== records.length - 1) {
      throw refused('PAYMENT_FILE_TOTAL_NOT_LAST', record.line, 'ระเบียนยอดรวม (T) ต้องเป็นระเบียนสุดท้าย', 'The total record (T) must be the last');
    }
    return { header: fileHeader, payments, totals: checkedTotals(record, payments) };
  }
  const last = records[records.length - 1];
  throw refused('PAYMENT_FILE_NO_TOTAL', last.line, 'ไฟล์ไม่มีระเบียนยอดรวม (T) ท้ายไฟล์ (ไฟล์อาจไม่ครบ)', 'The file has no total record (T) at its end (it may be incomplete)');
}

/**
 * Refuses a file the bank wrote for another biller: its header's service code must be the company code Krungthai gave
 * the authority (its `billerCode`), as it is or zero-padded to the field's 8 digits.
 */
export function requireBiller(file: BillPaymentFile, authorityCode: string, billerCode: string): void {
  const code = file.header.serviceCode;
  if (code === billerCode || code === billerCode.padStart(8, '0')) return;
  throw refused('PAYMENT_FILE_OTHER_BILLER', file.header.line,
    `รหัสบริษัท (Company code) ในส่วนหัวของไฟล์ (ช่อง service code ตำแหน่งที่ 69) เป็น "${code}" ไม่ใช่รหัส ${billerCode} ของ อปท. ${authorityCode} ไฟล์นี้เป็นของผู้รับชำระรายอื่น`,
    `the header's company code (service code, position 69) is "${code}", not ${billerCode} of authority ${authorityCode}: the file is another biller's`);
}

/** The total record, checked against the details: counts and sums of payments (credits) and reversals (debits). */
function checkedTotals(record: PaymentRecord, payments: BillPayment[]): BillPaymentFile['totals'] {
  const totals = {
    reversalSatang: record.satang(21, 13, 'total debit amount'),
    reversalCount: Number(record.digits(34, 6, 'total debit count')),
    paymentSatang: record.satang(40, 13, 'total credit amount'),
    paymentCount: Number(record.digits(53, 6, 'total credit count')),
  };
  const sum = (kind: PaymentKind) => payments.filter((p) => p.kind === kind).reduce((s, p) => s + p.amountSatang, 0n);
  const count = (kind: PaymentKind) => payments.filter((p) => p.kind === kind).length;
  const found = { paymentCount: count('PAYMENT'), paymentSatang: sum('PAYMENT'), reversalCount: count('REVERSAL'), reversalSatang: sum('REVERSAL') };
  for (const key of ['paymentCount', 'paymentSatang', 'reversalCount', 'reversalSatang'] as const) {
    if (totals[key] !== found[key]) {
      throw refused('PAYMENT_FILE_TOTALS_DIFFER', record.line, `ยอดรวมในไฟล์ (${key} = ${totals[key]}) ไม่ตรงกับรายการ (${found[key]})`,
        `The file's total (${key} = ${totals[key]}) differs from its details (${found[key]})`);
    }
  }
  return totals;
}
