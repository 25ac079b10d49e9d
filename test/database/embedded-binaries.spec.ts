import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { restoreSymlinks } from '../../src/database/embedded-binaries.js';

describe('embedded PostgreSQL binaries without install scripts', () => {
  it('restores the shared-library links the skipped postinstall would have made, idempotently', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-bin-'));
    await fs.mkdir(path.join(dir, 'native', 'lib'), { recursive: true });
    await fs.writeFile(path.join(dir, 'native', 'lib', 'libpq.so.5.18'), 'library');
    await fs.writeFile(path.join(dir, 'native', 'pg-symlinks.json'), JSON.stringify([
      { source: 'native/lib/libpq.so.5.18', target: 'native/lib/libpq.so.5' },
      { source: 'native/lib/libpq.so.5.18', target: 'native/lib/libpq.so' },
    ]));
    await restoreSymlinks(dir);
    await restoreSymlinks(dir);
    for (const link of ['libpq.so.5', 'libpq.so']) {
      const file = path.join(dir, 'native', 'lib', link);
      expect(await fs.readlink(file)).toBe('libpq.so.5.18');
      expect(await fs.readFile(file, 'utf8')).toBe('library');
    }
    await fs.rm(dir, { recursive: true });
  });
});
