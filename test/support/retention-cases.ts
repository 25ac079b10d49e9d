import { debtorInput, register } from '../../src/cases/debt/debt-fixtures.js';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import type { DebtCommand } from '../../src/cases/debt/debt.commands.js';
import { debtStreamId } from '../../src/cases/debt/registration/debt-case-id.js';
import type { ComplaintCommand } from '../../src/cases/complaint/complaint.commands.js';
import { complaintDecider } from '../../src/cases/complaint/complaint.decider.js';
import { COMPLAINT_STREAM_PREFIX } from '../../src/cases/complaint/complaint.events.js';
import { checkSymbol } from '../../src/cases/complaint/receipt/tracking-code.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { citizenId } from './debt-api.js';
import type { TestService } from './test-app.js';

/**
 * Debt cases written to the log with the instants they happened at, by the decider as the service would have
 * then (the retention suites run the service's clock years later): each case's debtor its own.
 */
export function pastDebtCases(t: Pick<TestService, 'app'>, prefix: string) {
  let serial = 0;
  return {
    /** A case registered at `registeredAt` and taken through `steps`; answers its stream. */
    async caseOf(registeredAt: string, steps: DebtCommand[]): Promise<string> {
      const n = ++serial;
      const caseId = `DEBT-${prefix}-0000-${String(n).padStart(4, '0')}`;
      const debtor = debtorInput({ citizenId: citizenId(`3100${prefix.replace(/\D/g, '').padStart(4, '0')}${String(n).padStart(4, '0')}`) });
      const store = t.app.get<EventStore>(EVENT_STORE);
      for (const [i, command] of [register({ caseId, at: registeredAt, debtor }), ...steps].entries()) {
        await handleCommand(store, debtStreamId(caseId), debtDecider, command, { commandId: `${prefix}-${n}-${i}`, actor: 'system:test' });
      }
      return debtStreamId(caseId);
    },
  };
}

export const closeCase = (at: string): DebtCommand => ({ type: 'CloseDebtCase', at, reason: 'WITHDRAWN' });
export const reopenCase = (at: string): DebtCommand => ({ type: 'ReopenDebtCase', at, reason: 'ลูกหนี้ขอไกล่เกลี่ยอีกครั้ง', openCasesOfDebtor: [] });

/** Complaints received in 7001 (Mueang Ratchaburi) at the instants given, by the decider, as pastDebtCases does. */
export function pastComplaints(t: Pick<TestService, 'app'>, prefix: string) {
  let serial = 0;
  const office = { level: 'DISTRICT', code: '7001' } as const;
  return {
    /** A complaint received at `receivedAt` and taken through `steps` (command and instant); answers its stream. */
    async complaintOf(receivedAt: string, steps: [ComplaintStep, string][]): Promise<string> {
      const n = ++serial;
      const complaintId = `${prefix.toLowerCase()}-${n}`;
      const code = `${prefix}${String(n).padStart(6, '0')}`.slice(0, 10);
      const receive: ComplaintCommand = {
        type: 'ReceiveComplaint', at: receivedAt, actingOffice: office, complaintId, trackingCode: `${code}${checkSymbol(code)}`,
        channel: 'WALK_IN',
        complainant: {
          anonymous: false, citizenId: citizenId(`3200${prefix.replace(/\D/g, '').padStart(4, '0')}${String(n).padStart(4, '0')}`),
          title: 'นาง', firstName: 'สมหญิง', lastName: 'ใจดี', phone: '0812345678',
          address: { line: '12/3 หมู่ 4', subdistrictCode: '700102', districtCode: '7001' },
        },
        subject: 'ถูกเจ้าหนี้นอกระบบทวงหนี้ข่มขู่', description: 'เจ้าหนี้มาข่มขู่ที่บ้าน',
        category: { main: 'REQUEST_FAIRNESS', sub: 'DEBT_COLLECTION' },
        location: { subdistrictCode: '700101', districtCode: '7001', point: null },
        accused: null, candidates: [],
      };
      const commands: ComplaintCommand[] = [receive, ...steps.map(([step, at]) => ({ ...COMPLAINT_STEPS[step], at, actingOffice: office }) as ComplaintCommand)];
      const store = t.app.get<EventStore>(EVENT_STORE);
      for (const [i, command] of commands.entries()) {
        await handleCommand(store, `${COMPLAINT_STREAM_PREFIX}${complaintId}`, complaintDecider, command, { commandId: `${prefix}-c${n}-${i}`, actor: 'system:test' });
      }
      return `${COMPLAINT_STREAM_PREFIX}${complaintId}`;
    },
  };
}

const COMPLAINT_STEPS = {
  resolve: { type: 'ResolveComplaint', result: 'เจ้าหนี้ยุติการทวงหนี้แล้ว' },
  close: { type: 'CloseComplaint', reason: 'RESOLVED' },
  reopen: { type: 'ReopenComplaint', reason: 'ผู้ร้องแจ้งว่าถูกทวงหนี้อีก' },
} as const;
export type ComplaintStep = keyof typeof COMPLAINT_STEPS;
