import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { type MasterKeyConfig, MASTER_KEY_BYTES, masterKeyOf } from '../../config/master-key-config.js';
import { deriveMasterKeys, type MasterKeys } from './envelope.js';
import { Keyring } from './keyring.js';
import { PersonalDataCodec } from './personal-data-codec.js';
import { PERSONAL_FIELD_CATALOGUE } from './personal-field-catalogue.js';

/**
 * The master key as configured, or (outside production, with none given) the one kept in the data folder: read
 * when there, made once when not — by whichever process comes first, the others reading what it wrote.
 */
export async function masterKeys(config: MasterKeyConfig): Promise<MasterKeys> {
  if (config.kind === 'given') return deriveMasterKeys(config.key);
  await fs.mkdir(path.dirname(config.file), { recursive: true });
  try {
    await fs.writeFile(config.file, randomBytes(MASTER_KEY_BYTES).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (let attempt = 0; ; attempt++) {
    const text = (await fs.readFile(config.file, 'utf8')).trim();
    // Another process's write may be under way: its file is there and still empty for a moment.
    if (text || attempt === 50) return deriveMasterKeys(masterKeyOf(text, config.file));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The keyring and the codec of personal data over `pool`'s keys, as a command-line process opens them. */
export async function personalDataCodec(config: MasterKeyConfig, pool: pg.Pool): Promise<PersonalDataCodec> {
  return new PersonalDataCodec(new Keyring(pool, await masterKeys(config)), PERSONAL_FIELD_CATALOGUE);
}
