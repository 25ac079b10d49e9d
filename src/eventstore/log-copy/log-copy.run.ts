import { START_OF_LOG, type EventStore } from '../event-store.port.js';
import type { CopyCheckpoint } from './copy-checkpoint.js';
import { copyLog, type CopyProgress } from './log-copy.js';
import { copiedText, progressText, verificationText } from './log-copy.text.js';
import { verifyCopy } from './verify-copy.js';

/** Exit codes of `log copy` and `log verify-copy`: 0 the copy is identical, 1 it differs, 2 it could not run. */
export const EXIT_DIFFERENT = 1;
export const EXIT_FAILED = 2;

/** Where a run writes: its answer (stdout) and its progress (stderr). */
export interface RunOutput {
  answer(line: string): void;
  progress(line: string): void;
}

export interface LogCopyRun {
  source: EventStore;
  target: EventStore;
  checkpoint: CopyCheckpoint;
  batchSize: number;
  /** Start again from the first event, not from the checkpoint (the events the target has are skipped). */
  fromStart?: boolean;
  out: RunOutput;
  /** A progress line at most this often (milliseconds, by `now`), and one at the end. */
  progressEveryMs?: number;
  now?: () => number;
}

/**
 * `log copy`: copies from the checkpoint on, then compares the source up to the position reached (writers may go
 * on meanwhile) with the target whole. Returns the exit code.
 */
export async function runLogCopy(run: LogCopyRun): Promise<number> {
  const now = run.now ?? Date.now;
  if (run.fromStart) await run.checkpoint.save(START_OF_LOG);
  let shown = now();
  const onProgress = (p: CopyProgress) => {
    if (now() - shown < (run.progressEveryMs ?? 1_000)) return;
    shown = now();
    run.out.progress(progressText(p));
  };
  const copied = await copyLog({ source: run.source, target: run.target, checkpoints: run.checkpoint, batchSize: run.batchSize, onProgress });
  run.out.progress(progressText(copied));
  run.out.answer(copiedText(copied));
  const verification = await verifyCopy(run.source, run.target, { batchSize: run.batchSize, sourceUpTo: copied.position });
  run.out.answer(verificationText(verification));
  return verification.identical ? 0 : EXIT_DIFFERENT;
}

/** `log verify-copy`: both logs whole. Returns the exit code. */
export async function runVerifyCopy(run: { source: EventStore; target: EventStore; batchSize: number; out: RunOutput }): Promise<number> {
  const verification = await verifyCopy(run.source, run.target, { batchSize: run.batchSize });
  run.out.answer(verificationText(verification));
  return verification.identical ? 0 : EXIT_DIFFERENT;
}
