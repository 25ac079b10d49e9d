import type pg from 'pg';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import { START_OF_LOG } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { ERASED_MARKER } from '../../src/personal-data/keys/personal-data-shredder.js';
import { Shredder } from '../../src/personal-data/keys/shredder.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../src/personal-data/keys/personal-field-catalogue.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { REPORT_DAYS } from '../daily-report.bench.js';
import { loadDebtCases } from '../daily-report.load.js';
import { DEBT_WRITERS, debtCommandsRun, withDebtHandlers, type CommandsSample } from '../debt-cases.bench.js';
import { loadAverage } from '../machine.js';
import { fmt, log, median, settle, type Sample } from '../measure.js';
import { benchCodec, caseListCatchUpRun, erasureRun, rewriteCeilingRun, sealLogRun } from '../personal-data.bench.js';
import { readAllRun } from '../read-all.bench.js';
import type { Row } from '../report.js';
import { RUNS, type BenchSection } from './section.js';

/**
 * Sizes: BENCH_SEAL_APPEND_CASES (1,000 cases of 8 commands a run, each way), BENCH_ERASED_SUBJECTS (10,000 debtors
 * erased side by side by BENCH_ERASERS callers, 4) and BENCH_ERASED_SERIAL (500 more erased one after another); the
 * log of the catch-up holds as many cases written plain as sealed, one case per erased debtor.
 */
const APPEND_CASES = Number(process.env.BENCH_SEAL_APPEND_CASES ?? 1_000);
const ERASED = Number(process.env.BENCH_ERASED_SUBJECTS ?? 10_000);
const SERIAL = Number(process.env.BENCH_ERASED_SERIAL ?? 500);
const ERASERS = Number(process.env.BENCH_ERASERS ?? 4);
const LOG_CASES = ERASED + SERIAL;
const READ_BATCH = 5_000;
/** Cases of each bulk-load run, plain and sealed in turn (BENCH_SEAL_BULK_CASES, 2,000: two appendNewStreams of 1,000). */
const BULK_CASES = Number(process.env.BENCH_SEAL_BULK_CASES ?? 2_000);
const WARM_UP_CASES = 200;

const rateOf = (samples: Sample[]) => median(samples.map((s) => s.rate));
/** What sealing costs, in % of the rate without it (medians). */
const cost = (sealed: Sample[], plain: Sample[]) => `${((1 - rateOf(sealed) / rateOf(plain)) * 100).toFixed(1)} %`;
/** The target of a sealed figure: 85 % of the plain one (a cost under 15 %). */
const within15 = (plain: Sample[]) => Math.round(rateOf(plain) * 0.85);

/**
 * Issue 17: what crypto-shredding costs. Debt commands through the CommandBus with the codec and without; the case
 * list and the district counts catching up over cases written sealed (read through the codec) and written plain
 * (read without), and readAll alone both ways; then the erasure of every sealed case's debtor with the case list's
 * rows made anew, checked by counting the rows that show the erasure marker.
 */
export const personalDataSection: BenchSection = {
  name: 'personal-data',
  async run(pool: pg.Pool) {
    const plain = new PostgresEventStore(pool);
    const { keyring, codec } = benchCodec(pool);
    const sealed = new CodecEventStore(plain, codec);
    const notes: string[] = [];
    const partLoad = (part: string, before: string) => notes.push(`${part}: load average (1, 5, 15 min) ${before} at its start, ${loadAverage()} at its end.`);

    // 2. Catch-up and readAll: LOG_CASES cases written plain, measured; as many written sealed after them, measured from there.
    let before = loadAverage();
    const days = REPORT_DAYS.slice(0, -1);
    const plainLoad = await loadDebtCases(plain, LOG_CASES, days);
    await pool.query('VACUUM (ANALYZE) events');
    const boundary = await plain.head(START_OF_LOG);
    const plainReads: Sample[] = [], plainCatchUps: Sample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      plainReads.push(await readAllRun(plain, READ_BATCH));
      settle();
      plainCatchUps.push(await caseListCatchUpRun(pool, plain));
      log(`plain run ${r + 1}: readAll ${fmt(plainReads[r].rate)} events/s, catch-up ${fmt(plainCatchUps[r].rate)} events/s over ${fmt(plainCatchUps[r].count)} events`);
    }
    const sealedLoad = await loadDebtCases(sealed, LOG_CASES, days, LOG_CASES);
    await pool.query('VACUUM (ANALYZE) events');
    const sealedReads: Sample[] = [], sealedCatchUps: Sample[] = [];
    for (let r = 0; r < RUNS; r++) {
      keyring.forgetAll();
      settle();
      sealedReads.push(await readAllRun(sealed, READ_BATCH, boundary.position));
      keyring.forgetAll();
      settle();
      sealedCatchUps.push(await caseListCatchUpRun(pool, sealed, boundary.position));
      log(`sealed run ${r + 1}: readAll ${fmt(sealedReads[r].rate)} events/s, catch-up ${fmt(sealedCatchUps[r].rate)} events/s over ${fmt(sealedCatchUps[r].count)} events`);
    }
    log(`appendNewStreams: plain ${fmt(plainLoad.rate)} events/s, sealed ${fmt(sealedLoad.rate)} events/s`);
    partLoad('Catch-up and readAll', before);

    // 2b. Bulk load, each way in turn (the log as large for both): BULK_CASES cases plain, then as many sealed, RUNS times.
    before = loadAverage();
    const plainBulk: Sample[] = [], sealedBulk: Sample[] = [];
    for (let r = 0, next = 2 * LOG_CASES; r < RUNS; r++, next += 2 * BULK_CASES) {
      keyring.forgetAll();
      settle();
      plainBulk.push(await loadDebtCases(plain, BULK_CASES, days, next));
      settle();
      sealedBulk.push(await loadDebtCases(sealed, BULK_CASES, days, next + BULK_CASES));
      log(`bulk load run ${r + 1}: plain ${fmt(plainBulk[r].rate)} events/s, sealed ${fmt(sealedBulk[r].rate)} events/s`);
    }
    partLoad('Bulk load', before);

    // 3. Erasure of every sealed case's debtor: SERIAL one after another, then ERASED by ERASERS callers side by side.
    before = loadAverage();
    const shredder = new Shredder(pool, keyring, sealed, allProjections());
    const serial = await erasureRun(shredder, LOG_CASES, SERIAL, 1);
    log(`erased ${fmt(SERIAL)} debtors one after another: ${fmt(serial.rate)} subjects/s`);
    const parallel = await erasureRun(shredder, LOG_CASES + SERIAL, ERASED, ERASERS);
    log(`erased ${fmt(ERASED)} debtors, ${ERASERS} side by side: ${fmt(parallel.rate)} subjects/s in ${parallel.seconds.toFixed(1)} s`);
    const { rows: [shown] } = await pool.query<{ rows: number; marked: number; keys: number }>(`SELECT count(*)::int AS rows,
        count(*) FILTER (WHERE debtor_first_name = $1 AND debtor_last_name = $1)::int AS marked,
        (SELECT count(*)::int FROM personal_data_keys) AS keys
      FROM debt_cases`, [ERASED_MARKER]);
    log(`case list: ${fmt(shown.marked)} of ${fmt(shown.rows)} rows show the marker; ${fmt(shown.keys)} keys left`);
    if (shown.marked !== LOG_CASES) throw new Error(`${shown.marked} case list rows show the erasure marker, not ${LOG_CASES}`);
    partLoad('Erasure', before);

    // 1. Debt commands through the CommandBus, plain and sealed in turn, each run in a write side of its own; the case
    // list's runner reads through the codec both ways (plain events pass it unchanged), so a plain run reads the sealed before it.
    before = loadAverage();
    const commandsRun = (withCodec: boolean, cases: number) =>
      withDebtHandlers(pool, (handlers) => debtCommandsRun(handlers, cases), withCodec ? codec : undefined, codec);
    await commandsRun(false, WARM_UP_CASES);
    await commandsRun(true, WARM_UP_CASES);
    const plainCommands: CommandsSample[] = [], sealedCommands: CommandsSample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      plainCommands.push(await commandsRun(false, APPEND_CASES));
      settle();
      sealedCommands.push(await commandsRun(true, APPEND_CASES));
      log(`debt commands run ${r + 1}: plain ${fmt(plainCommands[r].events.rate)} events/s, sealed ${fmt(sealedCommands[r].events.rate)} events/s`);
    }
    partLoad('Debt commands', before);

    // 4. The one-time sealing in place (seal-log) of what parts 1 and 2 wrote plain, beside the database's own rewrite of the same rows.
    before = loadAverage();
    const types = Object.keys(PERSONAL_FIELD_CATALOGUE);
    const ceiling = await rewriteCeilingRun(pool, types);
    const resealed = await sealLogRun(pool, codec, types);
    log(`seal-log: ${fmt(resealed.count)} events sealed in place of ${fmt(resealed.read)} read in ${resealed.seconds.toFixed(1)} s; `
      + `the same rows rewritten as they are in one statement: ${fmt(ceiling.rate)} rows/s`);
    partLoad('Sealing in place', before);
    notes.push(`Sealing in place: ${fmt(resealed.count)} events rewritten sealed in ${resealed.seconds.toFixed(1)} s (${fmt(resealed.rate)} a second) `
      + `among ${fmt(resealed.read)} read; the database alone writes the same ${fmt(ceiling.count)} rows back as they are, in one UPDATE rolled `
      + `back, at ${fmt(ceiling.rate)} rows/s: the run's time goes to reading and checking every link in batches of 2,000 and to sealing in Node.`);

    const events = (runs: CommandsSample[]) => runs.map((s) => s.events);
    const n = fmt(LOG_CASES);
    const rows: Row[] = [
      { measure: `Debt commands through DebtCommandHandlers and the CommandBus, ${DEBT_WRITERS} writers, ${fmt(APPEND_CASES)} cases of 8 commands a run, `
        + `personal fields sealed (baseline: the same without the codec); cost ${cost(events(sealedCommands), events(plainCommands))}, target: under 15 %`,
        unit: 'events/s', target: within15(events(plainCommands)), damrong: events(sealedCommands), baseline: events(plainCommands) },
      { measure: `Bulk load of ${fmt(BULK_CASES)} whole debt cases a run with appendNewStreams (1,000 a call), sealed, each run after a plain one `
        + `of as many others (the baseline); cost ${cost(sealedBulk, plainBulk)}`,
        unit: 'events/s', target: within15(plainBulk), damrong: sealedBulk, baseline: plainBulk },
      { measure: `Catch-up of the debt case list and the district counts over ${fmt(sealedCatchUps[0].count)} events of ${n} cases written sealed, `
        + `read through the codec, no key held at the start (baseline: over ${fmt(plainCatchUps[0].count)} events of ${n} cases written plain, read without); `
        + `cost ${cost(sealedCatchUps, plainCatchUps)}`,
        unit: 'events/s', target: within15(plainCatchUps), damrong: sealedCatchUps, baseline: plainCatchUps },
      { measure: `readAll alone over the same events, batches of ${fmt(READ_BATCH)}, through the codec (baseline: the plain ones without); `
        + `cost ${cost(sealedReads, plainReads)}`,
        unit: 'events/s', damrong: sealedReads, baseline: plainReads },
      { measure: `Erasure of ${fmt(ERASED)} debtors with Shredder.eraseSubject, ${ERASERS} callers side by side, each erasure making its case's `
        + `case list row anew (baseline: ${fmt(SERIAL)} others one after another)`,
        unit: 'subjects/s', damrong: [parallel], baseline: [serial] },
      { measure: `The one-time sealing in place (npm run cli -- personal-data seal-log): ${fmt(resealed.read)} events of the debt types read `
        + `from the start of the log, each link checked, the ${fmt(resealed.count)} written plain above (the bulk-loaded cases, the plain commands' `
        + `cases) sealed with a receipt each (baseline: readAll alone over plain events, as above)`,
        unit: 'events/s', damrong: [{ rate: resealed.read / resealed.seconds, count: resealed.read, seconds: resealed.seconds }], baseline: plainReads },
    ];
    notes.push(
      `Sealing: a master key made for the run, the keyring and codec as the service builds them (PersonalDataCodec over the debt catalogue: `
        + 'the debtor\'s fields under their key, the creditors\' and free text under the case\'s). Commands: the debt section\'s lives of 8 commands, '
        + `${DEBT_WRITERS} writers, the case list's projection running meanwhile (through the codec both ways, so that a plain run `
        + `reads the sealed cases before it), ${RUNS} runs each way in turn, plain then sealed, each in a write side of its own, after `
        + `${fmt(WARM_UP_CASES)} warm-up cases each way.`,
      `Bulk load: the ${n} cases of the catch-up's log, loaded once each way one after the other, went in at ${fmt(plainLoad.rate)} events/s `
        + `plain and ${fmt(sealedLoad.rate)} sealed (cost ${cost([sealedLoad], [plainLoad])}); the row above takes runs in turn instead, so that `
        + 'both ways meet the same log size and the same moment\'s load.',
      `Catch-up: ${n} cases written plain with appendNewStreams, measured ${RUNS} times from the start of the log; then ${n} other cases written `
        + `sealed after them, measured ${RUNS} times from that point (same shapes and sizes). Each run empties the two projections' tables, sets `
        + 'their checkpoints and runs a ProjectionRunner (batches of 2,000) until both are at the head. Before each sealed run the keyring forgets '
        + 'every key, so each opens its keys from the table (one statement a batch) as a rebuild after a restart would.',
      `Erasure: eraseSubject(citizen id) destroys the debtor's key and their case's key in one transaction, tells the other processes, then `
        + `re-folds the case list's row from the log (the marker in place of the fields). Total for the ${fmt(ERASED)}: ${parallel.seconds.toFixed(1)} s `
        + `(${fmt(SERIAL)} one after another: ${serial.seconds.toFixed(1)} s). Afterwards ${fmt(shown.marked)} of the ${fmt(shown.rows)} case list rows `
        + `(every sealed case, ${fmt(parallel.streams + serial.streams)} streams erased) show the marker in the debtor's names; ${fmt(shown.keys)} keys are left.`,
    );
    return { rows, notes };
  },
};
