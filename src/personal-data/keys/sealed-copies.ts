import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type pg from 'pg';
import type { BlobStore, StoredBlob } from '../../storage/blob-store.js';
import { open, seal } from './envelope.js';
import type { Keyring } from './keyring.js';

/**
 * A case's files kept sealed in the BlobStore under the case's CASE key (a complaint's scanned letters, a news post's
 * photos), each copy bound to its case and file (`associated`): a copy moved to another case or file does not open,
 * and destroying the key makes every copy noise, on disk, in the bucket and in their backups.
 *
 * A copy is a line naming the key it is sealed under (`damrong-sealed:<key id>`), then the box (nonce, ciphertext,
 * tag). The key id is no personal data.
 */
export interface SealedCopy {
  /** Where the copy is in the BlobStore. */
  blobKey: string;
  /** The case's stream, whose CASE key seals it. */
  streamId: string;
  /** What the copy is bound to, e.g. `complaint-document:<complaint>/<document>`. */
  associated: string;
}

/** A file's bytes as the store has them: to read, erased with its case's key (PDPA), or not there. */
export type OpenedCopy = { state: 'STORED'; blob: StoredBlob } | { state: 'ERASED' } | { state: 'MISSING' };

const HEADER = 'damrong-sealed:';

function parse(copy: Buffer, of: SealedCopy): { keyId: string; box: Buffer } {
  const end = copy.indexOf(0x0a);
  const line = copy.subarray(0, end).toString('latin1');
  if (end < 0 || end > 100 || !line.startsWith(HEADER)) throw new Error(`${of.blobKey} is not a sealed copy`);
  return { keyId: line.slice(HEADER.length), box: copy.subarray(end + 1) };
}

export class SealedCopies {
  constructor(private readonly blobs: BlobStore, private readonly keyring: Keyring, private readonly pool: pg.Pool) {}

  /** The key id the copy there names, or undefined when there is no copy. */
  async keyOfCopy(of: SealedCopy): Promise<string | undefined> {
    const stored = await this.blobs.get(of.blobKey);
    return stored && parse(await buffer(stored.body), of).keyId;
  }

  /** Writes `plain` sealed under the case's CASE key (made if it has none yet) unless a copy is there: the key's id, and whether it wrote. */
  async seal(of: SealedCopy, plain: Buffer): Promise<{ keyId: string; wrote: boolean }> {
    const want = { streamId: of.streamId, want: { citizenId: null, role: 'CASE' } as const };
    const keys = await this.keyring.keysFor([want]);
    const { keyId, key } = keys.get(this.keyring.refOf(want.streamId, want.want))!;
    const copy = Buffer.concat([Buffer.from(`${HEADER}${keyId}\n`, 'latin1'), seal(key, of.associated, plain)]);
    return { keyId, wrote: await this.blobs.putIfAbsent(of.blobKey, copy) };
  }

  /** The copy's plain bytes with the key id it names; ERASED when its key was destroyed. One damaged or moved is an error of the store. */
  async open(of: SealedCopy): Promise<{ keyId: string; plain: Buffer } | 'ERASED' | 'MISSING'> {
    const stored = await this.blobs.get(of.blobKey);
    if (!stored) return 'MISSING';
    const { keyId, box } = parse(await buffer(stored.body), of);
    const key = (await this.keyring.open([keyId])).get(keyId);
    if (!key) return 'ERASED';
    try {
      return { keyId, plain: open(key, of.associated, box) };
    } catch {
      throw new Error(`the sealed copy ${of.blobKey} (${of.associated}) does not open: damaged, or not this case's`);
    }
  }

  /** The copy as a blob to send, or what keeps it from being read. */
  async read(of: SealedCopy): Promise<OpenedCopy> {
    const opened = await this.open(of);
    if (typeof opened === 'string') return { state: opened };
    return { state: 'STORED', blob: { size: opened.plain.length, body: Readable.from([opened.plain]) } };
  }

  /**
   * A file kept plain from before sealing (under `plainKey`): read until a CASE key of its case's stream was
   * destroyed, then answered as erased (its plain bytes may be another case's too, so they are not deleted here).
   */
  async readPlain(streamId: string, plainKey: string): Promise<OpenedCopy> {
    if (await this.caseKeyErased(streamId)) return { state: 'ERASED' };
    const blob = await this.blobs.get(plainKey);
    return blob ? { state: 'STORED', blob } : { state: 'MISSING' };
  }

  /** Whether a CASE key of the stream was destroyed: what erases a file kept plain from before sealing. */
  async caseKeyErased(streamId: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ erased: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM personal_data_erasures WHERE stream_id = $1 AND role = 'CASE') AS erased`, [streamId]);
    return rows[0].erased;
  }
}
