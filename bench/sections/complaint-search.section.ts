import type pg from 'pg';
import { COMPLAINTS, type Cut, DOCUMENTS, loadBoth, QUERIES, sizes, trigramRun, wordsRun } from '../complaint-search.bench.js';
import { fmt, log, settle, type Latency } from '../measure.js';
import type { Row } from '../report.js';
import { RUNS, type BenchSection } from './section.js';

const ms = (l: Latency) => `p50 ${l.p50Ms.toFixed(2)} ms, p99 ${l.p99Ms.toFixed(2)} ms`;

/**
 * Issue 18: finding complaints in Thai. The complaint search read model (ICU words as area keys in one GIN-indexed
 * array, read rank by rank in windows of months: complaint-search.query.ts) and the trigram alternative (pg_trgm GIN
 * on the spelled text, one newest-first scan a rank), both bulk-loaded with COPY with the same complaints and scanned
 * documents, asked the same ranked queries cut to one district and to one province.
 */
export const complaintSearchSection: BenchSection = {
  name: 'complaint search',
  async run(pool: pg.Pool) {
    const load = await loadBoth(pool);
    log(`loaded ${fmt(COMPLAINTS)} complaints, ${fmt(DOCUMENTS)} documents: words ${load.wordsSeconds.toFixed(0)} s, trigrams ${load.trigramSeconds.toFixed(0)} s`);
    const size = await sizes(pool);
    log(`sizes (MB): ${JSON.stringify(size)}`);
    const rows: Row[] = [];
    for (const cut of ['district', 'province'] as Cut[]) {
      await wordsRun(pool, cut, 100);
      await trigramRun(pool, cut, 100);
      const words: Latency[] = [];
      const trigrams: Latency[] = [];
      for (let r = 0; r < RUNS; r++) {
        settle();
        words.push(await wordsRun(pool, cut));
        trigrams.push(await trigramRun(pool, cut));
        log(`search cut to a ${cut} run ${r + 1}: words ${ms(words[r])}; trigrams ${ms(trigrams[r])}`);
      }
      rows.push({
        kind: 'latency',
        measure: `searchComplaints (ICU words as area keys, GIN array), ranked first page of 20, cut to one ${cut}, over ${fmt(COMPLAINTS)} complaints `
          + `and ${fmt(DOCUMENTS)} scanned documents (baseline: pg_trgm GIN on the same text, ranked the same), ${fmt(QUERIES)} queries a run`,
        damrong: words, baseline: trigrams, targetP99Ms: 50,
      });
    }
    const notes = [
      `Load with COPY, indexes made after: ICU words ${load.wordsSeconds.toFixed(0)} s, trigrams ${load.trigramSeconds.toFixed(0)} s. `
        + `Sizes: complaint_search ${size.complaint_search} MB (its keys index ${size.complaint_search_keys} MB), trigram table `
        + `${size.bench_search_trigram} MB (its index ${size.bench_search_trigram_key} MB).`,
      'Queries in turn: a common word, a middle word, a rare word, two words, a complainant\'s full name, three words typed '
        + 'without spaces; each in a different district or province. Text: words of a 200-word complaint vocabulary drawn with a '
        + 'Zipf-like frequency, written without spaces (BENCH_SEARCH_COMPLAINTS, BENCH_SEARCH_DOCUMENTS, BENCH_SEARCH_QUERIES).',
    ];
    return { rows, notes };
  },
};
