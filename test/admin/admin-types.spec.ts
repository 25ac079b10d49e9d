import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from '@jest/globals';

/** The admin UI's GraphQL types (gql.tada's admin/src/graphql-env.d.ts) are those of the committed schema.graphql. */

const repo = path.resolve(import.meta.dirname, '../..');

it('admin/src/graphql-env.d.ts is generated from schema.graphql as it stands (npm run admin:types)', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-types-'));
  try {
    const output = path.join(dir, 'graphql-env.d.ts');
    await promisify(execFile)(path.join(repo, 'node_modules/.bin/gql-tada'), [
      'generate', 'output', '--tsconfig', path.join(repo, 'admin/tsconfig.json'), '--output', output,
    ], { cwd: repo });
    const [fresh, committed] = await Promise.all([fs.readFile(output, 'utf8'), fs.readFile(path.join(repo, 'admin/src/graphql-env.d.ts'), 'utf8')]);
    expect(committed === fresh).toBe(true);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 60_000);
