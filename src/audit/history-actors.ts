import type { EventStore, StoredEvent } from '../eventstore/event-store.port.js';
import { fold } from '../shared/decider.js';
import { accountDecider } from '../identity/accounts/account.decider.js';
import { accountStreamId, type AccountEvent } from '../identity/accounts/account.events.js';
import { BOOTSTRAP_ACTOR } from '../identity/accounts/bootstrap-admin.js';
import { FILER_ACTOR_PREFIX } from '../identity/filers/filer-identity.js';
import { positionNameTh, type StaffPosition } from '../identity/scope/staff-authority.js';
import { CENTRAL, OFFICE_KINDS, officeKey, officeNameTh, type OfficeKind, type StaffOffice } from '../identity/scope/staff-office.js';
import { perRequest } from './per-request.js';

/** Who did what a history shows: a staff account as it stood then, a filer signed in with D.DOPA, or the system. */
export interface HistoryActor {
  /** As recorded on the event: `account:<id>`, `filer:<D.DOPA subject>` or `system:<name>`. */
  actor: string;
  kind: 'STAFF' | 'FILER' | 'SYSTEM';
  accountId: string | null;
  title: string | null;
  firstName: string | null;
  lastName: string | null;
  position: StaffPosition | null;
  /** The position's Thai title at that office (นายอำเภอ, ผู้อำนวยการเขต …). */
  positionTh: string | null;
  office: { key: string; code: string; nameTh: string } | null;
  /** For the system: what acted; for a filer: who (no name: the filing itself records the signer's). */
  systemTh: string | null;
  systemEn: string | null;
}

const SYSTEMS: Readonly<Record<string, { th: string; en: string }>> = {
  [BOOTSTRAP_ACTOR]: { th: 'การตั้งค่าระบบครั้งแรก', en: 'System set-up' },
  'system:import': { th: 'การนำเข้าข้อมูลจากระบบเดิม', en: 'Import from the earlier system' },
  'system:ocr': { th: 'ระบบอ่านข้อความจากเอกสาร (OCR)', en: 'Document text reader (OCR)' },
};

const ACCOUNT = 'account:';
/** A business filing online: D.DOPA named them, the event keeps their subject only. */
const FILER = { th: 'ผู้ยื่นแบบออนไลน์ (ยืนยันตัวตนด้วย D.DOPA)', en: 'A filer online (identity proved with D.DOPA)' };

/**
 * Names the actor of an event as of the event's time: its account's stream folded up to that instant (read as
 * the owner: whoever may read a case's history sees who worked on it, whatever office they have moved to
 * since). The office is the one the event records the account acting for, else the account's office then.
 * Each account's stream is read once per request.
 */
export class HistoryActors {
  private readonly streamOf: (accountId: string) => Promise<StoredEvent[]>;

  constructor(store: EventStore) {
    this.streamOf = perRequest((accountId) => store.readStream(accountStreamId(accountId)));
  }

  async actorAt(actor: string, actorOffice: string | null | undefined, at: Date): Promise<HistoryActor> {
    if (actor.startsWith(FILER_ACTOR_PREFIX)) return { ...NOBODY, actor, kind: 'FILER', systemTh: FILER.th, systemEn: FILER.en };
    if (!actor.startsWith(ACCOUNT)) {
      const system = SYSTEMS[actor] ?? { th: actor, en: actor };
      return { ...NOBODY, actor, kind: 'SYSTEM', systemTh: system.th, systemEn: system.en };
    }
    const accountId = actor.slice(ACCOUNT.length);
    const events = (await this.streamOf(accountId)).filter((e) => e.recordedAt.getTime() <= at.getTime());
    const account = fold(accountDecider, events.map((e) => ({ type: e.type, data: e.data }) as AccountEvent));
    const office = officeOfKey(actorOffice) ?? account?.office ?? null;
    return {
      ...NOBODY, actor, kind: 'STAFF', accountId,
      title: account?.title ?? null, firstName: account?.firstName ?? null, lastName: account?.lastName ?? null,
      position: account?.position ?? null,
      positionTh: account && office ? positionNameTh(account.position, office) : null,
      office: office && { key: officeKey(office), code: office.code, nameTh: officeNameTh(office) },
    };
  }
}

const NOBODY = {
  accountId: null, title: null, firstName: null, lastName: null, position: null, positionTh: null, office: null,
  systemTh: null, systemEn: null,
} as const;

/** `DISTRICT:1001`, `PROVINCE:10` or `CENTRAL` as the office it names; undefined for anything else. */
function officeOfKey(key: string | null | undefined): StaffOffice | undefined {
  if (key === CENTRAL.code) return CENTRAL;
  const [kind, code] = String(key ?? '').split(':');
  return OFFICE_KINDS.includes(kind as OfficeKind) && kind !== 'CENTRAL' && code ? { kind: kind as OfficeKind, code } : undefined;
}
