import type { Actor } from './audit.graphql';

/** "นางสาวสมศรี ทดสอบ" for staff, what acted for the system or a filer online. */
export const actorName = (actor: Actor): string =>
  (actor.kind !== 'STAFF' ? (actor.systemTh ?? 'ระบบ') : `${actor.title ?? ''}${actor.firstName ?? ''} ${actor.lastName ?? ''}`.trim());

/** "ปลัดอำเภอ · อำเภอเมืองมุกดาหาร", or empty for the system. */
export const actorRole = (actor: Actor): string => [actor.positionTh, actor.office?.nameTh].filter(Boolean).join(' · ');
