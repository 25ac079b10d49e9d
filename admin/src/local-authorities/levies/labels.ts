import type { LevyKind, ReturnStatus } from './levies.graphql';

export const LEVY_TH: Record<LevyKind, string> = {
  HOTEL: 'ค่าธรรมเนียมผู้พักในโรงแรม',
  FUEL: 'ภาษีน้ำมัน',
  TOBACCO: 'ภาษียาสูบ',
};

export const STATUS_TH: Record<ReturnStatus, string> = {
  BILLED: 'ออกใบแจ้งชำระแล้ว',
  NOTHING_DUE: 'ไม่มียอดต้องชำระเพิ่ม',
  OVERPAID: 'ชำระเกิน (รอคืนเงิน)',
  PAID: 'ชำระแล้ว',
};

export const CHANNEL_TH: Record<'PAPER' | 'ONLINE', string> = { PAPER: 'แบบกระดาษ', ONLINE: 'ออนไลน์' };

/**
 * Who registers businesses and keys paper filings of a PAO: its own revenue staff (LOCAL), and central
 * administrators and province and district staff in their area (the server decides the area).
 */
export const mayKeepLevies = (account: { level: string; administrator: boolean; officeCode: string }, authorityCode: string): boolean => {
  if (account.level === 'LOCAL') return account.officeCode === authorityCode;
  return account.level === 'CENTRAL' ? account.administrator : account.level === 'PROVINCE' || account.level === 'DISTRICT';
};

/** Baht as the API gives it ("5100.00"), grouped for reading: 5,100.00. */
export const bahtText = (amount: string): string => {
  const [whole, fraction] = amount.replace('-', '').split('.');
  return `${amount.startsWith('-') ? '−' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
};
