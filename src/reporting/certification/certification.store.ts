import type pg from 'pg';
import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { DailyCertification } from './daily-certification.decider.js';

type Db = Pick<pg.Pool, 'query'>;

const COLUMNS = `to_char(report_day, 'YYYY-MM-DD') AS day, district_code, province_code, certified_at, command_id, signatories`;

const toCertification = (row: any): DailyCertification => ({
  day: row.day, districtCode: row.district_code, provinceCode: row.province_code,
  certifiedAt: row.certified_at.toISOString(), commandId: row.command_id, ...row.signatories,
});

/** The certifications of frozen daily reports (migrations/0310): one per day and district, written once. */
export class CertificationStore {
  constructor(private readonly db: Db) {}

  async isFrozen(day: CalendarDay): Promise<boolean> {
    const { rows } = await this.db.query('SELECT 1 FROM daily_mediation_reports WHERE report_day = $1', [day]);
    return rows.length > 0;
  }

  async find(day: CalendarDay, districtCode: string): Promise<DailyCertification | null> {
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS} FROM daily_report_certifications WHERE report_day = $1 AND district_code = $2`, [day, districtCode]);
    return rows[0] ? toCertification(rows[0]) : null;
  }

  /** What the account certified under this command id, if anything (one per account and id). */
  async ofCommand(accountId: string, commandId: string): Promise<DailyCertification | null> {
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS} FROM daily_report_certifications WHERE certified_by = $1 AND command_id = $2`, [accountId, commandId]);
    return rows[0] ? toCertification(rows[0]) : null;
  }

  /** The certifications of a province's districts (in a request, those of the reader's area). */
  async ofProvince(day: CalendarDay, provinceCode: string): Promise<DailyCertification[]> {
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS} FROM daily_report_certifications WHERE report_day = $1 AND province_code = $2 ORDER BY district_code`,
      [day, provinceCode]);
    return rows.map(toCertification);
  }

  /** Records it unless the district's report of the day is certified already, or the account's command id taken; true when this call recorded it. */
  async insert(c: DailyCertification): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `INSERT INTO daily_report_certifications (report_day, district_code, province_code, certified_by, certified_at, command_id, signatories)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [c.day, c.districtCode, c.provinceCode, c.certifier.accountId, c.certifiedAt, c.commandId,
        JSON.stringify({ certifier: c.certifier, reporters: c.reporters, chief: c.chief })],
    );
    return rowCount === 1;
  }
}
