import type pg from 'pg';
import { type CalendarDay, parseCalendarDay } from '../../calendar/calendar-day.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { districtsOf, requireDistrict, requireProvince } from '../../geography/geography.js';
import { coversDistrict } from '../../identity/scope/area-scope.js';
import { officeSignatories } from '../../identity/reporters/reporters.signatories.js';
import { commandIdOf, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { ReportReader } from '../daily/daily-report.view.js';
import type { Clock } from '../../shared/clock.js';
import { CertificationStore } from './certification.store.js';
import { type DailyCertification, decideCertification } from './daily-certification.decider.js';

/** A province's districts in the reader's area, each with its certification of the day or null. */
export interface ProvinceCertifications {
  day: CalendarDay;
  provinceCode: string;
  frozen: boolean;
  districts: { districtCode: string; certification: DailyCertification | null }[];
}

/**
 * Certifying a district's frozen daily report (a command of one of its responsible reporters), and reading
 * which districts of a province have certified. Certifying writes as the reporting slice (`owner`); reading
 * goes through the request's pool, in the reader's area.
 */
export class DailyCertifications {
  constructor(
    private readonly owner: pg.Pool,
    private readonly scoped: pg.Pool,
    private readonly store: Pick<EventStore, 'readStream'>,
    private readonly calendar: HolidayCalendar,
    private readonly clock: Clock,
  ) {}

  async certify(staff: SignedInStaff, date: string, districtCode: string, clientCommandId?: string | null): Promise<DailyCertification> {
    const day = parseCalendarDay(date, 'date');
    const district = requireDistrict(districtCode, 'districtCode');
    const command = {
      day, districtCode: district.code, provinceCode: district.provinceCode, commandId: commandIdOf(clientCommandId),
      by: { accountId: staff.accountId, office: staff.office }, at: this.clock.now().toISOString(),
    };
    const certifications = new CertificationStore(this.owner);
    const { reporters, chief } = await officeSignatories(this.store, this.owner, { kind: 'DISTRICT', code: district.code });
    const frozen = await certifications.isFrozen(day);
    const noReportUntil = frozen || (await this.calendar.isWorkingDay(day)) ? null : await this.calendar.nextWorkingDay(day);
    for (;;) {
      const certification = await certifications.find(day, district.code);
      const sameCommand = await certifications.ofCommand(staff.accountId, command.commandId);
      const decided = decideCertification(command, { frozen, noReportUntil, reporters, chief, certification, sameCommand });
      if (!decided.recorded || (await certifications.insert(decided.certification))) return decided.certification;
    }
  }

  async ofProvince(reader: ReportReader, date: string, provinceCode: string): Promise<ProvinceCertifications> {
    const day = parseCalendarDay(date, 'date');
    const province = requireProvince(provinceCode, 'provinceCode');
    const certifications = new CertificationStore(this.scoped);
    const stored = await certifications.ofProvince(day, province.code);
    return {
      day,
      provinceCode: province.code,
      frozen: await certifications.isFrozen(day),
      districts: districtsOf(province.code).filter((d) => coversDistrict(reader, d.code)).map((d) => ({
        districtCode: d.code, certification: stored.find((c) => c.districtCode === d.code) ?? null,
      })),
    };
  }
}
