import type pg from 'pg';
import { bangkokDay } from '../../calendar/calendar-day.js';
import { CaseUnreadableError } from '../../eventstore/command.errors.js';
import { commandFingerprint } from '../../eventstore/command-fingerprint.js';
import { commandKeyOf } from '../../eventstore/event-ids.js';
import type { NewEvent, StoredEvent } from '../../eventstore/event-store.port.js';
import { toNewEvents } from '../../eventstore/handle-command.js';
import type { EventDataCodec } from '../../eventstore/event-codec.js';
import type { PostgresEventStore } from '../../eventstore/postgres/postgres-event-store.js';
import { foldRecorded } from '../../shared/decider.js';
import type { MonthlyReturnState } from '../monthly-returns/monthly-return-state.js';
import type { RecordReturnPaid } from '../monthly-returns/monthly-return.commands.js';
import { monthlyReturnDecider } from '../monthly-returns/monthly-return.decider.js';
import { monthlyReturnStreamId } from '../monthly-returns/monthly-return.events.js';
import { bookNumberText, takeNumbers } from '../receipts/local-numbers.js';
import type { BillPayment } from './bill-payment-file.js';
import { billKey, type BillDue, type Reconciliation } from './reconciliation.js';

/** A monthly return as the transaction read it: its stream's version, its state, and the first event it cannot read. */
interface ReadReturn {
  returnId: string;
  streamId: string;
  version: number;
  state: MonthlyReturnState;
  unreadableAt?: number;
}

/** The bills of the returns a file names, keyed by Ref1/Ref2 (billKey), with the return each belongs to. */
export interface NamedReturns {
  bills: Map<string, BillDue>;
  returnOf: Map<string, ReadReturn>;
}

/** Who pays, for the events' metadata: the run, its file and its actor. */
export interface PaymentRun {
  runId: string;
  fileDigest: string;
  authorityCode: string;
  actor: string;
  actorOffice?: string;
  at: string;
}

/** Returns folded at a time by one reader: their events are let go before the next ones are read. */
const RETURNS_A_READ = 5_000;
/** Readers at once, each on its own connection of the pool: PostgreSQL reads one page while Node folds another. */
const READERS = 4;

/**
 * The returns `returnIds` names, read in pages of 5,000 streams (PostgresEventStore.readStreams) by four readers at
 * once on the pool, outside the transaction that pays them: each return keeps the version it was read at, and the
 * append after that version (payMatched) fails on a return another writer changed since.
 */
export async function readNamedReturns(log: PostgresEventStore, returnIds: readonly string[], codec?: EventDataCodec): Promise<NamedReturns> {
  const named: NamedReturns = { bills: new Map(), returnOf: new Map() };
  let next = 0;
  const reader = async () => {
    for (let at = next; at < returnIds.length; at = next) {
      next += RETURNS_A_READ;
      const page = returnIds.slice(at, at + RETURNS_A_READ);
      const streams = await log.readStreams(page.map(monthlyReturnStreamId));
      for (const returnId of page) {
        const history = streams.get(monthlyReturnStreamId(returnId))!;
        foldNamed(named, returnId, codec ? await codec.decode(history) : history);
      }
    }
  };
  await Promise.all(Array.from({ length: READERS }, reader));
  return named;
}

function foldNamed(named: NamedReturns, returnId: string, history: readonly StoredEvent[]): void {
  const { state, unreadableAt } = foldRecorded(monthlyReturnDecider, history);
  const read: ReadReturn = { returnId, streamId: monthlyReturnStreamId(returnId), version: history.length, state, unreadableAt };
  for (const [ref2, bill] of Object.entries(state?.bills ?? {})) {
    const key = billKey(bill.ref1, ref2);
    named.bills.set(key, { ref1: bill.ref1, ref2, dueSatang: BigInt(bill.amountSatang), payBy: bill.payBy, paid: bill.paid });
    named.returnOf.set(key, read);
  }
}

/**
 * Pays the matched bills inside the caller's transaction: the receipt numbers for all of them taken at once
 * (takeNumbers, in the file's order), each payment decided on its return's state as the earlier ones of the file
 * left it (RecordReturnPaid: MonthlyReturnPaid and MonthlyReturnReceiptIssued), and every return's events appended
 * in a few statements after the version it was read at (PostgresEventStore.appendToStreams): a return another writer
 * changed meanwhile is a ConcurrencyError, and the caller's rollback gives every number back. Each payment's
 * command id is `bill-payment:<file's SHA-256>:<line>`. Answers the receipt number of each line paid.
 */
export async function payMatched(
  client: pg.ClientBase, log: PostgresEventStore, matched: Reconciliation['matched'], named: NamedReturns, run: PaymentRun, codec?: EventDataCodec,
): Promise<Map<number, string>> {
  const returnOf = ({ bill }: { bill: BillDue }) => named.returnOf.get(billKey(bill.ref1, bill.ref2))!;
  const receipts = await takeNumbers(client, 'RECEIPT', run.authorityCode,
    matched.map((m) => ({ day: bangkokDay(new Date(m.payment.paidAt)), streamId: returnOf(m).streamId })));
  const appends = new Map<string, { read: ReadReturn; state: MonthlyReturnState; events: NewEvent[] }>();
  const receiptOf = new Map<number, string>();
  for (const [i, m] of matched.entries()) {
    const read = returnOf(m);
    if (read.unreadableAt !== undefined) throw new CaseUnreadableError(read.streamId, read.unreadableAt);
    const append = appends.get(read.streamId) ?? { read, state: read.state, events: [] };
    appends.set(read.streamId, append);
    const command = paidCommand(m.payment, run, receipts[i]);
    const events = monthlyReturnDecider.decide(command, append.state);
    append.state = events.reduce(monthlyReturnDecider.evolve, append.state);
    const commandId = `bill-payment:${run.fileDigest}:${m.payment.line}`;
    const context = { commandId, actor: run.actor, actorOffice: run.actorOffice, correlationId: `bill-payment-run:${run.runId}` };
    append.events.push(...toNewEvents(monthlyReturnDecider, events, context, commandKeyOf(run.actor, commandId), commandFingerprint(undefined, command)));
    receiptOf.set(m.payment.line, bookNumberText(receipts[i]));
  }
  const streams = [...appends.values()].map((a) => ({ streamId: a.read.streamId, events: a.events }));
  // Sealed as any append through the service's log is, its keys made in the caller's transaction.
  const stored = codec ? await (codec.within?.(client) ?? codec).encode(streams) : streams;
  const expected = new Map([...appends.values()].map((a) => [a.read.streamId, a.read.version]));
  await log.appendToStreams(stored.map((s) => ({ streamId: s.streamId, events: s.events, expected: expected.get(s.streamId)! })));
  return receiptOf;
}

function paidCommand(payment: BillPayment, run: PaymentRun, receipt: { fiscalYear: number; number: number }): RecordReturnPaid {
  return {
    type: 'RecordReturnPaid', ref1: payment.ref1, ref2: payment.ref2, amountSatang: Number(payment.amountSatang), paidAt: payment.paidAt,
    fileDigest: run.fileDigest, line: payment.line, receipt: { fiscalYear: receipt.fiscalYear, number: receipt.number }, at: run.at,
  };
}
