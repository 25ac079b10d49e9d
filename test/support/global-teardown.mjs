import fs from 'node:fs/promises';

export default async function globalTeardown() {
  const held = globalThis.__damrongTestServer;
  if (!held) return;
  await held.server.stop();
  await fs.rm(held.dataDir, { recursive: true, force: true });
}
