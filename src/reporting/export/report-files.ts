import type pg from 'pg';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { coversProvince } from '../../identity/scope/area-scope.js';
import { officeSignatories } from '../../identity/reporters/reporters.signatories.js';
import { provinceOf, type StaffOffice } from '../../identity/scope/staff-office.js';
import type { Clock } from '../../shared/clock.js';
import type { DailyCertifications } from '../certification/daily-certification.service.js';
import type { DailyReportService } from '../daily/daily-report.service.js';
import { type DailyReportView, dailyReportView, type ReportReader } from '../daily/daily-report.view.js';
import type { MonthlyReportService } from '../monthly/monthly-report.service.js';
import { monthlyReportView } from '../monthly/monthly-report.view.js';
import { districtBlock, officeBlock, provinceBlock } from './certification-block.js';
import { dailyDocument } from './daily-document.js';
import { monthlyDocument } from './monthly-document.js';
import type { CertificationBlock, ReportDocument } from './report-document.js';

/** The office whose people sign the file the reader gets: the province for a reader of all of it, else the reader's own district. */
function signingOffice(reader: ReportReader, provinceCode: string | null): StaffOffice | null {
  if (provinceCode === null) return null;
  if (coversProvince(reader, provinceCode)) return { kind: 'PROVINCE', code: provinceCode };
  return reader.level === 'DISTRICT' && provinceOf(reader.office) === provinceCode ? reader.office : null;
}

/**
 * The report documents a reader downloads: the figures of their area, and the certification block as stored at
 * the download (the districts' confirmations, the signing office's reporters and chief, read in the reader's area).
 */
export class ReportFiles {
  constructor(
    private readonly daily: DailyReportService,
    private readonly monthly: MonthlyReportService,
    private readonly certifications: DailyCertifications,
    private readonly store: Pick<EventStore, 'readStream'>,
    private readonly accounts: pg.Pool,
    private readonly clock: Clock,
  ) {}

  async dailyFile(reader: ReportReader, date: string, provinceCode: string): Promise<ReportDocument> {
    const view = dailyReportView(await this.daily.report(date), provinceCode, reader);
    const office = signingOffice(reader, view.provinceCode);
    return dailyDocument(view, this.clock.now(), office && await this.dailyBlock(reader, view, office));
  }

  private async dailyBlock(reader: ReportReader, view: DailyReportView, office: StaffOffice): Promise<CertificationBlock> {
    const people = await officeSignatories(this.store, this.accounts, office);
    if (view.provisional) return officeBlock(office, people, ['ฉบับชั่วคราว ผู้รับผิดชอบการรายงานยืนยันได้เมื่อปิดยอดแล้ว']);
    const { districts } = await this.certifications.ofProvince(reader, view.date, view.provinceCode);
    if (office.kind === 'PROVINCE') return provinceBlock(office, people, districts);
    return districtBlock(office, people, districts.find((d) => d.districtCode === office.code)?.certification ?? null);
  }

  async monthlyFile(reader: ReportReader, month: string, provinceCode: string | null): Promise<ReportDocument> {
    const view = monthlyReportView(await this.monthly.report(month), provinceCode, reader);
    const office = signingOffice(reader, view.provinceCode);
    const block = office && officeBlock(office, await officeSignatories(this.store, this.accounts, office));
    return monthlyDocument(view, this.clock.now(), block);
  }
}
