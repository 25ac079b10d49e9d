import type { StaffLevel } from '../feature';

export const LEVEL_TH: Record<StaffLevel, string> = {
  DISTRICT: 'ระดับอำเภอ',
  PROVINCE: 'ระดับจังหวัด',
  CENTRAL: 'ส่วนกลาง',
  AUDITOR: 'ผู้ตรวจสอบ',
  TAMBON_TEAM: 'ชุดปฏิบัติการประจำตำบล',
  LOCAL: 'เจ้าหน้าที่จัดเก็บรายได้ อปท.',
};
