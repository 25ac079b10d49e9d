import fs from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The built UI the service serves (scripts/build-admin.mjs). */
const DIST = path.resolve(import.meta.dirname, '../../admin/dist');

export interface BundleSizes {
  /** The scripts index.html loads before the first page can run: its module entry and the modulepreload links. */
  firstPage: { files: string[]; kb: number };
  /** Every JavaScript chunk of the build, the lazily loaded pages included. */
  allChunks: { files: number; kb: number };
  /** The stylesheets index.html links. */
  firstPageCssKb: number;
}

const gzipKb = async (file: string) => gzipSync(await fs.readFile(file)).length / 1024;
const sumKb = async (files: string[]) => (await Promise.all(files.map(gzipKb))).reduce((a, b) => a + b, 0);

/** `attribute` of each `tag` element of the page whose attributes include `having`, e.g. the src of module scripts. */
function attributes(html: string, tag: string, having: RegExp, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map(([element]) => element)
    .filter((element) => having.test(element))
    .map((element) => new RegExp(`\\b${attribute}="([^"]+)"`).exec(element)?.[1])
    .filter((value): value is string => value !== undefined);
}

/** Sizes gzipped by node:zlib at its default level, in KB (1,024 bytes). */
export async function bundleSizes(): Promise<BundleSizes> {
  const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
  const local = (url: string) => path.join(DIST, url.replace(/^\//, ''));
  const scripts = [...new Set([
    ...attributes(html, 'script', /\btype="module"/, 'src'),
    ...attributes(html, 'link', /\brel="modulepreload"/, 'href'),
  ])];
  if (!scripts.length) throw new Error(`no module script in ${path.join(DIST, 'index.html')}`);
  const stylesheets = attributes(html, 'link', /\brel="stylesheet"/, 'href');
  const chunks = (await fs.readdir(path.join(DIST, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => path.join(DIST, 'assets', f));
  return {
    firstPage: { files: scripts, kb: await sumKb(scripts.map(local)) },
    allChunks: { files: chunks.length, kb: await sumKb(chunks) },
    firstPageCssKb: await sumKb(stylesheets.map(local)),
  };
}
