import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { Signatory } from '../../identity/reporters/reporters.signatories.js';
import { CommandIdReusedError } from '../../eventstore/command.errors.js';
import type { StaffOffice } from '../../identity/scope/staff-office.js';
import { reportingErrors } from '../reporting-errors.js';
import { certificationErrors } from './certification-errors.js';

/** One district's frozen daily report, certified: by whom, when, and the certification block as it stood. */
export interface DailyCertification {
  day: CalendarDay;
  districtCode: string;
  provinceCode: string;
  certifiedAt: string;
  commandId: string;
  certifier: Signatory;
  /** The district's two responsible reporters and its chief when it was certified. */
  reporters: Signatory[];
  chief: Signatory | null;
}

/** ยืนยันรายงาน: a responsible reporter of the district certifies its frozen report of the day. */
export interface CertifyDailyReport {
  day: CalendarDay;
  districtCode: string;
  provinceCode: string;
  by: { accountId: string; office: StaffOffice };
  commandId: string;
  at: string;
}

/** What the handler looked up for the decision. */
export interface CertificationFacts {
  /** The day's report is frozen. */
  frozen: boolean;
  /** Not a working day: no report, and the next working day whose report has what was recorded. */
  noReportUntil: CalendarDay | null;
  /** The district's named pair (as their accounts read now) and its chief. */
  reporters: Signatory[];
  chief: Signatory | null;
  /** The district's certification of the day, if any. */
  certification: DailyCertification | null;
  /** What the certifier recorded before under this command id (command ids are per account), of any day and district. */
  sameCommand: DailyCertification | null;
}

/**
 * The certification to record, or the one a retry of the same command recorded (`recorded: false`); refuses
 * the account's command id sent before for another day or district, anyone but a named reporter working for
 * the district, a report not frozen, and a second certification.
 */
export function decideCertification(command: CertifyDailyReport, facts: CertificationFacts): { certification: DailyCertification; recorded: boolean } {
  const retried = facts.sameCommand;
  if (retried && (retried.day !== command.day || retried.districtCode !== command.districtCode)) throw new CommandIdReusedError();
  if (retried) return { certification: retried, recorded: false };
  const certifier = facts.reporters.find((r) => r.accountId === command.by.accountId);
  const atDistrict = command.by.office.kind === 'DISTRICT' && command.by.office.code === command.districtCode;
  if (!certifier || !atDistrict) throw certificationErrors.notResponsible(command.districtCode);
  if (!facts.frozen) {
    throw facts.noReportUntil ? reportingErrors.notWorkingDay(command.day, facts.noReportUntil) : certificationErrors.notFrozen(command.day);
  }
  const earlier = facts.certification;
  if (earlier) throw certificationErrors.alreadyCertified(command.day, command.districtCode, earlier.certifiedAt);
  const { day, districtCode, provinceCode, commandId, at } = command;
  return {
    certification: { day, districtCode, provinceCode, certifiedAt: at, commandId, certifier, reporters: facts.reporters, chief: facts.chief },
    recorded: true,
  };
}
