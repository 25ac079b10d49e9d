import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { loadDuplicateCandidates } from '../src/cases/complaint/duplicates/complaint-candidates.js';
import { COMPLAINT_CATEGORIES, OTHER_CATEGORY } from '../src/cases/complaint/categories/complaint-categories.enums.js';
import { accusedKey, DUPLICATE_WINDOW_DAYS, type DuplicateCandidate } from '../src/cases/complaint/duplicates/complaint-duplicates.js';
import { ComplaintCommandHandlers } from '../src/cases/complaint/complaint.command-handlers.js';
import { ComplaintModule } from '../src/cases/complaint/complaint.module.js';
import type { Office } from '../src/cases/complaint/complaint-office.js';
import type { ComplaintState } from '../src/cases/complaint/complaint-state.js';
import type { ComplaintCommand, ReceiveComplaint } from '../src/cases/complaint/complaint.commands.js';
import { complaintDecider } from '../src/cases/complaint/complaint.decider.js';
import type { ComplaintChannel, PartyKind } from '../src/cases/complaint/complaint.events.js';
import { formatTrackingCode, generateTrackingCode } from '../src/cases/complaint/receipt/tracking-code.js';
import { START_OF_LOG, type EventStore, type NewEvent, type NewStream } from '../src/eventstore/event-store.port.js';
import { districtsOf, provinces, subdistrictsOf, type District } from '../src/geography/geography.js';
import { CENTRAL } from '../src/identity/scope/staff-office.js';
import { ComplaintListProjection } from '../src/projections/complaint-list/complaint-list.projection.js';
import { ComplaintStatusResolver } from '../src/projections/complaint-list/complaint-status.resolver.js';
import { ComplaintStatisticsProjection } from '../src/projections/complaint-statistics/complaint-statistics.projection.js';
import type { Dimension } from '../src/projections/complaint-statistics/complaint-statistics.query.js';
import { ComplaintStatisticsResolver } from '../src/projections/complaint-statistics/complaint-statistics.resolver.js';
import type { Projection } from '../src/projections/runner/projection.js';
import { ProjectionRunner } from '../src/projections/runner/projection-runner.js';
import { citizenId } from '../test/support/complaint-fixtures.js';
import { signedInStaff } from '../test/support/signed-in-staff.js';
import { latency, log, now, sample, sleep, type Latency, type Sample } from './measure.js';
import { withWriteSide } from './write-side.js';

/**
 * Sizes: BENCH_COMPLAINTS (default 1,000,000) complaints bulk-loaded, BENCH_COMPLAINT_LOAD_BATCH (5,000) of them
 * per appendNewStreams; BENCH_COMPLAINT_RECEIVES (20,000) receipts through the CommandBus from
 * BENCH_COMPLAINT_CLIENTS (32) clients; BENCH_COMPLAINT_CALLS (2,000) calls per latency run.
 */
export const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
export const LOAD_BATCH = Number(process.env.BENCH_COMPLAINT_LOAD_BATCH ?? 5_000);
export const RECEIVES = Number(process.env.BENCH_COMPLAINT_RECEIVES ?? 20_000);
export const CLIENTS = Number(process.env.BENCH_COMPLAINT_CLIENTS ?? 32);
export const CALLS = Number(process.env.BENCH_COMPLAINT_CALLS ?? 2_000);
export const TARGETS = { catchUpComplaintsPerSecond: 10_000, duplicateCheckP99Ms: 20, statisticsP99Ms: 20 };

const DAY = 86_400_000;
/** The loaded complaints were received over the five years up to yesterday, oldest first in the log. */
const LAST_RECEIVED = Date.now() - DAY;
const FIRST_RECEIVED = LAST_RECEIVED - 5 * 365 * DAY;

const DISTRICTS: readonly District[] = provinces().flatMap((p) => districtsOf(p.code));
const SUBDISTRICTS = new Map(DISTRICTS.map((d) => [d.code, subdistrictsOf(d.code).map((s) => s.code)]));
const CATEGORIES: readonly ReceiveComplaint['category'][] = COMPLAINT_CATEGORIES.flatMap((main): ReceiveComplaint['category'][] => (main.code === OTHER_CATEGORY
  ? [{ main: main.code, sub: null, otherText: 'ขอให้ตรวจสอบป้ายโฆษณาที่ไม่ได้รับอนุญาต' }]
  : main.subs.map((s) => ({ main: main.code, sub: s.code, otherText: null }))));
const CHANNELS: readonly ComplaintChannel[] = ['WALK_IN', 'HOTLINE_1567', 'HOTLINE_1567', 'WEBSITE', 'MOBILE', 'LETTER', 'OTHER'];
const SUBJECTS = [
  'ถนนในหมู่บ้านชำรุดเป็นหลุมบ่อ', 'ไฟฟ้าส่องสว่างสาธารณะดับหลายจุด', 'น้ำประปาไม่ไหลมาหลายวัน', 'ถูกทวงหนี้นอกระบบข่มขู่ทางโทรศัพท์',
  'เจ้าหนี้คิดดอกเบี้ยเกินอัตราที่กฎหมายกำหนด', 'เพื่อนบ้านเผาขยะส่งกลิ่นเหม็น', 'โรงงานปล่อยน้ำเสียลงลำคลอง', 'เสียงดังจากสถานบันเทิงยามวิกาล',
  'ขอความช่วยเหลือค่ารักษาพยาบาลผู้ป่วยติดเตียง', 'ขอรับเบี้ยยังชีพผู้สูงอายุล่าช้า', 'ถูกบุกรุกที่ดินทำกิน', 'ข้อพิพาทแนวเขตที่ดินกับเพื่อนบ้าน',
  'เจ้าหน้าที่เรียกรับเงินในการออกเอกสาร', 'เจ้าหน้าที่ให้บริการล่าช้าและไม่สุภาพ', 'แจ้งเบาะแสบ่อนการพนันในชุมชน', 'แจ้งเบาะแสการค้ายาเสพติด',
  'นายจ้างไม่จ่ายค่าจ้างตามกำหนด', 'ซื้อสินค้าออนไลน์แล้วไม่ได้รับของ', 'ขอคำปรึกษาเรื่องการแบ่งมรดก', 'ขอข้อมูลโครงการบ้านมั่นคง',
  'น้ำท่วมขังบ้านเรือนหลังฝนตก', 'ต้นไม้ใหญ่ล้มขวางถนน', 'สุนัขจรจัดกัดเด็กในหมู่บ้าน', 'ขอความเป็นธรรมกรณีถูกยึดรถ',
];
const FIRST_NAMES = ['สมชาย', 'สมศักดิ์', 'วิชัย', 'ประเสริฐ', 'สุนทร', 'บุญมี', 'ทองดี', 'มานพ', 'สมหญิง', 'มาลี', 'วันดี', 'สุดา', 'อรุณี', 'จันทร์เพ็ญ'];
const LAST_NAMES = ['ใจดี', 'รักไทย', 'มั่นคง', 'ศรีสุข', 'บุญมา', 'แก้วมณี', 'ทองคำ', 'พรหมมา', 'สายสุวรรณ', 'อินทร์แก้ว', 'จันทร์หอม', 'วงศ์ใหญ่'];
const COMPANIES = ['เงินด่วน', 'ทรัพย์ทวี', 'สินเชื่อดี', 'รุ่งเรืองพาณิชย์', 'ก่อสร้างไทย', 'ขนส่งเร็ว', 'อาหารสด', 'พลังงานสะอาด'];

/** Deterministic pseudo-random numbers in [0, 1) from an index and a salt (a 32-bit integer hash). */
function random(i: number, salt: number): number {
  let x = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x632be5ab, 0xc2b2ae35);
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return ((x ^ (x >>> 16)) >>> 0) / 4_294_967_296;
}
const pick = <T>(list: readonly T[], i: number, salt: number): T => list[Math.floor(random(i, salt) * list.length)];

/** Complaint i's id: UUID-shaped, from the run and the index. */
export const complaintIdOf = (run: number, i: number) =>
  `00000000-${String(run).padStart(4, '0')}-4000-8000-${i.toString(16).padStart(12, '0')}`;

/** When complaint i of `count` was received: spread evenly over the five years, with a few hours of jitter. */
const receivedAtOf = (i: number, count: number) =>
  new Date(FIRST_RECEIVED + ((LAST_RECEIVED - FIRST_RECEIVED) * i) / count + Math.floor(random(i, 1) * 6 * 3_600_000));

/** A complaint a few days to a few weeks before i: the one a repeat complaint follows up. */
const earlierOf = (i: number) => i - 1 - Math.floor(random(i, 2) * 5_000);

/**
 * Who complains: one in five complaints comes from someone who complained a little earlier (the same citizen
 * id, about the same thing), one in ten is anonymous; the others are new citizens.
 */
function complainantOf(i: number): number | null {
  const r = random(i, 3);
  if (r < 0.2 && earlierOf(i) >= 0) return complainantOf(earlierOf(i));
  return r < 0.3 ? null : i;
}

/** The subject template: a repeat complaint (same citizen or same accused) keeps the earlier one's. */
function subjectOf(i: number): number {
  const r = random(i, 3);
  if ((r < 0.2 || (r >= 0.9 && random(i, 4) < 0.5)) && earlierOf(i) >= 0) return subjectOf(earlierOf(i));
  return Math.floor(random(i, 5) * SUBJECTS.length);
}

/**
 * The party complained about: one complaint in twenty follows up an earlier one about the same party (and
 * subject) from someone else; of the others, four in ten name no party, one in twenty of the rest one of 50
 * lenders complained about all over the country, the others one of 200,000 people and companies.
 */
function accusedOf(i: number): { kind: PartyKind; name: string } | null {
  const r = random(i, 3);
  if (r >= 0.9 && random(i, 4) < 0.5 && earlierOf(i) >= 0) return accusedOf(earlierOf(i));
  if (r >= 0.9 || random(i, 6) < 0.4) return null;
  const hot = random(i, 7) < 0.05;
  const n = hot ? Math.floor(random(i, 8) * 50) : Math.floor(random(i, 8) * 200_000);
  if (n % 3 === 0) return { kind: 'ORGANISATION', name: `บริษัท ${COMPANIES[n % COMPANIES.length]} ${n} จำกัด` };
  return { kind: 'PERSON', name: `นาย${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[(n >> 4) % LAST_NAMES.length]}${n}` };
}

const citizenOf = (person: number) => citizenId(String(1_100_000_000_000 + ((person * 7_919) % 899_999_999_999)).slice(0, 12));

/** Where complaint i happened (and was received): a district anywhere in the country and one of its subdistricts. */
function placeOf(i: number): { district: District; subdistrict: string } {
  const district = DISTRICTS[Math.floor(random(i, 9) * DISTRICTS.length)];
  return { district, subdistrict: pick(SUBDISTRICTS.get(district.code)!, i, 10) };
}

const subjectTextOf = (i: number) => `${SUBJECTS[subjectOf(i)]} หมู่ที่ ${1 + (placeOf(i).subdistrict.charCodeAt(5) % 9)}`;

/** The ReceiveComplaint of complaint i, with the complaint it follows up (if any) as its duplicate candidate. */
export function receiptOf(run: number, i: number, count: number): ReceiveComplaint {
  const { district, subdistrict } = placeOf(i);
  const category = CATEGORIES[Math.floor(random(i, 11) * CATEGORIES.length)];
  const person = complainantOf(i);
  const accused = accusedOf(i) ?? (category.main === 'STATE_OFFICIAL' ? { kind: 'STATE_OFFICIAL' as const, name: `นาย${pick(FIRST_NAMES, i, 12)} ${pick(LAST_NAMES, i, 13)}` } : null);
  const receivedAt = receivedAtOf(i, count);
  const channel = pick(CHANNELS, i, 14);
  const subject = subjectTextOf(i);
  const earlier = earlierOf(i);
  const candidates: DuplicateCandidate[] = earlier >= 0 && person !== null && person === complainantOf(earlier)
    ? [{
      complaintId: complaintIdOf(run, earlier), complainantCitizenId: citizenOf(person), subject: subjectTextOf(earlier),
      receivedAt: receivedAtOf(earlier, count).toISOString(), status: 'RECEIVED', heldBy: { level: 'DISTRICT', code: placeOf(earlier).district.code },
    }]
    : [];
  return {
    type: 'ReceiveComplaint',
    // a letter is recorded a few days after the day written on it
    at: new Date(channel === 'LETTER' ? Math.min(receivedAt.getTime() + 3 * DAY, LAST_RECEIVED + DAY / 2) : receivedAt.getTime()).toISOString(),
    actingOffice: { level: 'DISTRICT', code: district.code },
    complaintId: complaintIdOf(run, i),
    trackingCode: generateTrackingCode(),
    channel,
    receivedAt: receivedAt.toISOString(),
    complainant: person === null ? { anonymous: true } : {
      anonymous: false, citizenId: citizenOf(person), title: 'นาย', firstName: pick(FIRST_NAMES, person, 15),
      lastName: pick(LAST_NAMES, person, 16), phone: `08${String(10_000_000 + (person % 89_999_999)).padStart(8, '0')}`,
      address: { line: `${1 + (person % 300)}/${person % 20} หมู่ ${1 + (person % 12)}`, subdistrictCode: subdistrict, districtCode: district.code },
    },
    subject,
    description: `${subject} ผู้ร้องขอให้หน่วยงานที่เกี่ยวข้องตรวจสอบและแก้ไขโดยเร็ว`,
    category,
    location: { subdistrictCode: subdistrict, districtCode: district.code, point: random(i, 17) < 0.7 ? { lat: 13 + random(i, 18) * 5, lng: 99 + random(i, 19) * 5 } : null },
    accused: accused && { ...accused, position: null, agency: null },
    candidates,
  };
}

/**
 * What happened to complaint i after receipt: by the end of the five years, about 80% resolved or closed;
 * complaints of the last months are more often still open. A few are forwarded to the province, some
 * closed as a duplicate of the complaint they follow up.
 */
function laterCommandsOf(run: number, i: number, count: number, receipt: ReceiveComplaint): ComplaintCommand[] {
  const office = receipt.actingOffice;
  const start = Date.parse(receipt.at);
  const at = (days: number) => new Date(Math.min(start + days * DAY, LAST_RECEIVED + DAY / 2)).toISOString();
  const recent = i > count * 0.97;
  const r = random(i, 20);
  const assign: ComplaintCommand = { type: 'AssignComplaint', at: at(1), actingOffice: office, assignee: { kind: 'TAMBON_TEAM', subdistrictCode: receipt.location.subdistrictCode } };
  const resolve: ComplaintCommand = { type: 'ResolveComplaint', at: at(12), actingOffice: office, result: 'ดำเนินการแก้ไขเรียบร้อยแล้ว' };
  if (receipt.candidates.length > 0 && r < 0.15) {
    return [
      { type: 'MarkComplaintDuplicate', at: at(1), actingOffice: office, duplicateOf: receipt.candidates[0].complaintId },
      { type: 'CloseComplaint', at: at(2), actingOffice: office, reason: 'DUPLICATE' },
    ];
  }
  if (r < (recent ? 0.35 : 0.04)) return [];
  if (r < (recent ? 0.6 : 0.1)) return [assign, { type: 'RecordComplaintProgress', at: at(5), actingOffice: office, note: 'ลงพื้นที่ตรวจสอบแล้ว' }];
  if (r < (recent ? 0.65 : 0.14)) return [{ type: 'ForwardComplaint', at: at(2), actingOffice: office, to: { level: 'PROVINCE', code: office.code.slice(0, 2) } }];
  if (r < (recent ? 0.85 : 0.3)) return [assign, resolve];
  if (r < 0.33) return [{ type: 'CloseComplaint', at: at(3), actingOffice: office, reason: 'WITHDRAWN' }];
  return [resolve, { type: 'CloseComplaint', at: at(20), actingOffice: office, reason: 'RESOLVED' }];
}

export type ReceiveDetails = Parameters<ComplaintCommandHandlers['receive']>[1];

/** What a clerk sends for complaint i: its receipt without what the handler fills in, received now. */
export function receiveDetailsOf(run: number, i: number, count: number): { details: ReceiveDetails; office: Office } {
  const { type: _type, at: _at, actingOffice, complaintId: _id, trackingCode: _code, candidates: _candidates, ...details } = receiptOf(run, i, count);
  return { details: { ...details, receivedAt: null }, office: actingOffice };
}

/** Complaint i's whole stream, decided by the complaint decider command by command. */
export function complaintStream(run: number, i: number, count: number): NewStream {
  const receipt = receiptOf(run, i, count);
  let state: ComplaintState = complaintDecider.initialState();
  const events: NewEvent[] = [];
  for (const command of [receipt, ...laterCommandsOf(run, i, count, receipt)]) {
    const commandId = randomUUID();
    for (const event of complaintDecider.decide(command, state)) {
      state = complaintDecider.evolve(state, event);
      events.push({
        eventId: randomUUID(), type: event.type, schemaVersion: complaintDecider.schemaVersions[event.type], data: event.data,
        metadata: { actor: 'bench:load', actorOffice: `DISTRICT:${((command as { actingOffice: Office }).actingOffice).code}`, commandId, correlationId: commandId, causationId: commandId },
      });
    }
  }
  return { streamId: `complaint-${receipt.complaintId}`, events };
}

/** Loads `count` complaint streams with appendNewStreams, LOAD_BATCH a call, the next batch decided while one is written. */
export async function loadComplaints(store: EventStore, run: number, count = COMPLAINTS): Promise<{ complaints: Sample; events: Sample }> {
  const startedAt = now();
  let events = 0;
  let writing: Promise<unknown> = Promise.resolve();
  for (let from = 0; from < count; from += LOAD_BATCH) {
    const streams: NewStream[] = [];
    for (let i = from; i < Math.min(from + LOAD_BATCH, count); i++) streams.push(complaintStream(run, i, count));
    events += streams.reduce((n, s) => n + s.events.length, 0);
    await writing;
    writing = store.appendNewStreams(streams);
    if ((from / LOAD_BATCH) % 40 === 39) log(`loaded ${(from + LOAD_BATCH).toLocaleString('en-US')} complaints`);
  }
  await writing;
  return { complaints: sample(count, startedAt), events: sample(events, startedAt) };
}

export const COMPLAINT_PROJECTIONS: readonly (() => Projection)[] = [
  () => new ComplaintListProjection(), () => new ComplaintStatisticsProjection(),
];

/** The complaint projections from position 0 (their tables emptied) until every checkpoint is the head. */
export async function complaintCatchUpRun(pool: pg.Pool, store: EventStore, batchSize = 5_000): Promise<Sample> {
  const projections = COMPLAINT_PROJECTIONS.map((make) => make());
  await pool.query('TRUNCATE complaint_list, complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups');
  await pool.query('DELETE FROM projection_checkpoints WHERE name = ANY($1)', [projections.map((p) => p.name)]);
  const head = await store.head(START_OF_LOG);
  const errors: unknown[] = [];
  const runner = new ProjectionRunner(pool, store, projections, { batchSize, pollMs: 10, onError: (_, error) => errors.push(error) });
  const startedAt = now();
  runner.start();
  try {
    for (;;) {
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM projection_checkpoints WHERE name = ANY($1) AND transaction_id = $2::text::xid8 AND global_position = $3`,
        [projections.map((p) => p.name), head.position.transactionId.toString(), head.position.globalPosition.toString()]);
      if (rows[0].n === projections.length) return sample(head.eventsAfter, startedAt);
      if (errors.length > 0) throw new Error(`complaint projections failed: ${String(errors[0])}`);
      await sleep(50);
    }
  } finally {
    await runner.stop();
  }
}

export interface CatchUpSample {
  events: Sample;
  complaints: Sample;
}

/** The catch-up in complaints too: the log holds `complaints` complaint streams. */
export const inComplaints = (events: Sample, complaints: number): CatchUpSample => ({
  events, complaints: { rate: complaints / events.seconds, count: complaints, seconds: events.seconds },
});

export const NAIVE_TABLES = `
CREATE TABLE naive_complaint_events (id bigserial PRIMARY KEY, stream_id text NOT NULL, version int NOT NULL, type text NOT NULL,
  data jsonb NOT NULL, metadata jsonb NOT NULL);
CREATE TABLE naive_complaints (id bigserial PRIMARY KEY, office text NOT NULL, data jsonb NOT NULL);
CREATE TABLE naive_checkpoint (global_position bigint NOT NULL);
INSERT INTO naive_checkpoint VALUES (0);`;

/** Load baseline: the same generated complaint streams, one autocommitted INSERT per event into a plain table. */
export async function naiveLoadRun(pool: pg.Pool, run: number, count: number, total = COMPLAINTS): Promise<Sample> {
  const startedAt = now();
  for (let i = 0; i < count; i++) {
    const stream = complaintStream(run, i, total);
    for (const [n, e] of stream.events.entries()) {
      await pool.query('INSERT INTO naive_complaint_events (stream_id, version, type, data, metadata) VALUES ($1, $2, $3, $4, $5)',
        [stream.streamId, n + 1, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata)]);
    }
  }
  return sample(count, startedAt);
}

/**
 * Catch-up baseline: the same two projections fed one event at a time (each event its own read and upsert),
 * one transaction per batch of `batchSize` with a checkpoint row, over the first `limit` events of the log.
 */
export async function naiveCatchUpRun(pool: pg.Pool, store: EventStore, limit: number, batchSize = 5_000): Promise<CatchUpSample> {
  const projections = COMPLAINT_PROJECTIONS.map((make) => make());
  await pool.query('TRUNCATE complaint_list, complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups');
  const client = await pool.connect();
  const startedAt = now();
  let count = 0;
  let complaints = 0;
  try {
    for (let from = START_OF_LOG; count < limit;) {
      const batch = await store.readAll(from, Math.min(batchSize, limit - count));
      if (batch.length === 0) break;
      await client.query('BEGIN');
      for (const event of batch) for (const projection of projections) await projection.apply([event], client);
      from = batch[batch.length - 1].position;
      await client.query('UPDATE naive_checkpoint SET global_position = $1', [from.globalPosition.toString()]);
      await client.query('COMMIT');
      count += batch.length;
      complaints += batch.filter((e) => e.type === 'ComplaintReceived').length;
    }
  } finally {
    client.release();
  }
  await pool.query('TRUNCATE complaint_list, complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups');
  return inComplaints(sample(count, startedAt), complaints);
}

/** `clients` concurrent clients sending calls 0..count-1 between them, each call after its previous one. */
async function concurrently(count: number, clients: number, call: (i: number) => Promise<unknown>): Promise<Sample> {
  let next = 0;
  const startedAt = now();
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = next++; i < count; i = next++) await call(i);
  }));
  return sample(count, startedAt);
}

/**
 * ReceiveComplaint through the real path (see withWriteSide): ComplaintCommandHandlers.receive runs the
 * duplicate lookup, issues a tracking code and sends the command through the CommandBus, the complaint list's
 * projection running meanwhile (the duplicate check reads the list and the log past its checkpoint).
 */
export function withReceiver<T>(pool: pg.Pool, work: (handlers: ComplaintCommandHandlers) => Promise<T>): Promise<T> {
  return withWriteSide(pool, ComplaintModule, ComplaintCommandHandlers, [new ComplaintListProjection()], work);
}

/** `count` receipts of complaints following the `loaded` ones (repeat complainants among them), from `clients` clients. */
export function receiveRun(handlers: ComplaintCommandHandlers, run: number, first: number, count: number, total: number, clients = CLIENTS): Promise<Sample> {
  return concurrently(count, clients, (i) => {
    const { details, office } = receiveDetailsOf(run, first + i, total);
    return handlers.receive(signedInStaff(office.level, { kind: office.level, code: office.code }), details);
  });
}

/** Receive baseline: one autocommitted INSERT per complaint of its details into a plain table, from `clients` clients. */
export function naiveReceiveRun(pool: pg.Pool, run: number, first: number, count: number, total: number, clients = CLIENTS): Promise<Sample> {
  return concurrently(count, clients, (i) => {
    const { details, office } = receiveDetailsOf(run, first + i, total);
    return pool.query('INSERT INTO naive_complaints (office, data) VALUES ($1, $2)', [`${office.level}:${office.code}`, JSON.stringify(details)]);
  });
}

/** The keys the duplicate check of a loaded complaint looks up: citizen id, accused key, receipt time. */
function duplicateKeysOf(i: number, total: number) {
  for (let j = i; ; j = (j + 1) % total) {
    const receipt = receiptOf(1, j, total);
    const keys = {
      citizenId: receipt.complainant.anonymous ? null : receipt.complainant.citizenId ?? null,
      accusedKey: receipt.accused ? accusedKey(receipt.accused) : null,
      receivedAt: receipt.receivedAt!,
    };
    if (keys.citizenId !== null || keys.accusedKey !== null) return keys;
  }
}

const spread = (i: number, total: number) => Math.floor(random(i, 99) * total);

/** The duplicate check's lookup (loadDuplicateCandidates, as the handler runs it at receipt) for loaded complaints' keys. */
export function duplicateCheckRun(pool: pg.Pool, store: EventStore, calls: number, total: number): Promise<Latency> {
  return latency(calls, (i) => loadDuplicateCandidates(pool, store, duplicateKeysOf(spread(i, total), total)));
}

/** Runs `sql` with the planner kept off every index: the same lookup as a sequential scan. */
async function sequentially(pool: pg.Pool, sql: string, values: unknown[]): Promise<unknown> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_indexonlyscan = off');
    const { rows } = await client.query(sql, values);
    await client.query('COMMIT');
    return rows;
  } finally {
    client.release();
  }
}

/** Duplicate-check baseline: the same candidates (either key, open, within the window) read by a sequential scan of the list. */
export function naiveDuplicateCheckRun(pool: pg.Pool, calls: number, total: number): Promise<Latency> {
  return latency(calls, (i) => {
    const keys = duplicateKeysOf(spread(i, total), total);
    return sequentially(pool, `
      SELECT complaint_id, complainant_citizen_id, accused_key, subject, received_at, status FROM complaint_list
      WHERE (complainant_citizen_id = $1 OR accused_key = $2) AND received_at >= $3 AND status <> 'CLOSED'
      ORDER BY received_at DESC`,
    [keys.citizenId, keys.accusedKey, new Date(Date.parse(keys.receivedAt) - DUPLICATE_WINDOW_DAYS * DAY)]);
  });
}

interface StatisticsAsk {
  from: string;
  to: string;
  province: string | null;
  district: string | null;
  category: string | null;
  groupBy: Dimension[];
}

const monthText = (instant: number) => new Date(instant + 7 * 3_600_000).toISOString().slice(0, 7);

/**
 * The statistics staff ask for, in turn: the country by month over a year, a province by district over a
 * year, a district by month and category over two years, the country by province over the five years.
 */
function statisticsAsk(i: number): StatisticsAsk {
  const year = FIRST_RECEIVED + Math.floor(random(i, 30) * 4) * 365 * DAY;
  const district = DISTRICTS[Math.floor(random(i, 31) * DISTRICTS.length)];
  const none = { province: null, district: null, category: null };
  switch (i % 4) {
    case 0: return { ...none, from: monthText(year), to: monthText(year + 330 * DAY), groupBy: ['MONTH'] };
    case 1: return { ...none, from: monthText(year), to: monthText(year + 330 * DAY), province: district.provinceCode, groupBy: ['DISTRICT'] };
    case 2: return { ...none, from: monthText(year), to: monthText(year + 700 * DAY), district: district.code, groupBy: ['MONTH', 'CATEGORY'] };
    default: return { ...none, from: monthText(FIRST_RECEIVED), to: monthText(LAST_RECEIVED), groupBy: ['PROVINCE'] };
  }
}

/** complaintStatistics through its resolver (parsing, the summing query, rates and names). */
export function statisticsRun(pool: pg.Pool, calls: number): Promise<Latency> {
  const resolver = new ComplaintStatisticsResolver(pool);
  const centre = signedInStaff('CENTRAL', CENTRAL);
  return latency(calls, (i) => {
    const ask = statisticsAsk(i);
    return resolver.complaintStatistics(centre, ask.from, ask.to, ask.province, ask.district, ask.category, ask.groupBy);
  });
}

const NAIVE_DIMENSION: Record<Dimension, string> = {
  MONTH: `date_trunc('month', received_at AT TIME ZONE 'Asia/Bangkok')`,
  PROVINCE: 'owning_province',
  DISTRICT: 'owning_district',
  CATEGORY: 'category_main',
};

/** Statistics baseline: the same figures by GROUP BY over the complaint list (its received-time index usable). */
export function naiveStatisticsRun(pool: pg.Pool, calls: number): Promise<Latency> {
  return latency(calls, async (i) => {
    const ask = statisticsAsk(i);
    const dimensions = ask.groupBy.map((d) => NAIVE_DIMENSION[d]).join(', ');
    const to = new Date(`${ask.to}-01T00:00:00+07:00`);
    to.setUTCMonth(to.getUTCMonth() + 1);
    await pool.query(
      `SELECT ${dimensions}, count(*) AS received, count(*) FILTER (WHERE status NOT IN ('RESOLVED', 'CLOSED')) AS in_progress,
         count(*) FILTER (WHERE status = 'RESOLVED') AS resolved, count(*) FILTER (WHERE status = 'CLOSED') AS closed,
         count(*) FILTER (WHERE status = 'RESOLVED' OR status = 'CLOSED' AND close_reason = 'RESOLVED') AS solved,
         count(*) FILTER (WHERE status = 'CLOSED' AND close_reason IN ('DUPLICATE', 'WITHDRAWN')) AS set_aside
       FROM complaint_list
       WHERE received_at >= $1 AND received_at < $2 AND ($3::text IS NULL OR owning_province = $3)
         AND ($4::text IS NULL OR owning_district = $4) AND ($5::text IS NULL OR category_main = $5)
       GROUP BY ${dimensions} ORDER BY ${dimensions}`,
      [new Date(`${ask.from}-01T00:00:00+07:00`), to, ask.province, ask.district, ask.category],
    );
  });
}

/** Tracking codes of `count` listed complaints, every other one typed with its dashes. */
export async function someTrackingCodes(pool: pg.Pool, count: number): Promise<string[]> {
  const { rows } = await pool.query<{ tracking_code: string }>('SELECT tracking_code FROM complaint_list ORDER BY random() LIMIT $1', [count]);
  return rows.map((r, i) => (i % 2 ? formatTrackingCode(r.tracking_code) : r.tracking_code));
}

/** The public complaintStatus(trackingCode) through its resolver. */
export function statusRun(pool: pg.Pool, codes: readonly string[], calls: number): Promise<Latency> {
  const resolver = new ComplaintStatusResolver(pool);
  return latency(calls, (i) => resolver.complaintStatus(codes[i % codes.length]));
}

/** Status baseline: the same row found by a sequential scan of the list. */
export function naiveStatusRun(pool: pg.Pool, codes: readonly string[], calls: number): Promise<Latency> {
  return latency(calls, (i) => sequentially(pool,
    'SELECT status, owning_level, owning_code, received_at, updated_at, closed_at FROM complaint_list WHERE tracking_code = $1',
    [codes[i % codes.length].replace(/-/g, '')]));
}
