import type { LeafletPermitStatus } from './leaflet-permits.graphql';

export const STATUS_TH: Record<LeafletPermitStatus, string> = {
  REQUESTED: 'รอตรวจสอบ',
  CHECKED: 'ตรวจสอบแล้ว รอพิจารณา',
  APPROVED: 'อนุญาต รอชำระค่าธรรมเนียม',
  REFUSED: 'ไม่อนุญาต',
  PAID: 'ชำระแล้ว รอออกใบอนุญาต',
  ISSUED: 'ออกใบอนุญาตแล้ว',
};

export const STATUS_COLOR: Record<LeafletPermitStatus, string> = {
  REQUESTED: 'blue', CHECKED: 'indigo', APPROVED: 'teal', REFUSED: 'gray', PAID: 'cyan', ISSUED: 'green',
};

/** Baht as the API answers it ("5000.00"), grouped for reading: 5,000.00. */
export const bahtText = (baht: string): string => baht.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
