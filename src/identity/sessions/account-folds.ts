import type { AccountState } from '../accounts/account-state.js';
import { accountDecider } from '../accounts/account.decider.js';
import type { AccountEvent } from '../accounts/account.events.js';

/** Accounts whose fold a process keeps; beyond it the least recently used is dropped (and folded again when needed). */
const MAX_ACCOUNTS = 10_000;

export interface AccountFold {
  /** The stream version the fold reaches (0: no event). */
  version: number;
  state: AccountState;
}

const NONE: AccountFold = Object.freeze({ version: 0, state: null });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Per process: each account's stream folded up to the version last read. It is never trusted on its own: every
 * signed-in request reads the stream's events after that version in the same statement as its session
 * (sessions.store.ts, findSessionWithAccount), so an event appended a moment ago (a suspension, a move) is folded
 * in before the request is judged. A stream only grows, so the fold of the cached state and the newer events is
 * the fold of the whole stream. The states are frozen: nothing handed to a request can change the cache.
 */
export class AccountFolds {
  private readonly folds = new Map<string, AccountFold>();
  /** Session (token digest, hex) → its account: a session belongs to one account for its whole life. */
  private readonly sessions = new Map<string, string>();

  /** The account a session was last seen with, to read its stream after the version folded (undefined: not seen yet). */
  accountOfSession(sessionId: string): string | undefined {
    return this.sessions.get(sessionId);
  }

  rememberSession(sessionId: string, accountId: string): void {
    if (this.sessions.get(sessionId) === accountId) return;
    this.sessions.set(sessionId, accountId);
    if (this.sessions.size > MAX_ACCOUNTS) this.sessions.delete(this.sessions.keys().next().value!);
  }

  known(accountId: string): AccountFold {
    return this.folds.get(accountId) ?? NONE;
  }

  /** The fold of `from` (what `known` gave) and the events after it, which are kept as the account's new fold. */
  advance(accountId: string, from: AccountFold, events: readonly { version: number; type: string; data: unknown }[]): AccountState {
    if (events.length === 0) {
      this.touch(accountId, from);
      return from.state;
    }
    let state = from.state;
    for (const e of events) state = accountDecider.evolve(state, { type: e.type, data: e.data } as AccountEvent);
    const fold = { version: events[events.length - 1].version, state: deepFreeze(state) };
    this.touch(accountId, fold);
    return fold.state;
  }

  private touch(accountId: string, fold: AccountFold): void {
    if (fold === NONE) return;
    this.folds.delete(accountId);
    this.folds.set(accountId, fold);
    if (this.folds.size > MAX_ACCOUNTS) this.folds.delete(this.folds.keys().next().value!);
  }
}
