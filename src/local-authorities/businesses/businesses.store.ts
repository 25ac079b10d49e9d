import type pg from 'pg';
import { inTransaction } from '../../database/transaction.js';
import type { Keyring } from '../../personal-data/keys/keyring.js';
import { decodeCursor, encodeCursor, type Page, pageOf } from '../../shared/page.js';
import type { ChangedBy } from '../local-authorities.store.js';
import { type Business, businessErrors, type NewBusiness } from './business.decider.js';
import { openOwners, ownerKeyOf, type SealedOwner, sealOwner } from './business-owner-seal.js';

interface BusinessRow {
  business_no: number; authority_code: string; name_th: string; kinds: Business['kinds']; address_line: string;
  subdistrict_code: string; district_code: string; province_code: string; owner_kind: Business['ownerKind']; owner_id: string | null; owner_name: string | null;
  owner_sealed: SealedOwner | null;
}

const COLUMNS = 'business_no, authority_code, name_th, kinds, address_line, subdistrict_code, district_code, province_code, owner_kind, owner_id, owner_name, owner_sealed';
const isNoKey = (value: unknown): value is [number] => Array.isArray(value) && value.length === 1 && typeof value[0] === 'number';

/**
 * The registered businesses (local_businesses), each kept with who registered it; a natural-person owner's citizen id
 * and name sealed under their key, found by its blind index (business-owner-seal.ts).
 */
export class BusinessesStore {
  constructor(private readonly pool: pg.Pool, private readonly keyring: Keyring) {}

  /**
   * Registers a business at `at` (the service's clock: the reports count a business from then on); an owner with a
   * business of one of its kinds at the authority already is refused, naming it.
   */
  async register(business: NewBusiness, by: ChangedBy, at: Date): Promise<Business> {
    return inTransaction(this.pool, async (client) => {
      const { rows: [{ business_no: businessNo }] } = await client.query<{ business_no: number }>(
        `SELECT nextval(pg_get_serial_sequence('local_businesses', 'business_no'))::int AS business_no`);
      const seal = business.ownerKind === 'CITIZEN' ? await sealOwner(this.keyring, client, businessNo, business.ownerId, business.ownerName) : null;
      await client.query(
        `INSERT INTO local_businesses (business_no, authority_code, name_th, kinds, address_line, subdistrict_code, district_code, province_code,
           owner_kind, owner_id, owner_name, owner_index, owner_sealed, registered_by, registered_by_office, registered_at)
         OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [businessNo, business.authorityCode, business.nameTh, business.kinds, business.addressLine, business.subdistrictCode, business.districtCode,
          business.provinceCode, business.ownerKind, seal ? null : business.ownerId, seal ? null : business.ownerName, seal?.index ?? null,
          seal ? JSON.stringify(seal.sealed) : null, by.actor, by.office, at]);
      for (const kind of business.kinds) {
        const { rows } = await client.query<{ business_no: number }>(
          `INSERT INTO local_business_kinds (authority_code, owner_id, kind, business_no) VALUES ($1, $2, $3, $4)
           ON CONFLICT (authority_code, owner_id, kind) DO UPDATE SET kind = local_business_kinds.kind
           RETURNING business_no`, [business.authorityCode, ownerKeyOf(seal, business.ownerId), kind, businessNo]);
        if (rows[0].business_no !== businessNo) throw businessErrors.kindTaken(kind, rows[0].business_no);
      }
      return { ...business, businessNo };
    });
  }

  async find(businessNo: number): Promise<Business | undefined> {
    const { rows } = await this.pool.query<BusinessRow>(`SELECT ${COLUMNS} FROM local_businesses WHERE business_no = $1`, [businessNo]);
    return (await this.businessesOf(rows))[0];
  }

  /**
   * The businesses a citizen may file for: those they own as a natural person (owner_kind CITIZEN: by the blind index
   * of their citizen id, or by the citizen id of a row registered before sealing), and those of a
   * juristic person that authorised them (an active row of business_authorised_filers, its role given), by number.
   */
  async filableByCitizen(citizenId: string): Promise<(Business & { authorisedRole: string | null })[]> {
    const { rows } = await this.pool.query<BusinessRow & { authorised_role: string | null }>(
      `WITH theirs AS (
         SELECT business_no FROM local_businesses WHERE owner_kind = 'CITIZEN' AND (owner_id = $1 OR owner_index = $2)
         UNION SELECT business_no FROM business_authorised_filers WHERE citizen_id = $1 AND revoked_at IS NULL)
       SELECT ${COLUMNS.split(', ').map((c) => `b.${c}`).join(', ')}, f.role AS authorised_role
       FROM theirs JOIN local_businesses b USING (business_no)
       LEFT JOIN LATERAL (SELECT role FROM business_authorised_filers f WHERE f.business_no = b.business_no AND f.citizen_id = $1
         AND f.revoked_at IS NULL ORDER BY f.filer_no DESC LIMIT 1) f ON b.owner_kind = 'JURISTIC'
       ORDER BY b.business_no`, [citizenId, this.keyring.subjectIndex(citizenId)]);
    const businesses = await this.businessesOf(rows);
    return rows.map((row, i) => ({ ...businesses[i], authorisedRole: row.authorised_role }));
  }

  /** A page of an authority's businesses by number, those located in `district` only when one is given. */
  async list(authorityCode: string, district: string | null, first: number, after?: string | null): Promise<Page<Business> & { totalCount: () => Promise<number> }> {
    const from = after ? decodeCursor(after, isNoKey)[0] : 0;
    const where = 'authority_code = $1 AND ($2::text IS NULL OR district_code = $2)';
    const { rows } = await this.pool.query<BusinessRow>(
      `SELECT ${COLUMNS} FROM local_businesses WHERE ${where} AND business_no > $3 ORDER BY business_no LIMIT $4`, [authorityCode, district, from, first + 1]);
    const totalCount = async () =>
      Number((await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM local_businesses WHERE ${where}`, [authorityCode, district])).rows[0].n);
    return { ...pageOf(await this.businessesOf(rows), first, (b) => encodeCursor([b.businessNo]), after), totalCount };
  }

  /** The rows as businesses, their sealed owners opened (the marker once erased). */
  private async businessesOf(rows: readonly BusinessRow[]): Promise<Business[]> {
    const sealed = rows.flatMap((row) => (row.owner_sealed ? [{ businessNo: row.business_no, sealed: row.owner_sealed }] : []));
    const owners = await openOwners(this.keyring, sealed);
    return rows.map((row) => {
      const [ownerId, ownerName] = owners.get(row.business_no) ?? [row.owner_id!, row.owner_name!];
      return {
        businessNo: row.business_no, authorityCode: row.authority_code, nameTh: row.name_th, kinds: row.kinds, addressLine: row.address_line,
        subdistrictCode: row.subdistrict_code, districtCode: row.district_code, provinceCode: row.province_code, ownerKind: row.owner_kind, ownerId, ownerName,
      };
    });
  }
}
