import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { accountDecider } from '../../src/identity/accounts/account.decider.js';
import { accountStreamId } from '../../src/identity/accounts/account.events.js';
import { currentAccount } from '../../src/identity/accounts/account-stream.js';
import { saveAccount } from '../../src/identity/accounts/staff-accounts.store.js';
import { businessFilerDecider } from '../../src/local-authorities/business-filers/business-filer.decider.js';
import { businessStreamId } from '../../src/local-authorities/business-filers/business-filer.events.js';
import { leafletPermitDecider } from '../../src/local-authorities/leaflet-permits/leaflet-permit.decider.js';
import type { LeafletPermitCommand } from '../../src/local-authorities/leaflet-permits/leaflet-permit.commands.js';
import { leafletStreamId } from '../../src/local-authorities/leaflet-permits/leaflet-permit.events.js';
import { requestCommand } from '../../src/local-authorities/leaflet-permits/leaflet-permit-fixtures.js';
import { Keyring } from '../../src/personal-data/keys/keyring.js';
import type { Decider, DomainEvent } from '../../src/shared/decider.js';
import { citizenId } from './debt-api.js';
import type { TestService } from './test-app.js';

/**
 * Leaflet permits, business filers and staff accounts written with the instants they happened at, by their deciders
 * as the service would have then (the retention suites run the service's clock years later), as pastDebtCases does;
 * every person their own citizen id (`3300<digits of prefix><n>`).
 */
export function pastRecords(t: Pick<TestService, 'app' | 'db'>, prefix: string) {
  let serial = 0;
  const store = () => t.app.get<EventStore>(EVENT_STORE);
  const person = () => {
    const n = ++serial;
    return { n, citizenId: citizenId(`3300${prefix.replace(/\D/g, '').padStart(4, '0')}${String(n).padStart(4, '0')}`) };
  };
  const send = async <C, E extends DomainEvent, S>(stream: string, decider: Decider<C, E, S>, commands: C[], key: string) => {
    for (const [i, command] of commands.entries()) {
      await handleCommand(store(), stream, decider, command, { commandId: `${prefix}-${key}-${i}`, actor: 'system:test' });
    }
  };
  return {
    /**
     * A person's leaflet permit requested at `at` (free of fee) for the days `from`–`to` (ISO), then refused at
     * `refusedAt`, or approved and issued at `issuedAt`, or neither (under way); answers its stream and the applicant.
     */
    async permitOf(at: string, days: [string, string], end: { refusedAt?: string; issuedAt?: string } = {}) {
      const { n, citizenId: idNumber } = person();
      const permitId = `LP-${prefix}-0000-${String(n).padStart(4, '0')}`;
      const be = (day: string) => `${Number(day.slice(0, 4)) + 543}${day.slice(4)}`;
      const commands: LeafletPermitCommand[] = [requestCommand({
        at, permitId, dueOn: at.slice(0, 10), terms: { effectiveFrom: '2025-01-01', feeSatang: 0, decisionDays: 5 },
        applicant: { kind: 'PERSON', name: `นายใบปลิว ทดสอบที่${n}`, idNumber, phone: '0812345678' }, from: be(days[0]), to: be(days[1]),
      })];
      const decidedAt = end.refusedAt ?? end.issuedAt;
      if (decidedAt) commands.push({ type: 'CheckLeafletPermit', at: decidedAt, note: null });
      if (end.refusedAt) commands.push({ type: 'RefuseLeafletPermit', at: end.refusedAt, reasons: ['ข้อความไม่เหมาะสม'] });
      if (end.issuedAt) {
        commands.push({ type: 'ApproveLeafletPermit', at: end.issuedAt, conditions: [] },
          { type: 'IssueLeafletPermit', at: end.issuedAt, permitNumber: { fiscalYear: 2569, number: n } });
      }
      await send(leafletStreamId(permitId), leafletPermitDecider, commands, `lp${n}`);
      return { streamId: leafletStreamId(permitId), permitId, citizenId: idNumber };
    },

    /**
     * A citizen authorised at `at` for the juristic person's business `businessNo` (of SAO Pong), revoked at `revokedAt`
     * if given, and authorised again at `againAt` if given.
     */
    async filerOf(businessNo: number, at: string, revokedAt?: string, againAt?: string) {
      const { n, citizenId: filer } = person();
      const business = { businessNo, authorityCode: '6200702', districtCode: '2004', provinceCode: '20', ownerKind: 'JURISTIC' as const };
      const stream = businessStreamId(businessNo);
      const filerNo = (await store().readStream(stream)).filter((e) => e.type === 'BusinessFilerAuthorised').length + 1;
      const authorise = (on: string) => ({
        type: 'AuthoriseBusinessFiler' as const, at: on, business, citizenId: filer, name: `นายยื่นแทน ทดสอบที่${n}`, role: 'กรรมการผู้มีอำนาจ',
        evidenceReference: 'หนังสือมอบอำนาจ ลว. ๑ ม.ค.', evidenceDate: on.slice(0, 10),
      });
      await send(stream, businessFilerDecider, [
        authorise(at),
        ...(revokedAt ? [{ type: 'RevokeBusinessFiler' as const, at: revokedAt, filerNo, reason: `ลาออกจากบริษัท (${n})` }] : []),
        ...(againAt ? [authorise(againAt)] : []),
      ], `bf${n}`);
      return { streamId: stream, filerNo, citizenId: filer };
    },

    /** A province officer's account (Mukdahan) created at `at` by the centre, suspended at `suspendedAt` if given, its row saved as the slice saves it. */
    async accountOf(at: string, suspendedAt?: string) {
      const { n, citizenId: holder } = person();
      const accountId = `${prefix.toLowerCase()}-staff-${n}`;
      const by = { kind: 'STAFF' as const, profile: {
        accountId: 'central-admin', level: 'CENTRAL' as const, office: { kind: 'CENTRAL' as const, code: 'CENTRAL' }, position: 'LEGAL_OFFICER' as const, administrator: true,
      } };
      const form = {
        citizenId: holder, title: 'นาย', firstName: `พ้นหน้าที่${n}`, lastName: 'ทดสอบ', position: 'ADMINISTRATIVE_OFFICER' as const,
        level: 'PROVINCE' as const, officeCode: '49', officePhone: '042-611-111', assignedOn: at.slice(0, 10),
      };
      await send(accountStreamId(accountId), accountDecider, [
        { type: 'CreateAccount', accountId, form, by, at },
        ...(suspendedAt ? [{ type: 'SuspendAccount' as const, reason: 'ย้ายไปสังกัดอื่น', by, at: suspendedAt }] : []),
      ], `sa${n}`);
      const keyring = t.app.get(Keyring);
      await saveAccount(t.db.pool, (await currentAccount(store(), accountId))!, suspendedAt ? 2 : 1, (d) => keyring.subjectIndex(d));
      return { streamId: accountStreamId(accountId), accountId, citizenId: holder };
    },
  };
}
