import type pg from 'pg';
import { generateTrackingCode } from './tracking-code.js';

const ATTEMPTS = 5;

/**
 * A new tracking code that no complaint in the complaint list has. Codes are random (50 bits), so a clash
 * is about one in 10⁹ at national volume; on one, another code is drawn. The list's unique index on the
 * code keeps any clash the read model had not yet seen from passing unnoticed.
 */
export async function issueTrackingCode(pool: pg.Pool, generate: () => string = generateTrackingCode): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const code = generate();
    const { rowCount } = await pool.query('SELECT 1 FROM complaint_list WHERE tracking_code = $1', [code]);
    if (rowCount === 0) return code;
    if (attempt >= ATTEMPTS) throw new Error(`no free tracking code after ${ATTEMPTS} attempts`);
  }
}
