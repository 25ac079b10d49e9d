import { RECORD_BYTES } from '../../src/local-authorities/bill-payments/bill-payment-file.js';

/**
 * Writes bill-payment files in the bank's 256-byte layout (bill-payment-file.ts), as a bank would send them:
 * Windows-874 text, CRLF. For tests, the bench and the sample in test/fixtures.
 */

export interface PaymentLine {
  ref1: string;
  ref2: string;
  satang: bigint;
  /** DDMMYYYY + HHMMSS; the file's day at 10:15:00 when absent. */
  paidOn?: string;
  paidTime?: string;
  customerName?: string;
  reversal?: boolean;
}

export interface PaymentFileSpec {
  companyAccount: string;
  /** The biller's Krungthai company code, written in the header's service code field. */
  companyCode: string;
  companyName?: string;
  /** DDMMYYYY */
  day: string;
  payments: PaymentLine[];
  /** Totals to write instead of the true ones (a damaged file). */
  totals?: { paymentCount?: number; paymentSatang?: bigint };
}

const THAI = 0x0e01;

/** Text as Windows-874 bytes: ASCII as it is, Thai (U+0E01–U+0E5B) at 0xA1 + its offset. */
function windows874(text: string): Buffer {
  return Buffer.from([...text].map((c) => {
    const code = c.codePointAt(0) ?? 0x20;
    if (code < 0x80) return code;
    if (code >= THAI && code <= 0x0e5b) return code - THAI + 0xa1;
    throw new Error(`"${c}" has no Windows-874 byte`);
  }));
}

class RecordWriter {
  private readonly bytes = Buffer.alloc(RECORD_BYTES, 0x20);

  put(from: number, width: number, value: string): this {
    const encoded = windows874(value);
    if (encoded.length > width) throw new Error(`"${value}" is wider than ${width} bytes`);
    encoded.copy(this.bytes, from - 1);
    return this;
  }

  number(from: number, width: number, value: bigint | number): this {
    return this.put(from, width, String(value).padStart(width, '0'));
  }

  done(): Buffer {
    return this.bytes;
  }
}

export function billPaymentFile(spec: PaymentFileSpec, bankCode = '006'): Buffer {
  const records: Buffer[] = [];
  const start = (type: string) => new RecordWriter().put(1, 1, type).number(2, 6, records.length + 1).put(8, 3, bankCode)
    .put(11, 10, spec.companyAccount);
  records.push(start('H').put(21, 40, spec.companyName ?? 'DAMRONG TEST').put(61, 8, spec.day).put(69, 8, spec.companyCode).done());
  for (const p of spec.payments) {
    records.push(start('D').put(21, 8, p.paidOn ?? spec.day).put(29, 6, p.paidTime ?? '101500').put(35, 50, p.customerName ?? '')
      .put(85, 20, p.ref1).put(105, 20, p.ref2).put(145, 4, '0001').put(149, 4, '0101').put(153, 1, p.reversal ? 'D' : 'C')
      .put(154, 3, 'CSH').number(164, 13, p.satang).done());
  }
  const credits = spec.payments.filter((p) => !p.reversal);
  const debits = spec.payments.filter((p) => p.reversal);
  const sum = (lines: PaymentLine[]) => lines.reduce((s, p) => s + p.satang, 0n);
  records.push(start('T').number(21, 13, sum(debits)).number(34, 6, debits.length)
    .number(40, 13, spec.totals?.paymentSatang ?? sum(credits)).number(53, 6, spec.totals?.paymentCount ?? credits.length).done());
  return Buffer.concat(records.flatMap((r) => [r, Buffer.from('\r\n')]));
}
