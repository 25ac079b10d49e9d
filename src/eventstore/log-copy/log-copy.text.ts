import type { LogPosition } from '../event-store.port.js';
import type { CopyProgress, CopyResult } from './log-copy.js';
import type { CopyVerification, EventName } from './verify-copy.js';

const position = (p: LogPosition) => `${p.transactionId}/${p.globalPosition}`;
const event = (e: EventName | undefined) => (e ? `${e.streamId} version ${e.version} (event ${e.eventId})` : 'nothing');

/** A progress line: how far, of how many, and the source position the checkpoint holds. */
export function progressText(p: CopyProgress): string {
  return `log copy: ${p.copied} of ${p.total} events (${p.written} written, ${p.alreadyStored} already there), source position ${position(p.position)}`;
}

export function copiedText(r: CopyResult): string {
  return `copied ${r.copied} events in ${r.appends} appends from source position ${position(r.from)} to ${position(r.position)}: `
    + `${r.written} written, ${r.alreadyStored} already there`;
}

/** Both counts and digests, then IDENTICAL or the first event that differs. */
export function verificationText(v: CopyVerification): string {
  const lines = [
    `source: ${v.source.events} events, sha256 ${v.source.sha256}`,
    `target: ${v.target.events} events, sha256 ${v.target.sha256}`,
  ];
  const d = v.firstDifference;
  lines.push(d === undefined ? 'IDENTICAL'
    : `DIFFERENT from event ${d.index}: source ${event(d.source)}, target ${event(d.target)}; differs in ${d.fields.join(', ')}`);
  return lines.join('\n');
}
