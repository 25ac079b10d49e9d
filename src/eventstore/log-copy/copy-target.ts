import type { CopyTargetEnvironment } from '../../config/copy-target-environment.js';
import type { EventStore } from '../event-store.port.js';
import { CopyTargetUnavailableError, CopyTargetUrlMissingError, UnknownCopyTargetError } from './log-copy.errors.js';

/** The stores `--to` may name. */
export const COPY_TARGETS = ['kurrentdb'] as const;

/** A store opened to copy the log into; `name` keys its checkpoint. */
export interface CopyTarget {
  name: string;
  store: EventStore;
  close(): Promise<void>;
}

/**
 * The store `--to <kind>` names, at the address the environment gives (KURRENTDB_URL). KurrentDB's adapter is not
 * part of this build: a kind it would open is refused as not available, after its address is checked.
 */
export function openCopyTarget(kind: string, env: CopyTargetEnvironment): CopyTarget {
  if (!(COPY_TARGETS as readonly string[]).includes(kind)) throw new UnknownCopyTargetError(kind, COPY_TARGETS);
  if (!env.KURRENTDB_URL?.trim()) throw new CopyTargetUrlMissingError('KURRENTDB_URL');
  throw new CopyTargetUnavailableError(kind);
}
