/** A legal hold on a case stops its erasure, by request or by retention, until lifted (issue 17). */
export interface HeldStreams {
  /** Those of the streams under a legal hold now. */
  heldAmong(streamIds: readonly string[]): Promise<Set<string>>;
}

/** Injection token of the legal holds (LegalHoldsModule provides it, global). */
export const HELD_STREAMS = Symbol('HeldStreams');
