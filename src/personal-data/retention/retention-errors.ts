import { DomainError } from '../../shared/domain-error.js';

/** The refusals of the retention job: a stable code, Thai and English text. */
export const retentionErrors = {
  running: () => new DomainError(
    'RETENTION_RUNNING', 'การลบข้อมูลส่วนบุคคลที่ครบระยะเวลาเก็บรักษากำลังทำงานอยู่ (อาจจากอีกเครื่องหนึ่ง) กรุณารอให้เสร็จก่อน',
    'A retention run is already under way (perhaps on another instance): wait for it to finish',
  ),
};
