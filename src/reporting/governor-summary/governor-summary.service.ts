import type pg from 'pg';
import { bangkokDay, type CalendarDay } from '../../calendar/calendar-day.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import { CaseCommand } from '../../eventstore/case-command.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import type { CommandResult } from '../../eventstore/handle-command.js';
import { districtsOf, requireDistrict, requireProvince } from '../../geography/geography.js';
import { coversDistrict, coversProvince } from '../../identity/scope/area-scope.js';
import { officeSignatories } from '../../identity/reporters/reporters.signatories.js';
import { commandContextFor, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { fold } from '../../shared/decider.js';
import type { ReportReader } from '../daily/daily-report.view.js';
import { parseMonth } from '../reporting-errors.js';
import { governorSummaryErrors } from './governor-summary-errors.js';
import { governorSummaryDecider, type GovernorSummaryState } from './governor-summary.decider.js';
import { governorSummaryDueOn } from './governor-summary.due.js';
import { type GovernorSummaryEvent, type GovernorSummarySent, governorSummaryStreamId } from './governor-summary.events.js';
import { frozenMonthEnd } from './governor-summary.figures.js';
import { type GovernorSummaryView, governorSummaryView } from './governor-summary.view.js';

/** Sends a command to its stream (the CommandBus in the service). */
export type Send = <C, E extends GovernorSummaryEvent, S>(command: CaseCommand<C, E, S>) => Promise<CommandResult<E, S>>;

/** One district of a province and where its summary of the month stands. */
export interface DistrictSending {
  districtCode: string;
  sent: GovernorSummarySent | null;
  /** Not sent, and the due date has passed (Bangkok day). */
  overdue: boolean;
}

export interface ProvinceSendings {
  month: string;
  provinceCode: string;
  dueOn: CalendarDay;
  frozen: boolean;
  districts: DistrictSending[];
}

/**
 * The monthly complaint summary to the governor (seed 004): its figures from the frozen month end, its sending by a
 * district's responsible reporter (one stream per district and month), and which districts of a province sent it.
 * Reads go through `scoped` (the reader's area); sending reads the month end and the signatories as the slice (`owner`).
 */
export class GovernorSummaries {
  constructor(
    private readonly scoped: pg.Pool,
    private readonly owner: pg.Pool,
    private readonly store: Pick<EventStore, 'readStream'>,
    private readonly calendar: HolidayCalendar,
    private readonly clock: Clock,
    private readonly send: Send,
  ) {}

  /** YYYY-MM of what was typed: YYYY-MM or MM/YYYY, CE or Buddhist Era, Thai digits. */
  static month(input: string): string {
    const slashed = /^\s*([0-9๐-๙]{1,2})\/([0-9๐-๙]{4})\s*$/.exec(String(input ?? ''));
    const { year, month } = parseMonth(slashed ? `${slashed[2]}-${slashed[1]}` : input);
    return `${year}-${String(month).padStart(2, '0')}`;
  }

  async dueOn(month: string): Promise<CalendarDay> {
    const year = Number(month.slice(0, 4));
    const holidays = new Set([...(await this.calendar.holidaysIn(year)), ...(await this.calendar.holidaysIn(year + 1))].map((h) => h.date));
    return governorSummaryDueOn(month, holidays);
  }

  /** A district's summary, or with only a province its districts in the reader's area (and the province office's own). */
  async summary(reader: ReportReader, monthInput: string, area: { districtCode?: string | null; provinceCode?: string | null }): Promise<GovernorSummaryView> {
    const month = GovernorSummaries.month(monthInput);
    const district = area.districtCode ? requireDistrict(area.districtCode, 'districtCode') : null;
    const province = requireProvince(district?.provinceCode ?? area.provinceCode ?? '', 'provinceCode');
    if (district && district.provinceCode !== province.code) throw governorSummaryErrors.outOfArea(district.code);
    let districtCodes: string[];
    if (district) {
      if (!coversDistrict(reader, district.code)) throw governorSummaryErrors.outOfArea(district.code);
      districtCodes = [district.code];
    } else {
      districtCodes = districtsOf(province.code).map((d) => d.code).filter((code) => coversDistrict(reader, code));
      if (districtCodes.length === 0) throw governorSummaryErrors.outOfArea(province.code, 'provinceCode');
    }
    const monthEnd = await frozenMonthEnd(this.scoped, `${month}-01`, { provinceCode: province.code, districtCode: district?.code ?? null });
    return governorSummaryView({
      month, provinceCode: province.code, districtCode: district?.code ?? null, districtCodes,
      withProvinceOffice: !district && coversProvince(reader, province.code), monthEnd, dueOn: await this.dueOn(month),
    });
  }

  /** The district's sending of the month, or null. */
  async sent(districtCode: string, month: string): Promise<GovernorSummarySent | null> {
    const events = await this.store.readStream(governorSummaryStreamId(districtCode, month));
    return fold(governorSummaryDecider, events.map((e) => ({ type: e.type, data: e.data }) as GovernorSummaryEvent));
  }

  /** รับรองและส่ง: one of the district's responsible reporters certifies the summary and sends it to the governor. */
  async certifyAndSend(staff: SignedInStaff, monthInput: string, districtCode: string, commandId?: string | null): Promise<GovernorSummarySent> {
    const month = GovernorSummaries.month(monthInput);
    const district = requireDistrict(districtCode, 'districtCode');
    const { reporters, chief } = await officeSignatories(this.store, this.owner, { kind: 'DISTRICT', code: district.code });
    const frozen = await frozenMonthEnd(this.owner, `${month}-01`, { provinceCode: district.provinceCode, districtCode: district.code });
    const command = {
      type: 'SendGovernorSummary' as const, month, districtCode: district.code, provinceCode: district.provinceCode,
      by: { accountId: staff.accountId, office: staff.office }, at: this.clock.now().toISOString(), reporters, chief,
      dueOn: await this.dueOn(month), monthEnd: frozen && { sha256: frozen.sha256 },
    };
    const context = commandContextFor(staff, commandId, { type: 'SendGovernorSummary', month, districtCode: district.code });
    const result = await this.send(new CaseCommand<typeof command, GovernorSummaryEvent, GovernorSummaryState>(
      governorSummaryStreamId(district.code, month), governorSummaryDecider, command, context));
    return result.state!;
  }

  /** Which districts of the province (in the reader's area) sent the month's summary, when and by whom; which are overdue. */
  async ofProvince(reader: ReportReader, monthInput: string, provinceCode: string): Promise<ProvinceSendings> {
    const month = GovernorSummaries.month(monthInput);
    const province = requireProvince(provinceCode, 'provinceCode');
    const districts = districtsOf(province.code).filter((d) => coversDistrict(reader, d.code));
    if (districts.length === 0) throw governorSummaryErrors.outOfArea(province.code, 'provinceCode');
    const dueOn = await this.dueOn(month);
    const today = bangkokDay(this.clock.now());
    const frozen = await this.scoped.query('SELECT 1 FROM complaint_month_end_frozen WHERE month = $1', [`${month}-01`]);
    return {
      month, provinceCode: province.code, dueOn, frozen: frozen.rows.length > 0,
      districts: await Promise.all(districts.map(async (d) => {
        const sent = await this.sent(d.code, month);
        return { districtCode: d.code, sent, overdue: sent === null && today > dueOn };
      })),
    };
  }
}
