import { useEffect, useRef, useState } from 'react';

/** Half-second reads of the list, at the most, while a row just written is not in it yet. */
const AWAIT_READS = 40;

interface AwaitedRow<R> {
  /** The list as read, or undefined while it is being read. */
  listed: R[] | undefined;
  /** The row as the mutation answered it from its stream; none on any page but the first. */
  awaiting: R | null | undefined;
  key(row: R): string;
  /** Whether the list's row of the same key is at least as new as the awaited one (by default: it is there at all). */
  caughtUp?(listed: R, awaiting: R): boolean;
  fetching: boolean;
  /** Reads the list again from the server. */
  reread(): void;
}

/**
 * A list that is a read model following the log, and a row the person has just written (filed, requested, amended):
 * until the list has it, the row as the mutation answered it heads the list (in place of an older row of the same
 * key), and the list is read again every half second meanwhile. `missing` says the list does not have it yet, `added`
 * that the row it shows is one more than the list counts (no older row of its key was replaced).
 */
export function useAwaitedRow<R>({ listed, awaiting, key, caughtUp = () => true, fetching, reread }: AwaitedRow<R>): { rows: R[]; missing: boolean; added: boolean } {
  const awaited = awaiting ? key(awaiting) : null;
  const [reads, setReads] = useState({ of: awaited, count: 0 });
  const count = reads.of === awaited ? reads.count : 0;
  const rereadNow = useRef(reread);
  rereadNow.current = reread;
  const missing = Boolean(awaiting && listed && !listed.some((row) => key(row) === awaited && caughtUp(row, awaiting)));
  useEffect(() => {
    if (!missing || fetching || count >= AWAIT_READS) return undefined;
    const timer = setTimeout(() => { setReads({ of: awaited, count: count + 1 }); rereadNow.current(); }, 500);
    return () => clearTimeout(timer);
  }, [missing, fetching, count, awaited]);
  const rows = listed ?? [];
  if (!missing || !awaiting) return { rows, missing, added: false };
  const older = rows.filter((row) => key(row) !== awaited);
  return { rows: [awaiting, ...older], missing, added: older.length === rows.length };
}
