import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { bangkokDay } from '../../calendar/calendar-day.js';
import { fiscalYearOf } from '../../calendar/thai-years.js';
import { CLOCK, OWNER_POOL, PG_POOL } from '../../database/database.module.js';
import { canReadAuthority } from '../../identity/scope/area-scope.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { districtOfReader } from '../levy-access.js';
import { LocalAuthoritiesStore } from '../local-authorities.store.js';
import { authorityNotFound } from '../local-authority-errors.js';
import { type LocalAuthority, parseAuthorityCode } from '../local-authority.decider.js';
import { authorityReportErrors } from './authority-report-errors.js';
import { type FactSources, issuerFacts, paoFacts, permitsIssued } from './authority-report.facts.js';
import { authorityReport, type AuthorityReportView, provinceReport, type ProvinceReportView } from './authority-report.view.js';
import { parseReportPeriod } from './report-period.js';

/**
 * The authorities' collection reports, for GraphQL and the downloads alike: an authority the reader may read
 * (canReadAuthority: its own revenue staff, the department's accounts whose area holds it; elsewhere
 * AUTHORITY_NOT_FOUND), with the figures of what the reader's area reaches (a district account: the PAO's
 * businesses located in its district).
 */
@Injectable()
export class AuthorityReports {
  private readonly db: FactSources;

  constructor(
    @Inject(LocalAuthoritiesStore) private readonly register: LocalAuthoritiesStore,
    @Inject(PG_POOL) readModels: pg.Pool,
    @Inject(OWNER_POOL) owner: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.db = { readModels, register: owner };
  }

  async ofAuthority(staff: SignedInStaff, codeInput: string, periodInput: string | null): Promise<AuthorityReportView> {
    const authority = await this.readable(staff, codeInput);
    const today = bangkokDay(this.clock.now());
    const period = parseReportPeriod(periodInput ?? String(fiscalYearOf(today)));
    const facts = authority.kind === 'PAO'
      ? await paoFacts(this.db, authority.code, period, districtOfReader(staff, authority)?.district ?? null)
      : await issuerFacts(this.db, authority.code, period);
    return authorityReport(authority, period, today, facts);
  }

  async ofProvince(staff: SignedInStaff, codeInput: string, periodInput: string | null): Promise<ProvinceReportView> {
    const pao = await this.readable(staff, codeInput);
    if (pao.kind !== 'PAO') throw authorityReportErrors.notPao(pao.code);
    const today = bangkokDay(this.clock.now());
    const period = parseReportPeriod(periodInput ?? String(fiscalYearOf(today)));
    const district = districtOfReader(staff, pao)?.district ?? null;
    const [facts, permits, authorities] = await Promise.all([
      paoFacts(this.db, pao.code, period, district),
      permitsIssued(this.db.readModels, { province: pao.provinceCode }, period),
      this.register.issuersOfProvince(pao.provinceCode, district),
    ]);
    return provinceReport(pao, authorities, period, today, { ...facts, permits });
  }

  private async readable(staff: SignedInStaff, input: string): Promise<LocalAuthority> {
    const code = parseAuthorityCode(input, 'authorityCode');
    const authority = await this.register.find(code);
    if (!authority || !canReadAuthority(staff, authority)) throw authorityNotFound(code, 'authorityCode');
    return authority;
  }
}
