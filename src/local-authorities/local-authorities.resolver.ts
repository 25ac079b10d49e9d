import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { parseCalendarDay } from '../calendar/calendar-day.js';
import { formatThaiDate } from '../calendar/thai-date-text.js';
import { findDistrict, requireDistrict, requireProvince } from '../geography/geography.js';
import { type Connection, emptyConnection, pageArgs } from '../graphql/connection.types.js';
import { areaWithin, authorityOf, canReadAuthority, isCentralAdministrator } from '../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../identity/sessions/staff-access.decorators.js';
import { actorOf, type SignedInStaff } from '../identity/sessions/staff-context.js';
import { encodeCursor, mapPage, pageOf } from '../shared/page.js';
import { pageSize } from '../shared/page-size.js';
import type { AuthorityTerms } from './authority-terms.decider.js';
import { type ChangedBy, LocalAuthoritiesStore } from './local-authorities.store.js';
import {
  AuthorityTermsObject, EditLocalAuthorityInput, EnactAuthorityTermsInput, LocalAuthorityConnection, LocalAuthorityKindEnum,
  LocalAuthorityObject, RegisterLocalAuthorityInput,
} from './local-authorities.types.js';
import { type AuthorityKind, decideAuthority, type LocalAuthority, parseAuthorityCode } from './local-authority.decider.js';
import { authorityNotFound } from './local-authority-errors.js';
import { formatHundredths } from './ordinance-rates.js';

const PAGE = pageArgs(50, 200);
const changedBy = (staff: SignedInStaff): ChangedBy => ({ actor: actorOf(staff), office: staff.officeKey });
const CODE = { description: "The authority's 7-digit code; Thai digits accepted" };

/**
 * Local administrative organisations and their ordinance terms: central administrators register them and
 * enact terms; every signed-in account reads those of its area (a district's authorities and its province's PAO),
 * an authority's revenue staff (LOCAL) their own authority only.
 */
@Resolver(() => LocalAuthorityObject)
export class LocalAuthoritiesResolver {
  constructor(@Inject(LocalAuthoritiesStore) private readonly store: LocalAuthoritiesStore) {}

  @Query(() => LocalAuthorityConnection, { nullable: true, description: 'The local administrative organisations of your area, by code' })
  async localAuthorities(
    @CurrentStaff() staff: SignedInStaff,
    @Args('province', { type: () => String, nullable: true, description: '2-digit code; Thai digits accepted' }) province?: string | null,
    @Args('district', { type: () => String, nullable: true, description: '4-digit code (the province\'s PAO is listed with a district\'s authorities)' })
    district?: string | null,
    @Args('kind', { type: () => LocalAuthorityKindEnum, nullable: true }) kind?: AuthorityKind | null,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<LocalAuthorityObject>> {
    const size = pageSize(first, 200);
    const own = authorityOf(staff);
    if (own) return this.ownAuthority(staff, own, { province, district, kind }, after);
    const area = areaWithin(staff, { province, district });
    if (!area) return emptyConnection();
    const page = await this.store.list(area, kind ?? null, size, after);
    return { ...mapPage(page, toAuthorityObject), totalCount: page.totalCount };
  }

  @Query(() => LocalAuthorityObject, { nullable: true, description: 'One authority; one outside your area is answered as not found' })
  async localAuthority(@CurrentStaff() staff: SignedInStaff, @Args('code', CODE) code: string): Promise<LocalAuthorityObject> {
    return toAuthorityObject(await this.visible(staff, code));
  }

  @Query(() => AuthorityTermsObject, { nullable: true, description: 'The terms in force for an authority on a day; null before its first' })
  async authorityTermsInForce(
    @CurrentStaff() staff: SignedInStaff, @Args('code', CODE) code: string,
    @Args('on', { description: 'YYYY-MM-DD, CE or Buddhist Era year; Thai digits accepted' }) on: string,
  ): Promise<AuthorityTermsObject | null> {
    const day = parseCalendarDay(on, 'on');
    const authority = await this.visible(staff, code);
    const terms = await this.store.termsOn(authority.code, day);
    return terms ? toTermsObject(terms) : null;
  }

  @Query(() => [AuthorityTermsObject], { nullable: true, description: "Every version of an authority's terms, the latest first" })
  async authorityTermsHistory(@CurrentStaff() staff: SignedInStaff, @Args('code', CODE) code: string): Promise<AuthorityTermsObject[]> {
    const authority = await this.visible(staff, code);
    return (await this.store.history(authority.code)).map(toTermsObject);
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => LocalAuthorityObject, { description: 'Registers a local administrative organisation (central administrators)' })
  async registerLocalAuthority(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RegisterLocalAuthorityInput): Promise<LocalAuthorityObject> {
    return toAuthorityObject(await this.store.register(decideAuthority(input), changedBy(staff)));
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => LocalAuthorityObject, { description: "Corrects a registered authority's details (central administrators)" })
  async editLocalAuthority(@CurrentStaff() staff: SignedInStaff, @Args('input') input: EditLocalAuthorityInput): Promise<LocalAuthorityObject> {
    return toAuthorityObject(await this.store.edit(decideAuthority(input), changedBy(staff)));
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => AuthorityTermsObject, { description: "Enacts a new version of an authority's terms (central administrators)" })
  async enactAuthorityTerms(@CurrentStaff() staff: SignedInStaff, @Args('input') input: EnactAuthorityTermsInput): Promise<AuthorityTermsObject> {
    const code = parseAuthorityCode(input.authorityCode, 'authorityCode');
    return toTermsObject(await this.store.enact(code, input, changedBy(staff)));
  }

  /** A LOCAL account's list: its own authority, when the filters asked for select it (codes checked as for any list). */
  private async ownAuthority(
    staff: SignedInStaff, code: string, asked: { province?: string | null; district?: string | null; kind?: AuthorityKind | null }, after?: string | null,
  ): Promise<Connection<LocalAuthorityObject>> {
    const province = asked.province ? requireProvince(asked.province, 'province').code : null;
    const district = asked.district ? requireDistrict(asked.district, 'district').code : null;
    const authority = after ? undefined : await this.store.find(code);
    const listed = authority && canReadAuthority(staff, authority) && (!province || authority.provinceCode === province)
      && (!district || authority.districtCode === null || authority.districtCode === district) && (!asked.kind || authority.kind === asked.kind);
    const rows = listed ? [toAuthorityObject(authority)] : [];
    return { ...pageOf(rows, 1, (a) => encodeCursor([a.code]), after), totalCount: async () => rows.length };
  }

  /** The authority, if the reader may read it (canReadAuthority); elsewhere answered like not found. */
  private async visible(staff: SignedInStaff, input: string): Promise<LocalAuthority> {
    const code = parseAuthorityCode(input, 'code');
    const authority = await this.store.find(code);
    if (!authority || !canReadAuthority(staff, authority)) {
      throw authorityNotFound(code, 'code');
    }
    return authority;
  }
}

function toAuthorityObject(a: LocalAuthority): LocalAuthorityObject {
  return {
    ...a, provinceNameTh: requireProvince(a.provinceCode).nameTh,
    districtNameTh: a.districtCode === null ? null : findDistrict(a.districtCode)?.nameTh ?? null,
  };
}

const exact = (units: number | null) => (units === null ? null : formatHundredths(units));

function toTermsObject(t: AuthorityTerms): AuthorityTermsObject {
  return {
    authorityCode: t.authorityCode, effectiveFrom: t.effectiveFrom, effectiveFromTh: formatThaiDate(t.effectiveFrom), ordinance: t.ordinance,
    hotelFeePercent: exact(t.hotelFeeBasisPoints),
    fuelRates: { petrol: exact(t.fuelRates.petrol), diesel: exact(t.fuelRates.diesel), lpg: exact(t.fuelRates.lpg), ngv: exact(t.fuelRates.ngv) },
    tobaccoRate: exact(t.tobaccoRate), leafletPermitFee: exact(t.leafletPermitFeeSatang), leafletDecisionDays: t.leafletDecisionDays,
    filingDeadlineDay: t.filingDeadlineDay, surchargePercentPerMonth: formatHundredths(t.surchargeBasisPointsPerMonth),
    surchargeCapPercent: formatHundredths(t.surchargeCapBasisPoints),
  };
}
