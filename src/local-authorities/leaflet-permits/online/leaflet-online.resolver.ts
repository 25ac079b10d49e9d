import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { bangkokDay } from '../../../calendar/calendar-day.js';
import { CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../../eventstore/event-store.port.js';
import { type Connection, pageArgs } from '../../../graphql/connection.types.js';
import { type FilerSession, FilerSessions } from '../../../identity/filers/filer-sessions.store.js';
import type { RequestOrigin } from '../../../identity/sign-in/client-address.js';
import { Public } from '../../../identity/sessions/staff-access.decorators.js';
import type { Clock } from '../../../shared/clock.js';
import { mapPage } from '../../../shared/page.js';
import { pageSize } from '../../../shared/page-size.js';
import { optionalText } from '../../../shared/text-input.js';
import { LeafletPermitHandlers } from '../leaflet-permit.handlers.js';
import { listLeafletPermits } from '../permit-list/leaflet-permits.query.js';
import { asFilerRefusal, filerApplicant } from './filer-applicant.js';
import { filersPermit, filerRequester } from './filer-requester.js';
import { findPermitAuthorities, toFilerListItem, toFilerPermit } from './filer-permits.view.js';
import {
  FilerLeafletPermitConnection, type FilerLeafletPermitListItem, FilerLeafletPermitObject, LeafletPermitAuthorityObject, RequestLeafletPermitOnlineInput,
} from './leaflet-online.types.js';

const PAGE = pageArgs(24, 100);

/**
 * ขออนุญาตโฆษณาด้วยแผ่นประกาศทางออนไลน์: a filer signed in with D.DOPA (their filer session cookie, no staff session)
 * asks an authority for a leaflet permit for themself, through the same handler and decider as staff's requests
 * (channel ONLINE, the actor `filer:<subject>`), and follows their requests; another's is answered as not found; no
 * session: FILER_NOT_SIGNED_IN.
 */
@Resolver()
export class LeafletOnlineResolver {
  constructor(
    @Inject(FilerSessions) private readonly sessions: FilerSessions,
    @Inject(LeafletPermitHandlers) private readonly handlers: LeafletPermitHandlers,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @Query(() => [LeafletPermitAuthorityObject], { nullable: true, description: 'The municipalities, SAOs and Pattaya City whose name holds the words typed (20 at most)' })
  async leafletPermitAuthorities(@Context('req') request: RequestOrigin, @Args('search') search: string): Promise<LeafletPermitAuthorityObject[]> {
    await this.filer(request);
    return findPermitAuthorities(this.pool, optionalText(search, 'search', 100) ?? '');
  }

  @Public()
  @Mutation(() => FilerLeafletPermitObject, { description: 'Asks an authority for a leaflet permit online, the filer the applicant; the fee and the days to decide are those in force today' })
  async requestLeafletPermitOnline(
    @Context('req') request: RequestOrigin, @Args('input') input: RequestLeafletPermitOnlineInput,
  ): Promise<FilerLeafletPermitObject> {
    const session = await this.filer(request);
    const { commandId, phone, ...rest } = input;
    try {
      const { permitId } = await this.handlers.requestBy(filerRequester(session), { ...rest, applicant: filerApplicant(session, phone) }, commandId);
      return this.permitOf(session, permitId);
    } catch (error) {
      throw asFilerRefusal(error);
    }
  }

  @Public()
  @Query(() => FilerLeafletPermitConnection, { nullable: true, description: "The signed-in filer's leaflet permit requests (those they are the applicant of), newest first" })
  async filerLeafletPermits(
    @Context('req') request: RequestOrigin,
    @Args('first', PAGE.first) first = 24,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<FilerLeafletPermitListItem>> {
    const size = pageSize(first, 100);
    const session = await this.filer(request);
    const page = await listLeafletPermits(this.pool, {
      district: null, province: null, authorityCode: null, applicantPersonId: session.citizenId, status: null, overdue: false, today: this.today(),
    }, size, after);
    return { ...mapPage(page, toFilerListItem), totalCount: page.totalCount };
  }

  @Public()
  @Query(() => FilerLeafletPermitObject, { nullable: true, description: "One of the signed-in filer's leaflet permit requests, whole; another's is not found" })
  async filerLeafletPermit(@Context('req') request: RequestOrigin, @Args('id', { type: () => ID }) id: string): Promise<FilerLeafletPermitObject> {
    return this.permitOf(await this.filer(request), id);
  }

  private async permitOf(session: FilerSession, id: string): Promise<FilerLeafletPermitObject> {
    return toFilerPermit(await filersPermit(this.store, session, id), this.today());
  }

  private async filer(request: RequestOrigin): Promise<FilerSession> {
    const session = await this.sessions.signedIn(request.headers.cookie, this.clock.now());
    return session;
  }

  private today(): string {
    return bangkokDay(this.clock.now());
  }
}
