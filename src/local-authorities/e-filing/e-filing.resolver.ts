import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { type Connection, pageArgs } from '../../graphql/connection.types.js';
import { withFieldsNamed } from '../../shared/field-errors.js';
import { type FilerSession, FilerSessions } from '../../identity/filers/filer-sessions.store.js';
import type { RequestOrigin } from '../../identity/sign-in/client-address.js';
import { Public } from '../../identity/sessions/staff-access.decorators.js';
import { toMonthlyReturnListItem } from '../../projections/monthly-returns/monthly-returns.resolver.js';
import { MonthlyReturnConnection, type MonthlyReturnListItem } from '../../projections/monthly-returns/monthly-returns.types.js';
import type { Clock } from '../../shared/clock.js';
import { mapPage } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { hasText } from '../../shared/text-input.js';
import { toBusinessObject } from '../businesses/businesses.resolver.js';
import { BusinessesStore } from '../businesses/businesses.store.js';
import { LocalAuthoritiesStore } from '../local-authorities.store.js';
import { foldReturnDetail } from '../monthly-returns/monthly-return-detail.js';
import { returnErrors } from '../monthly-returns/monthly-return-errors.js';
import { MonthlyReturnCommandHandlers, type ReturnOutcome } from '../monthly-returns/monthly-return.command-handlers.js';
import { parsePeriod } from '../monthly-returns/monthly-return.decider.js';
import { MonthlyReturnObject } from '../monthly-returns/monthly-return.types.js';
import { readReturnEvents } from '../monthly-returns/return-stream.js';
import { AmendReturnOnlineInput, FileReturnOnlineInput, FilerBusinessObject } from './e-filing.types.js';
import { type FiledBusiness, filerSender, filesAs, signerName } from './filer-sender.js';
import { activeFilerOf } from '../business-filers/business-filer.decider.js';
import { filersOnRecord } from '../business-filers/filers-on-record.js';
import { listReturnsOfBusinesses } from './filer-returns.query.js';

const PAGE = pageArgs(24, 100);

/** What a filer reads and files: their session and the businesses they own or were authorised for, found on each request. */
interface Filer { session: FilerSession; businesses: FiledBusiness[] }

/**
 * ยื่นแบบออนไลน์: a filer signed in with D.DOPA (their filer session cookie, no staff session) reads the businesses
 * they own or file for as a juristic person's authorised filer, and their returns, files a month's return ONLINE and amends it, through the same handlers and decider as
 * staff's paper filings. Another's business or return is answered as not found; no session: FILER_NOT_SIGNED_IN.
 */
@Resolver()
export class EFilingResolver {
  constructor(
    @Inject(FilerSessions) private readonly sessions: FilerSessions,
    @Inject(BusinessesStore) private readonly businesses: BusinessesStore,
    @Inject(LocalAuthoritiesStore) private readonly authorities: LocalAuthoritiesStore,
    @Inject(MonthlyReturnCommandHandlers) private readonly handlers: MonthlyReturnCommandHandlers,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @Query(() => [FilerBusinessObject], {
    nullable: true,
    description: 'The businesses the signed-in filer owns (as a natural person, by the citizen id D.DOPA verified) or files for as a juristic person\'s authorised filer',
  })
  async filerBusinesses(@Context('req') request: RequestOrigin): Promise<FilerBusinessObject[]> {
    const { businesses } = await this.filer(request);
    const authorities = await this.authorities.findMany(businesses.map((b) => b.authorityCode));
    return businesses.map((b) => ({
      businessNo: b.businessNo, nameTh: b.nameTh, authorityCode: b.authorityCode, kinds: [...b.kinds], addressLine: b.addressLine,
      placeTh: toBusinessObject(b).placeTh, authorityNameTh: authorities.get(b.authorityCode)?.nameTh ?? b.authorityCode,
      filesAs: b.filesAs, authorisedRole: b.authorisedRole, ownerName: b.filesAs === 'AUTHORISED_FILER' ? b.ownerName : null,
    }));
  }

  @Public()
  @Query(() => MonthlyReturnConnection, { nullable: true, description: "The signed-in filer's returns (or one business's of theirs), the latest month first" })
  async filerReturns(
    @Context('req') request: RequestOrigin,
    @Args('businessNo', { type: () => Int, nullable: true, description: 'One of their businesses; all of them when absent' }) businessNo?: number | null,
    @Args('first', PAGE.first) first = 24,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<MonthlyReturnListItem>> {
    const size = pageSize(first, 100);
    const { businesses } = await this.filer(request);
    const numbers = businesses.map((b) => b.businessNo).filter((no) => businessNo === null || businessNo === undefined || no === businessNo);
    if (businessNo !== null && businessNo !== undefined && numbers.length === 0) throw returnErrors.notFound('businessNo');
    const page = await listReturnsOfBusinesses(this.pool, numbers, size, after);
    return { ...mapPage(page, toMonthlyReturnListItem), totalCount: page.totalCount };
  }

  @Public()
  @Query(() => MonthlyReturnObject, { nullable: true, description: "One of the signed-in filer's returns with every version, its assessment and bills" })
  async filerReturn(@Context('req') request: RequestOrigin, @Args('id', { type: () => ID }) id: string): Promise<MonthlyReturnObject> {
    const { businesses } = await this.filer(request);
    const detail = foldReturnDetail(await readReturnEvents(this.store, String(id ?? '').trim()));
    if (!detail || !businesses.some((b) => b.businessNo === detail.businessNo)) throw returnErrors.notFound('id');
    return detail;
  }

  @Public()
  @Mutation(() => MonthlyReturnObject, { description: "Files a month's return online for a business the filer owns: assessed and billed at once" })
  async fileReturnOnline(@Context('req') request: RequestOrigin, @Args('input') input: FileReturnOnlineInput): Promise<MonthlyReturnObject> {
    const { session, businesses } = await this.filer(request, input.businessNo);
    const { commandId, period, position, ...rest } = input;
    const filer = { name: signerName(session), citizenId: session.citizenId, position: hasText(position) ? position : roleFor(businesses, input.businessNo) };
    return this.answer(await this.handlers.file(filerSender(session, businesses), { ...rest, period: parsePeriod(period), filer, channel: 'ONLINE' }, commandId)
      .catch(asFilerInput));
  }

  @Public()
  @Mutation(() => MonthlyReturnObject, { description: 'Files an amended return online: a new version assessed on the difference, billed or noted as overpaid' })
  async amendReturnOnline(@Context('req') request: RequestOrigin, @Args('input') input: AmendReturnOnlineInput): Promise<MonthlyReturnObject> {
    const { session, businesses } = await this.filer(request, businessNoOf(input.returnId));
    const { commandId, position, ...rest } = input;
    const filer = { name: signerName(session), citizenId: session.citizenId, position: hasText(position) ? position : roleFor(businesses, businessNoOf(input.returnId)) };
    return this.answer(await this.handlers.amend(filerSender(session, businesses), {
      ...rest, returnId: String(rest.returnId ?? '').trim(), filer, channel: 'ONLINE',
    }, commandId).catch(asFilerInput));
  }

  /**
   * The signed-in filer and the businesses they file for, from the register and the authorised filers' list; for the
   * business a filing is for (`filingFor`), a juristic person's authorisation is taken from its stream, as it stands.
   */
  private async filer(request: RequestOrigin, filingFor?: number): Promise<Filer> {
    const session = await this.sessions.signedIn(request.headers.cookie, this.clock.now());
    const businesses = (await this.businesses.filableByCitizen(session.citizenId)).flatMap((b) => filesAs(session, b, b.authorisedRole) ?? []);
    if (filingFor === undefined) return { session, businesses };
    const others = businesses.filter((b) => b.businessNo !== filingFor || b.filesAs === 'OWNER');
    const business = others.some((b) => b.businessNo === filingFor) ? undefined : await this.businesses.find(filingFor);
    if (business?.ownerKind !== 'JURISTIC') return { session, businesses: others };
    const authorised = activeFilerOf(await filersOnRecord(this.store, filingFor), session.citizenId);
    return { session, businesses: [...others, ...(authorised ? [filesAs(session, business, authorised.role)!] : [])] };
  }

  private async answer(outcome: ReturnOutcome): Promise<MonthlyReturnObject> {
    return foldReturnDetail(await readReturnEvents(this.store, outcome.returnId))!;
  }
}

/** The business number a return id begins with (`<businessNo>-<KIND>-<YYYY-MM>`); undefined for one that does not. */
const businessNoOf = (returnId: string): number | undefined => {
  const no = /^(\d{1,8})-/.exec(String(returnId ?? '').trim())?.[1];
  return no === undefined ? undefined : Number(no);
};

/** A refusal of an online filing, its fields named as the filer's input names them: the filer's position is `position`. */
const asFilerInput = (error: unknown): never => {
  throw withFieldsNamed(error, { 'filer.position': 'position' });
};

/** The role a juristic person authorised the filer in, for this business: the position their filing gives when they type none. */
const roleFor = (businesses: readonly FiledBusiness[], businessNo: number | undefined): string | null =>
  businesses.find((b) => b.businessNo === businessNo)?.authorisedRole ?? null;
