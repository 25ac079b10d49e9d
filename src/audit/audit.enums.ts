import { registerEnumType } from '@nestjs/graphql';
import { enumType } from '../graphql/enum-type.js';
import type { HistoryActor } from './history-actors.js';
import type { CaseKind } from './replay/case-replay.js';

export const ActorKindEnum = { STAFF: 'STAFF', FILER: 'FILER', SYSTEM: 'SYSTEM' } as const satisfies Record<HistoryActor['kind'], HistoryActor['kind']>;

registerEnumType(ActorKindEnum, { name: 'ActorKind', description: 'A staff account, a filer signed in with D.DOPA (a business filing online), or the system itself (set-up, import)' });

export const CaseKindEnum = enumType<CaseKind>('CaseKind', 'The kind of case a replay read', {
  DEBT: 'เรื่องหนี้นอกระบบ — an informal-debt case',
  COMPLAINT: 'เรื่องร้องเรียน — a complaint',
});
