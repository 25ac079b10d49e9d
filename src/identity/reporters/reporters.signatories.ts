import type { EventStore } from '../../eventstore/event-store.port.js';
import { fold } from '../../shared/decider.js';
import { reportersDecider } from './reporters.decider.js';
import { reportersStreamId, type ReportersEvent } from './reporters.events.js';
import { positionNameTh } from '../scope/staff-authority.js';
import { accountsByIds, activeChiefsOf, type AccountRow, type Queryable } from '../accounts/staff-accounts.store.js';
import type { StaffOffice } from '../scope/staff-office.js';

/** A person on a report's certification block (แบบรายงาน): as the account reads at the time. */
export interface Signatory {
  accountId: string;
  /** นางสาวสมศรี ทดสอบ */
  nameTh: string;
  /** ปลัดอำเภอ, นายอำเภอ… */
  positionTh: string;
  /** 0 4261 1817, 081 234 5678 */
  phone: string;
}

/** Who signs what an office sends up: its two responsible reporters (none before it names them) and its chief. */
export interface OfficeSignatories {
  reporters: Signatory[];
  chief: Signatory | null;
}

/** The pair of accounts an office named last; empty before it names one. */
export async function responsibleReporterIds(store: Pick<EventStore, 'readStream'>, office: StaffOffice): Promise<string[]> {
  const events = await store.readStream(reportersStreamId(office));
  const state = fold(reportersDecider, events.map((e) => ({ type: e.type, data: e.data }) as ReportersEvent));
  return state ? [...state.accountIds] : [];
}

/**
 * The office's reporters and its chief (the active CHIEF account of the office assigned last), read through
 * `accounts` (in a request, the reader's area scope: an account out of scope is left out).
 */
export async function officeSignatories(
  store: Pick<EventStore, 'readStream'>, accounts: Queryable, office: StaffOffice,
): Promise<OfficeSignatories> {
  const ids = await responsibleReporterIds(store, office);
  const rows = await accountsByIds(accounts, ids);
  const [chief] = await activeChiefsOf(accounts, office);
  return {
    reporters: ids.flatMap((id) => rows.filter((r) => r.accountId === id)).map((r) => signatoryOf(r, office)),
    chief: chief ? signatoryOf(chief, office) : null,
  };
}

export function signatoryOf(account: Pick<AccountRow, 'accountId' | 'title' | 'firstName' | 'lastName' | 'position' | 'officePhone' | 'mobilePhone'>, office: StaffOffice): Signatory {
  return {
    accountId: account.accountId,
    nameTh: `${account.title}${account.firstName} ${account.lastName}`,
    positionTh: positionNameTh(account.position, office),
    phone: phoneText(account.officePhone || account.mobilePhone || ''),
  };
}

/** 9 digits as 0 4261 1817 (Bangkok 0 2356 9660), 10 as 081 234 5678; anything else as stored. */
export function phoneText(digits: string): string {
  if (/^0\d{8}$/.test(digits)) return `0 ${digits.slice(1, 5)} ${digits.slice(5)}`;
  if (/^0\d{9}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return digits;
}
