import path from 'node:path';
import { ConfigError, readSecret } from './config.js';

/**
 * The master key of personal data (README, "Personal data: sealed fields and erasure"): 32 bytes that wrap every data
 * subject's key and key the blind index of citizen ids. PERSONAL_DATA_MASTER_KEY gives it in base64 (or 64 hex
 * digits), PERSONAL_DATA_MASTER_KEY_FILE a file holding that text (a Docker or Kubernetes secret). Outside production,
 * with neither, the service makes one once in `<DATA_DIR>/personal-data-master.key` (0600); production refuses to
 * start without one, since a key kept beside the data it protects is copied with it into every backup.
 */
export type MasterKeyConfig = { kind: 'given'; key: Buffer } | { kind: 'generated'; file: string };

export const MASTER_KEY_BYTES = 32;

export function loadMasterKeyConfig(env: NodeJS.ProcessEnv, production: boolean, dataDir: string): MasterKeyConfig {
  const inline = env.PERSONAL_DATA_MASTER_KEY?.trim();
  const file = env.PERSONAL_DATA_MASTER_KEY_FILE?.trim();
  if (inline && file) throw new ConfigError('PERSONAL_DATA_MASTER_KEY_FILE', 'PERSONAL_DATA_MASTER_KEY is set too: give the key in one place');
  if (inline) return { kind: 'given', key: masterKeyOf(inline, 'PERSONAL_DATA_MASTER_KEY') };
  if (file) return { kind: 'given', key: masterKeyOf(readSecret(file, 'PERSONAL_DATA_MASTER_KEY_FILE').trim(), 'PERSONAL_DATA_MASTER_KEY_FILE') };
  if (production) {
    throw new ConfigError('PERSONAL_DATA_MASTER_KEY', 'is unset: production needs the master key of personal data (32 bytes in base64, or PERSONAL_DATA_MASTER_KEY_FILE)');
  }
  return { kind: 'generated', file: path.join(dataDir, 'personal-data-master.key') };
}

/** 32 bytes from 64 hex digits or base64 (standard or URL-safe); anything else is refused without echoing it. */
export function masterKeyOf(text: string, variable: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex')
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : undefined;
  if (key?.length !== MASTER_KEY_BYTES) throw new ConfigError(variable, `is not ${MASTER_KEY_BYTES} bytes in base64 or hex`);
  return key;
}
