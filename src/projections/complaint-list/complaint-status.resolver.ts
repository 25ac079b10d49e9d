import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { bangkokDay } from '../../calendar/calendar-day.js';
import type { ComplaintStatus } from '../../cases/complaint/complaint.events.js';
import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { PG_POOL } from '../../database/database.module.js';
import { centreNameTh } from '../../geography/centre-name.js';
import { Public } from '../../identity/sessions/staff-access.decorators.js';
import { DomainError } from '../../shared/domain-error.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { ComplaintPublicStatus, type PublicDate } from './complaint-status.types.js';

const STATUS_TH: Readonly<Record<ComplaintStatus, string>> = {
  RECEIVED: 'รับเรื่องแล้ว',
  ASSIGNED: 'มอบหมายผู้รับผิดชอบแล้ว',
  IN_PROGRESS: 'อยู่ระหว่างดำเนินการ',
  RESOLVED: 'แก้ไขปัญหาแล้ว',
  CLOSED: 'ยุติเรื่องแล้ว',
};

/**
 * The code as typed brought to canonical form, as parseTrackingCode in the complaint slice does it: Thai
 * digits, lower case, separators, and I/L/O/U read as 1/1/0/V. Anything malformed then simply matches nothing.
 */
function canonicalCode(input: string): string {
  return toArabicDigits(String(input ?? '').normalize('NFKC'))
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—−_.]/g, '')
    .replace(/[IL]/g, '1').replace(/O/g, '0').replace(/U/g, 'V');
}

const notFound = () => new DomainError(
  'COMPLAINT_STATUS_NOT_FOUND',
  'ไม่พบเรื่องตามรหัสติดตามเรื่องนี้ กรุณาตรวจสอบรหัสอีกครั้ง',
  'No complaint has this tracking code; check the code',
  'trackingCode',
);

const publicDate = (instant: Date): PublicDate => ({ th: formatThaiDate(instant), iso: bangkokDay(instant) });

/**
 * The public follow-up of a complaint, without sign-in: through complaint_public_status(), which hands the
 * public request role the six public columns of one complaint and nothing else of the list.
 */
@Public()
@Resolver(() => ComplaintPublicStatus)
export class ComplaintStatusResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => ComplaintPublicStatus, {
    nullable: true,
    description: 'ติดตามเรื่อง: the status of a complaint by its tracking code; an unknown or mistyped code is COMPLAINT_STATUS_NOT_FOUND',
  })
  async complaintStatus(@Args('trackingCode') trackingCode: string): Promise<ComplaintPublicStatus> {
    const code = canonicalCode(trackingCode);
    if (!/^[0-9A-Z]{11}$/.test(code)) throw notFound();
    const { rows } = await this.pool.query<{
      status: ComplaintStatus; owning_level: string; owning_code: string; received_at: Date; updated_at: Date; closed_at: Date | null;
    }>(
      'SELECT status, owning_level, owning_code, received_at, updated_at, closed_at FROM complaint_public_status($1)',
      [code],
    );
    const row = rows[0];
    if (!row) throw notFound();
    return {
      status: row.status,
      statusTh: STATUS_TH[row.status],
      receivedOn: publicDate(row.received_at),
      updatedOn: publicDate(row.updated_at),
      closedOn: row.closed_at && publicDate(row.closed_at),
      handledBy: centreNameTh(row.owning_level, row.owning_code),
    };
  }
}
