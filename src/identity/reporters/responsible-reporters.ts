import type pg from 'pg';
import type { EventStore } from '../../eventstore/event-store.port.js';
import type { Clock } from '../../shared/clock.js';
import { fold } from '../../shared/decider.js';
import type { SendCommand } from '../accounts/account-ledger.js';
import { currentAccount } from '../accounts/account-stream.js';
import type { ReporterCandidate } from './reporters.commands.js';
import { reportersDecider, type ReportersState } from './reporters.decider.js';
import { reportersStreamId, type ReportersEvent } from './reporters.events.js';
import { coversOffice } from '../scope/staff-authority.js';
import { commandContextFor, type SignedInStaff } from '../sessions/staff-context.js';
import { accountsByIds, type AccountRow } from '../accounts/staff-accounts.store.js';
import { officeFromCode } from '../scope/staff-office.js';

export interface ReportersView {
  state: NonNullable<ReportersState>;
  reporters: AccountRow[];
}

/** Naming and reading an office's two responsible reporters (ผู้รับผิดชอบการรายงาน), one stream per office. */
export class ResponsibleReporters {
  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    private readonly send: SendCommand,
    private readonly clock: Clock,
  ) {}

  /** The named accounts are judged as their streams stand now (status, office, position). */
  async name(staff: SignedInStaff, officeCode: string, accountIds: string[], commandId?: string | null): Promise<ReportersView> {
    const office = officeFromCode(officeCode);
    const candidates: ReporterCandidate[] = [];
    for (const id of new Set(accountIds.slice(0, 2).map((a) => a.trim()))) {
      const account = await currentAccount(this.store, id);
      if (account) candidates.push(account);
    }
    const result = await this.send(reportersStreamId(office), reportersDecider, {
      type: 'NameResponsibleReporters', officeCode, accountIds, candidates, by: staff, at: this.clock.now().toISOString(),
    }, commandContextFor(staff, commandId, { type: 'NameResponsibleReporters', officeCode, accountIds }));
    return this.view(result.state!);
  }

  /** The pair responsible now; null before the office names one, or when the office is outside the reader's area. */
  async current(staff: SignedInStaff, officeCode: string): Promise<ReportersView | null> {
    const office = officeFromCode(officeCode);
    if (!coversOffice(staff, office)) return null;
    const events = await this.store.readStream(reportersStreamId(office));
    const state = fold(reportersDecider, events.map((e) => ({ type: e.type, data: e.data }) as ReportersEvent));
    return state && this.view(state);
  }

  private async view(state: NonNullable<ReportersState>): Promise<ReportersView> {
    const rows = await accountsByIds(this.pool, state.accountIds);
    return { state, reporters: state.accountIds.flatMap((id) => rows.filter((r) => r.accountId === id)) };
  }
}
