import type pg from 'pg';
import { open, seal } from '../../personal-data/keys/envelope.js';
import type { Keyring } from '../../personal-data/keys/keyring.js';
import { ERASED_MARKER } from '../../personal-data/keys/personal-data-shredder.js';

/**
 * A natural-person owner of a business as local_businesses keeps them (migration 1088, issue 17): their citizen id and
 * name sealed under their key of the stream `local-business-<no>` (PRINCIPAL), the box bound to that stream, and the
 * blind index of their citizen id to find their businesses by. Destroying the key (their erasure) leaves the marker.
 */
export const businessOwnerStreamId = (businessNo: number) => `local-business-${businessNo}`;

/** The key id and the box (base64) of [citizen id, name]. */
export interface SealedOwner {
  k: string;
  c: string;
}

export interface OwnerSeal {
  index: Buffer;
  sealed: SealedOwner;
}

/** Seals the owner of business `businessNo`, their key made in the caller's transaction. */
export async function sealOwner(keyring: Keyring, tx: pg.ClientBase, businessNo: number, citizenId: string, name: string): Promise<OwnerSeal> {
  const streamId = businessOwnerStreamId(businessNo);
  const want = { citizenId, role: 'PRINCIPAL' as const };
  const { keyId, key } = (await keyring.keysFor([{ streamId, want }], tx)).get(keyring.refOf(streamId, want))!;
  const box = seal(key, streamId, Buffer.from(JSON.stringify([citizenId, name]), 'utf8'));
  return { index: keyring.subjectIndex(citizenId), sealed: { k: keyId, c: box.toString('base64') } };
}

/** The owners of these sealed rows by business number: their citizen id and name, or the marker in both once erased. */
export async function openOwners(keyring: Keyring, rows: readonly { businessNo: number; sealed: SealedOwner }[]): Promise<Map<number, [string, string]>> {
  const keys = rows.length === 0 ? new Map() : await keyring.open(rows.map((row) => row.sealed.k));
  return new Map(rows.map(({ businessNo, sealed }) => {
    const key = keys.get(sealed.k);
    if (!key) return [businessNo, [ERASED_MARKER, ERASED_MARKER]];
    return [businessNo, JSON.parse(open(key, businessOwnerStreamId(businessNo), Buffer.from(sealed.c, 'base64')).toString('utf8')) as [string, string]];
  }));
}

/** The owner's part of the one-business-of-a-kind rule (local_business_kinds): a sealed owner's blind index, in hex. */
export const ownerKeyOf = (seal: OwnerSeal | null, ownerId: string) => (seal ? seal.index.toString('hex') : ownerId);
