/**
 * The baseline of the GraphQL load bench: the service's own schema (schema.graphql) executed by graphql-js alone
 * behind node:http, with `districtCounts` answered by the service's two reads on a plain pool of the owner: no
 * Nest, Apollo, sign-in, area scope or transaction. A child process of the bench (BARE_DATABASE_URL, BARE_PORT);
 * it writes `listening <port>` on stdout once it listens.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, graphql } from 'graphql';
import pg from 'pg';
import { districtsOf } from '../src/geography/geography.js';
import { countsOf, districtRows } from '../src/projections/district-counts/district-counts.queries.js';
import { districtTransfers } from '../src/projections/district-counts/district-transfers.queries.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = buildSchema(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8'));
const pool = new pg.Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 20 });

const rootValue = {
  async districtCounts({ provinceCode }: { provinceCode: string }) {
    const districts = districtsOf(provinceCode, 'provinceCode');
    if (districts.length === 0) return [];
    const [rows, moves] = await Promise.all([districtRows(pool, districts[0].provinceCode), districtTransfers(pool, districts[0].provinceCode)]);
    return districts.map((district) => ({ district, counts: countsOf(rows.get(district.code), moves.get(district.code)) }));
  },
};

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
    void graphql({ schema, source: query, rootValue, variableValues: variables }).then((result) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result));
    });
  });
});
server.listen(Number(process.env.BARE_PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening ${(server.address() as { port: number }).port}`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
