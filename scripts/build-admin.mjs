// Builds the admin UI (admin/ → admin/dist) with Vite. `--if-stale`: only when a source (admin/src, index.html,
// the Vite config, schema.graphql, package-lock.json) is newer than the last build; `npm start` and the tests build so.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const admin = path.join(root, 'admin');

function newest(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

/** Whether admin/dist is older than a source of the UI (or missing). */
export function adminBuildIsStale() {
  const built = fs.statSync(path.join(admin, 'dist', 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = ['admin/src', 'admin/index.html', 'admin/vite.config.ts', 'schema.graphql', 'package-lock.json'];
  return built === 0 || Math.max(...sources.map((source) => newest(path.join(root, source)))) >= built;
}

/** Builds the UI (when stale, with `ifStale`); false when Vite is not installed (a production install). */
export async function buildAdmin({ ifStale = false } = {}) {
  if (ifStale && !adminBuildIsStale()) return true;
  let vite;
  try {
    vite = await import('vite');
  } catch {
    console.error('admin UI: Vite is not installed (a production install): the UI is built with the development dependencies');
    return false;
  }
  const started = Date.now();
  await vite.build({ configFile: path.join(admin, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`admin UI built in ${((Date.now() - started) / 1000).toFixed(1)} s: admin/dist`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  const built = await buildAdmin({ ifStale });
  process.exitCode = built || ifStale ? 0 : 1;
}
