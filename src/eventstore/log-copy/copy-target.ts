import type { EventStore } from '../event-store.port.js';
import { KurrentDbEventStore } from '../kurrentdb/kurrentdb-event-store.js';
import { CopyTargetUrlMissingError, UnknownCopyTargetError } from './log-copy.errors.js';

/** The stores `--to` may name. */
export const COPY_TARGETS = ['kurrentdb'] as const;

/** A store opened to copy the log into; `name` keys its checkpoint. */
export interface CopyTarget {
  name: string;
  store: EventStore;
  close(): Promise<void>;
}

/**
 * The store `--to <kind>` names, at the address the configuration gives (KURRENTDB_URL, its scheme checked by
 * loadConfig). The client connects on its first request.
 */
export function openCopyTarget(kind: string, kurrentdbUrl: string | undefined): CopyTarget {
  if (!(COPY_TARGETS as readonly string[]).includes(kind)) throw new UnknownCopyTargetError(kind, COPY_TARGETS);
  if (!kurrentdbUrl?.trim()) throw new CopyTargetUrlMissingError('KURRENTDB_URL');
  const store = KurrentDbEventStore.fromConnectionString(kurrentdbUrl.trim());
  return { name: kind, store, close: () => store.close() };
}
