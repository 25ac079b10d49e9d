import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BlobStore, StoredBlob } from './blob-store.js';

const FLAT_FILE = /^([0-9a-f]{64})\.[a-z]+$/;

/**
 * Objects as files under a folder (the data folder), a key's slashes its subfolders. Written to a temporary name and
 * renamed, so a reader never sees half a file.
 */
export class DiskBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  async putIfAbsent(key: string, bytes: Buffer): Promise<boolean> {
    if (await this.exists(key)) return false;
    const file = this.fileOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await fs.writeFile(temporary, bytes, { mode: 0o640 });
    await fs.rename(temporary, file);
    return true;
  }

  async get(key: string): Promise<StoredBlob | undefined> {
    const file = this.fileOf(key);
    const stat = await fs.stat(file).catch(() => undefined);
    return stat?.isFile() ? { size: stat.size, body: createReadStream(file) } : undefined;
  }

  async exists(key: string): Promise<boolean> {
    return (await fs.stat(this.fileOf(key)).catch(() => undefined))?.isFile() ?? false;
  }

  async withLocalFile<T>(key: string, work: (file: string) => Promise<T>): Promise<T | undefined> {
    return (await this.exists(key)) ? work(this.fileOf(key)) : undefined;
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.fileOf(key), { force: true });
  }

  /**
   * Moves the files an earlier version kept flat in the collection's folder (`<sha256>.<extension>`) to their keys
   * (`<collection>/ab/<sha256>`); the number moved. Run once at start-up; a file already at its key is left as it is.
   */
  async adoptFlatFiles(collection: string, keyOf: (sha256: string) => string): Promise<number> {
    const folder = path.join(this.root, collection);
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    let moved = 0;
    for (const name of names) {
      const sha256 = FLAT_FILE.exec(name)?.[1];
      if (!sha256) continue;
      const target = this.fileOf(keyOf(sha256));
      await fs.mkdir(path.dirname(target), { recursive: true });
      if (await this.exists(keyOf(sha256))) await fs.rm(path.join(folder, name));
      else await fs.rename(path.join(folder, name), target);
      moved += 1;
    }
    return moved;
  }

  private fileOf(key: string): string {
    if (key.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new Error(`not a store key: ${key}`);
    return path.join(this.root, ...key.split('/'));
  }
}
