import { enumType } from '../../graphql/enum-type.js';
import type { LocalState } from './projection-runner.js';

/** Where a projection's worker stands, as a GraphQL enum. */
export const ProjectionStateEnum = enumType<LocalState>('ProjectionState', 'สถานะรายงานสรุป: whether a projection is applying the log', {
  RUNNING: 'ทำงานอยู่ — this process applies the log as it grows',
  STANDBY: 'สำรอง — another process runs it; this one takes over if that one stops',
  STARTING: 'กำลังเริ่ม — taking its lock and resuming from its checkpoint',
  FAILED: 'หยุดเพราะข้อผิดพลาด — stopped at an event its handler failed on (lastError); restartProjection once the cause is fixed',
  STOPPED: 'หยุดอยู่ — not running in this process',
});
