import type pg from 'pg';
import { inTransaction } from '../database/transaction.js';
import type { Area } from '../identity/scope/area-scope.js';
import { decodeCursor, encodeCursor, type Page, pageOf } from '../shared/page.js';
import { type AuthorityTerms, decideTerms, termsInForceOn, type TermsForm } from './authority-terms.decider.js';
import { type AuthorityKind, decideEdit, type LocalAuthority } from './local-authority.decider.js';
import { authorityExists, authorityNotFound, billerCodeTaken, paoExists } from './local-authority-errors.js';
import { type TermsRow, TERMS_COLUMNS, termsOf, termsValues } from './authority-terms.rows.js';

/** Who makes a change: the actor (`account:<id>`) and the office it acted for, kept beside the change. */
export interface ChangedBy { actor: string; office: string }

interface AuthorityRow {
  code: string; name_th: string; kind: AuthorityKind; municipality_class: LocalAuthority['municipalityClass'];
  province_code: string; district_code: string | null; biller_code: string;
}

const COLUMNS = 'code, name_th, kind, municipality_class, province_code, district_code, biller_code';
/** An area's authorities: those of its province, and of its district with the province's PAO beside them. */
const IN_AREA = '($1::text IS NULL OR province_code = $1) AND ($2::text IS NULL OR district_code = $2 OR district_code IS NULL)'
  + ' AND ($3::text IS NULL OR kind = $3)';
const isCodeKey = (value: unknown): value is [string] => Array.isArray(value) && value.length === 1 && typeof value[0] === 'string';

/** The local administrative organisations and their terms, in PostgreSQL; each change kept with who made it. */
export class LocalAuthoritiesStore {
  constructor(private readonly pool: pg.Pool) {}

  async register(authority: LocalAuthority, by: ChangedBy): Promise<LocalAuthority> {
    return inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO local_authorities (${COLUMNS}, registered_by, registered_by_office) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [...valuesOf(authority), by.actor, by.office],
      ).catch((error: unknown) => this.refuseTaken(error, authority));
      await this.recordChange(client, authority.code, null, authority, by);
      return authority;
    });
  }

  /** Corrects an authority, decided (decideEdit) against the row as it stands, locked, and whether it has terms. */
  async edit(corrected: LocalAuthority, by: ChangedBy): Promise<LocalAuthority> {
    return inTransaction(this.pool, async (client) => {
      const before = await this.locked(client, corrected.code);
      const { rows } = await client.query<{ has: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM local_authority_terms WHERE authority_code = $1) AS has', [before.code]);
      const authority = decideEdit(before, corrected, rows[0].has);
      await client.query(
        `UPDATE local_authorities SET name_th = $2, kind = $3, municipality_class = $4, province_code = $5, district_code = $6,
           biller_code = $7, changed_at = now(), changed_by = $8, changed_by_office = $9 WHERE code = $1`,
        [...valuesOf(authority), by.actor, by.office],
      ).catch((error: unknown) => this.refuseTaken(error, authority));
      await this.recordChange(client, authority.code, before, authority, by);
      return authority;
    });
  }

  async find(code: string): Promise<LocalAuthority | undefined> {
    const { rows } = await this.pool.query<AuthorityRow>(`SELECT ${COLUMNS} FROM local_authorities WHERE code = $1`, [code]);
    return rows[0] && authorityOf(rows[0]);
  }

  /** The authorities of a province that issue permits (every kind but its PAO), or of one district of it, by code. */
  async issuersOfProvince(provinceCode: string, districtCode: string | null): Promise<{ code: string; nameTh: string }[]> {
    const { rows } = await this.pool.query<{ code: string; nameTh: string }>(
      `SELECT code, name_th AS "nameTh" FROM local_authorities WHERE province_code = $1 AND kind <> 'PAO'
         AND ($2::text IS NULL OR district_code = $2) ORDER BY code`, [provinceCode, districtCode]);
    return rows;
  }

  /** The authorities of these codes in one query, by code; an unknown code is left out. */
  async findMany(codes: readonly string[]): Promise<Map<string, LocalAuthority>> {
    const { rows } = await this.pool.query<AuthorityRow>(`SELECT ${COLUMNS} FROM local_authorities WHERE code = ANY($1::text[])`, [[...new Set(codes)]]);
    return new Map(rows.map((row) => [row.code, authorityOf(row)]));
  }

  /** A page of an area's authorities by code; `totalCount` counts every one the filter selects. */
  async list(area: Area, kind: AuthorityKind | null, first: number, after?: string | null): Promise<Page<LocalAuthority> & { totalCount: () => Promise<number> }> {
    const from = after ? decodeCursor(after, isCodeKey)[0] : '';
    const filter = [area.province, area.district, kind];
    const { rows } = await this.pool.query<AuthorityRow>(
      `SELECT ${COLUMNS} FROM local_authorities WHERE ${IN_AREA} AND code > $4 ORDER BY code LIMIT $5`, [...filter, from, first + 1]);
    const totalCount = async () =>
      Number((await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM local_authorities WHERE ${IN_AREA}`, filter)).rows[0].n);
    return { ...pageOf(rows.map(authorityOf), first, (a) => encodeCursor([a.code]), after), totalCount };
  }

  /** Enacts a new version of the terms, decided against the latest version while the authority's row is locked. */
  async enact(code: string, form: TermsForm, by: ChangedBy): Promise<AuthorityTerms> {
    return inTransaction(this.pool, async (client) => {
      const authority = await this.locked(client, code);
      const { rows } = await client.query<{ latest: string | null }>(
        `SELECT to_char(max(effective_from), 'YYYY-MM-DD') AS latest FROM local_authority_terms WHERE authority_code = $1`, [authority.code]);
      const terms = decideTerms(authority, form, rows[0].latest);
      await client.query(
        `INSERT INTO local_authority_terms (${TERMS_COLUMNS.insert}, enacted_by, enacted_by_office)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [...termsValues(terms), by.actor, by.office],
      );
      return terms;
    });
  }

  /** The terms in force on a day (termsInForceOn over the versions: an authority has few), if any had taken effect by then. */
  async termsOn(code: string, day: string): Promise<AuthorityTerms | undefined> {
    return termsInForceOn(await this.history(code), day);
  }

  /** Every version, the latest first. */
  async history(code: string): Promise<AuthorityTerms[]> {
    const { rows } = await this.pool.query<TermsRow>(
      `SELECT ${TERMS_COLUMNS.select} FROM local_authority_terms WHERE authority_code = $1 ORDER BY effective_from DESC`, [code]);
    return rows.map(termsOf);
  }

  private async locked(client: pg.PoolClient, code: string): Promise<LocalAuthority> {
    const { rows } = await client.query<AuthorityRow>(`SELECT ${COLUMNS} FROM local_authorities WHERE code = $1 FOR UPDATE`, [code]);
    if (!rows[0]) throw authorityNotFound(code, 'code');
    return authorityOf(rows[0]);
  }

  private async recordChange(client: pg.PoolClient, code: string, before: LocalAuthority | null, after: LocalAuthority, by: ChangedBy) {
    await client.query(
      'INSERT INTO local_authority_changes (code, changed_by, changed_by_office, before, after) VALUES ($1, $2, $3, $4, $5)',
      [code, by.actor, by.office, before && JSON.stringify(before), JSON.stringify(after)]);
  }

  /** A unique index's refusal as the typed error it stands for, naming the holder. */
  private async refuseTaken(error: unknown, authority: LocalAuthority): Promise<never> {
    const constraint = (error as { code?: string; constraint?: string }).code === '23505' ? (error as { constraint?: string }).constraint : undefined;
    if (constraint === 'local_authorities_pkey') throw authorityExists(authority.code, 'code');
    if (constraint === 'local_authorities_biller_code_key') {
      throw billerCodeTaken(authority.billerCode, await this.holder('biller_code = $1', authority.billerCode), 'billerCode');
    }
    if (constraint === 'local_authorities_one_pao') {
      throw paoExists(authority.provinceCode, await this.holder("kind = 'PAO' AND province_code = $1", authority.provinceCode), 'provinceCode');
    }
    throw error;
  }

  private async holder(where: string, value: string): Promise<string> {
    return (await this.pool.query<{ code: string }>(`SELECT code FROM local_authorities WHERE ${where}`, [value])).rows[0]?.code ?? '';
  }
}

const valuesOf = (a: LocalAuthority) => [a.code, a.nameTh, a.kind, a.municipalityClass, a.provinceCode, a.districtCode, a.billerCode];

function authorityOf(row: AuthorityRow): LocalAuthority {
  return {
    code: row.code, nameTh: row.name_th, kind: row.kind, municipalityClass: row.municipality_class,
    provinceCode: row.province_code, districtCode: row.district_code, billerCode: row.biller_code,
  };
}
