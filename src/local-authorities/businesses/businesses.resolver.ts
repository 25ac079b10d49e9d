import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLOCK } from '../../database/database.module.js';
import { requireDistrict, requireProvince, requireSubdistrict } from '../../geography/geography.js';
import { type Connection, emptyConnection, pageArgs } from '../../graphql/connection.types.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import { actorOf, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { mapPage } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { LocalAuthoritiesStore } from '../local-authorities.store.js';
import { parseAuthorityCode } from '../local-authority.decider.js';
import { authorityNotFound } from '../local-authority-errors.js';
import { districtOfReader, keepsBusinessesIn, readsBusinessIn } from '../levy-access.js';
import { type Business, businessErrors, decideBusiness } from './business.decider.js';
import { BusinessesStore } from './businesses.store.js';
import { BusinessConnection, BusinessObject, RegisterBusinessInput } from './businesses.types.js';

const PAGE = pageArgs(50, 200);

/** A PAO's businesses: registered by its province's and districts' staff and central administrators, read by area. */
@Resolver(() => BusinessObject)
export class BusinessesResolver {
  constructor(
    @Inject(BusinessesStore) private readonly store: BusinessesStore,
    @Inject(LocalAuthoritiesStore) private readonly authorities: LocalAuthoritiesStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => BusinessConnection, { nullable: true, description: "A PAO's businesses in your area (a district account: those in its district)" })
  async businesses(
    @CurrentStaff() staff: SignedInStaff,
    @Args('authorityCode', { description: "The PAO's 7-digit code; Thai digits accepted" }) authorityCode: string,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<BusinessObject>> {
    const size = pageSize(first, 200);
    const authority = await this.authorities.find(parseAuthorityCode(authorityCode, 'authorityCode'));
    const reader = authority && districtOfReader(staff, authority);
    if (!authority || !reader) return emptyConnection();
    const page = await this.store.list(authority.code, reader.district, size, after);
    return { ...mapPage(page, toBusinessObject), totalCount: page.totalCount };
  }

  @Query(() => BusinessObject, { nullable: true, description: 'One business; one outside your area is answered as not found' })
  async business(@CurrentStaff() staff: SignedInStaff, @Args('businessNo', { type: () => Int }) businessNo: number): Promise<BusinessObject> {
    const business = await this.store.find(businessNo);
    if (!business || !readsBusinessIn(staff, business)) throw businessErrors.notFound();
    return toBusinessObject(business);
  }

  @Mutation(() => BusinessObject, { description: 'Registers a business with a PAO (central administrators, the province\'s and the business\'s district staff)' })
  async registerBusiness(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RegisterBusinessInput): Promise<BusinessObject> {
    const code = parseAuthorityCode(input.authorityCode, 'authorityCode');
    const authority = await this.authorities.find(code);
    if (!authority || !districtOfReader(staff, authority)) throw authorityNotFound(code, 'authorityCode');
    const business = decideBusiness(authority, { ...input, ownerId: input.ownerIdNumber });
    if (!keepsBusinessesIn(staff, business)) throw businessErrors.outsideArea();
    return toBusinessObject(await this.store.register(business, { actor: actorOf(staff), office: staff.officeKey }, this.clock.now()));
  }
}

export function toBusinessObject(b: Business): BusinessObject {
  const placeTh = [requireSubdistrict(b.subdistrictCode), requireDistrict(b.districtCode), requireProvince(b.provinceCode)].map((p) => p.nameTh).join(', ');
  return { ...b, ownerIdNumber: b.ownerId, kinds: [...b.kinds], placeTh };
}
