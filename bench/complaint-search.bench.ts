import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { normaliseName, searchKeyOf } from '../src/projections/debt-cases/debt-case-search.js';
import { searchComplaints } from '../src/projections/complaint-search/complaint-search.query.js';
import { searchTermOf } from '../src/projections/complaint-search/search-term.js';
import { keysOf } from '../src/projections/complaint-search/search-keys.js';
import { unionOf } from '../src/projections/complaint-search/search-words.js';
import { districtOf, nameOf, seeded, VOCABULARY, words } from './complaint-search.data.js';
import { latency, type Latency } from './measure.js';

/** Sizes: BENCH_SEARCH_COMPLAINTS (default 1,000,000), BENCH_SEARCH_DOCUMENTS (300,000), BENCH_SEARCH_QUERIES (400 a run). */
export const COMPLAINTS = Number(process.env.BENCH_SEARCH_COMPLAINTS ?? 1_000_000);
export const DOCUMENTS = Number(process.env.BENCH_SEARCH_DOCUMENTS ?? 300_000);
export const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 400);

/**
 * The trigram alternative: the same complaints' text, normalised and spelled as the debt-case name search spells
 * it (two ASCII letters a Thai character, since pg_trgm sees no trigrams in Thai under the C locale), with a
 * pg_trgm GIN index; a word matches as a substring.
 */
export const TRIGRAM_TABLE = `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE bench_search_trigram (
    complaint_id text PRIMARY KEY, owning_district text, owning_province text, received_at timestamptz NOT NULL,
    title_key text NOT NULL, trgm_key text NOT NULL)`;

const COPY_WORDS = `COPY complaint_search (complaint_id, tracking_code, status, owning_level, owning_code, owning_district,
  owning_province, received_at, subject, description, name_words, documents, title_words, keys, version) FROM STDIN`;
const COPY_TRIGRAMS = 'COPY bench_search_trigram (complaint_id, owning_district, owning_province, received_at, title_key, trgm_key) FROM STDIN';

const array = (list: readonly string[]) => `{${list.join(',')}}`;
const keyOf = (text: string) => searchKeyOf(normaliseName(text));
const DAY = 86_400_000;
const START = Date.parse('2021-10-01T00:00:00Z');

/** Complaint i's rows in both tables, as COPY text lines. */
function linesOf(i: number): [string, string] {
  const random = seeded(i + 1);
  const { district, province } = districtOf(random);
  const subject = words(random, 3 + Math.floor(random() * 4));
  const description = words(random, 12 + Math.floor(random() * 20));
  const name = nameOf(random);
  const scanned = i % Math.max(1, Math.round(COMPLAINTS / DOCUMENTS)) === 0 && i / Math.round(COMPLAINTS / DOCUMENTS) < DOCUMENTS;
  const document = scanned ? words(random, 60 + Math.floor(random() * 80)) : [];
  const id = `c${String(i).padStart(8, '0')}`;
  const code = `B${String(i).padStart(10, '0')}`;
  const at = new Date(START + Math.floor(random() * 5 * 365 * DAY)).toISOString();
  const documents = scanned ? JSON.stringify({ [String(i).padStart(64, '0')]: { fileName: 'scan.pdf', text: document.join('') } }) : '{}';
  const title = unionOf(subject, name);
  const all = unionOf(title, description, document);
  const wordsLine = [id, code, 'RECEIVED', 'DISTRICT', district, district, province, at, subject.join(''), description.join(''),
    array(name), documents, array(title), array(keysOf(all, title, { district, province }, at)), '1'].join('\t');
  const trigramLine = [id, district, province, at, keyOf(subject.join('') + name.join('')),
    keyOf([subject.join(''), name.join(''), description.join(''), document.join('')].join('|'))].join('\t');
  return [wordsLine, trigramLine];
}

async function copyLines(pool: pg.Pool, sql: string, lines: (i: number) => string, count: number): Promise<void> {
  const client = await pool.connect();
  try {
    async function* chunks() {
      for (let from = 0; from < count; from += 2000) {
        const to = Math.min(count, from + 2000);
        let chunk = '';
        for (let i = from; i < to; i++) chunk += `${lines(i)}\n`;
        yield chunk;
      }
    }
    await pipeline(Readable.from(chunks()), client.query(copyStreams.from(sql)));
  } finally {
    client.release();
  }
}

/** Loads both read models with COPY (indexes dropped while loading, made after), and returns the seconds each took. */
export async function loadBoth(pool: pg.Pool): Promise<{ wordsSeconds: number; trigramSeconds: number }> {
  await pool.query(TRIGRAM_TABLE);
  await pool.query('DROP INDEX complaint_search_keys, complaint_search_by_district, complaint_search_by_province, complaint_search_by_received');
  let started = performance.now();
  await copyLines(pool, COPY_WORDS, (i) => linesOf(i)[0], COMPLAINTS);
  await pool.query(`SET maintenance_work_mem = '512MB'`);
  await pool.query('CREATE INDEX complaint_search_keys ON complaint_search USING gin (keys) WITH (fastupdate = off)');
  await pool.query('CREATE INDEX complaint_search_by_district ON complaint_search (owning_district, received_at DESC, complaint_id DESC)');
  await pool.query('CREATE INDEX complaint_search_by_province ON complaint_search (owning_province, received_at DESC, complaint_id DESC)');
  await pool.query('CREATE INDEX complaint_search_by_received ON complaint_search (received_at DESC, complaint_id DESC)');
  await pool.query('VACUUM (ANALYZE) complaint_search');
  const wordsSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await copyLines(pool, COPY_TRIGRAMS, (i) => linesOf(i)[1], COMPLAINTS);
  await pool.query('CREATE INDEX bench_search_trigram_key ON bench_search_trigram USING gin (trgm_key gin_trgm_ops)');
  await pool.query('CREATE INDEX bench_search_trigram_district ON bench_search_trigram (owning_district, received_at DESC, complaint_id DESC)');
  await pool.query('CREATE INDEX bench_search_trigram_province ON bench_search_trigram (owning_province, received_at DESC, complaint_id DESC)');
  await pool.query('VACUUM (ANALYZE) bench_search_trigram');
  return { wordsSeconds, trigramSeconds: (performance.now() - started) / 1000 };
}

/** Index and table sizes, in MB. */
export async function sizes(pool: pg.Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ name: string; mb: number }>(
    `SELECT c.relname AS name, round(pg_total_relation_size(c.oid) / 1048576.0)::int AS mb FROM pg_class c
     WHERE c.relname IN ('complaint_search', 'complaint_search_keys', 'bench_search_trigram', 'bench_search_trigram_key')`);
  return Object.fromEntries(rows.map((r) => [r.name, r.mb]));
}

/**
 * The queries a run asks, in turn: one common word, a word of the middle of the vocabulary, a rare one, two words,
 * a complainant's full name, a phrase of three words; each i-th query takes the i-th complaint's area.
 */
export function queryOf(i: number): string {
  const random = seeded(10_000_000 + i);
  const pick = (from: number, to: number) => VOCABULARY[from + Math.floor(random() * (to - from))];
  switch (i % 6) {
    case 0: return pick(0, 8);
    case 1: return pick(40, 120);
    case 2: return pick(150, VOCABULARY.length);
    case 3: return `${pick(0, 40)} ${pick(20, 100)}`;
    case 4: return nameOf(random).join(' ');
    default: return `${pick(0, 30)}${pick(10, 60)}${pick(30, 150)}`;
  }
}

export type Cut = 'district' | 'province';
const areaOf = (i: number, cut: Cut) => {
  const { district, province } = districtOf(seeded(20_000_000 + i));
  return cut === 'district' ? { district, province: null } : { district: null, province };
};

/** The chosen read model through its query (searchComplaints: ranked, first page of 20). */
export const wordsRun = (pool: pg.Pool, cut: Cut, count = QUERIES): Promise<Latency> =>
  latency(count, (i) => searchComplaints(pool, searchTermOf(queryOf(i)), areaOf(i, cut), 20));

/**
 * The trigram alternative, ranked the same way (a rank the number of words found in the subject or names), one
 * newest-first scan a rank on the area's index, first page of 20.
 */
export const trigramRun = (pool: pg.Pool, cut: Cut, count = QUERIES): Promise<Latency> =>
  latency(count, (i) => {
    const keys = queryOf(i).split(' ').map(keyOf).filter(Boolean);
    const area = areaOf(i, cut);
    const inTitle = keys.map((_, k) => `(strpos(title_key, $${k + 3}) > 0)::int`).join(' + ');
    const tiers = keys.map((_, k) => keys.length - k).concat(0).map((k) => `(SELECT complaint_id, received_at,
        ${500 + Math.round((500 * k) / keys.length)} AS rank FROM bench_search_trigram
      WHERE trgm_key LIKE ALL($1::text[]) AND ${cut === 'district' ? 'owning_district' : 'owning_province'} = $2 AND (${inTitle}) = ${k}
      ORDER BY received_at DESC, complaint_id DESC LIMIT 21)`);
    return pool.query(`SELECT * FROM (${tiers.join(' UNION ALL ')}) t ORDER BY rank DESC, received_at DESC, complaint_id DESC LIMIT 21`,
      [keys.map((k) => `%${k}%`), area.district ?? area.province, ...keys]);
  });
