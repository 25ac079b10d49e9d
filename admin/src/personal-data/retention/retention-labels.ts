import type { RetentionRun } from './retention.graphql';

/** What each rule keeps, from when its years count, and what one of its records is counted as. */
export const RULE_LABELS: Record<RetentionRun['counts'][number]['rule'], { name: string; from: string; unit: string }> = {
  DEBT_CASE_CLOSED: { name: 'เรื่องลูกหนี้นอกระบบ', from: 'นับจากวันที่ยุติเรื่อง', unit: 'เรื่อง' },
  COMPLAINT_CLOSED: { name: 'เรื่องร้องเรียนร้องทุกข์', from: 'นับจากวันที่แก้ไขแล้วหรือยุติเรื่อง', unit: 'เรื่อง' },
  LEAFLET_PERMIT_ENDED: { name: 'คำขออนุญาตแจกใบปลิว', from: 'นับจากวันที่ไม่อนุญาตหรือวันสุดท้ายที่อนุญาตให้แจก', unit: 'คำขอ' },
  BUSINESS_FILER_REVOKED: { name: 'ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล', from: 'นับจากวันที่เพิกถอนสิทธิ์', unit: 'ราย' },
  STAFF_ACCOUNT_CLOSED: { name: 'บัญชีเจ้าหน้าที่ที่พ้นหน้าที่', from: 'นับจากวันที่ระงับการใช้งาน', unit: 'บัญชี' },
};

export const STATE_LABELS: Record<RetentionRun['state'], string> = {
  RUNNING: 'กำลังทำงาน',
  DONE: 'เสร็จ',
  FAILED: 'ล้มเหลว',
};

/** Who started a run: the daily schedule, the command line, or an account. */
export const startedByText = (startedBy: string): string =>
  startedBy.startsWith('schedule:') ? 'ตามกำหนดเวลาประจำวัน' : startedBy === 'cli' ? 'คำสั่งบรรทัดคำสั่ง' : 'ผู้ดูแลระบบสั่งทันที';

/** Milliseconds as Thai text: under a second in ms, otherwise seconds with one decimal. */
export const durationText = (ms: number | null): string =>
  ms === null ? '—' : ms < 1000 ? `${ms} มิลลิวินาที` : `${(ms / 1000).toFixed(1)} วินาที`;
