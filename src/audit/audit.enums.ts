import { registerEnumType } from '@nestjs/graphql';
import type { HistoryActor } from './history-actors.js';

export const ActorKindEnum = { STAFF: 'STAFF', SYSTEM: 'SYSTEM' } as const satisfies Record<HistoryActor['kind'], HistoryActor['kind']>;

registerEnumType(ActorKindEnum, { name: 'ActorKind', description: 'A staff account, or the system itself (set-up, import)' });
