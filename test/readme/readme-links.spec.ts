import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

/** The README and the docs link only what a clone has: relative links resolve inside the repository. */

const repo = path.resolve(import.meta.dirname, '../..');
const DOCUMENTS = ['README.md', 'docs/architecture.md', 'docs/domain.md'];

describe('documentation links', () => {
  it.each(DOCUMENTS)('%s links files of the repository only, each present', (document) => {
    const text = fs.readFileSync(path.join(repo, document), 'utf8');
    const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((target) => !/^[a-z]+:/.test(target));
    const resolved = links.map((target) => path.relative(repo, path.resolve(path.dirname(path.join(repo, document)), target)));
    expect(resolved.filter((file) => file.startsWith('..') || !fs.existsSync(path.join(repo, file)))).toEqual([]);
    expect(text.match(/`\.\.\/[^`]*`/g) ?? []).toEqual([]);
  });

  it('README links both design documents', () => {
    const text = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
    expect(text).toContain('](docs/architecture.md)');
    expect(text).toContain('](docs/domain.md)');
  });
});
