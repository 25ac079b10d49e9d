import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { toRecordedEvent } from '../../audit/recorded-event.types.js';
import { bangkokDay } from '../../calendar/calendar-day.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, CLOCK, PG_POOL } from '../../database/database.module.js';
import { CaseUnreadableError } from '../../eventstore/command.errors.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { type Connection, emptyConnection, pageArgs } from '../../graphql/connection.types.js';
import { AFTER_POSITION_ARG, positionText } from '../../graphql/log-position.js';
import { areaWithin, authorityOf } from '../../identity/scope/area-scope.js';
import { worksLeafletPermits } from '../../identity/scope/staff-authority.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { foldRecorded } from '../../shared/decider.js';
import { pageSize } from '../../shared/page-size.js';
import { projectionReached } from '../../projections/runner/projection-reached.js';
import { parseAuthorityCode } from '../local-authority.decider.js';
import { leafletPermitDecider } from './leaflet-permit.decider.js';
import { leafletStreamId } from './leaflet-permit.events.js';
import { authorityInArea, LeafletPermitHandlers, type PermitOutcome, type PermitStep } from './leaflet-permit.handlers.js';
import { leafletErrors } from './leaflet-permit-errors.js';
import { readPermitId } from './leaflet-permit-id.js';
import type { LeafletPermit } from './leaflet-permit-state.js';
import {
  ApproveLeafletPermitInput, CheckLeafletPermitInput, IssueLeafletPermitInput, LeafletPermitConnection, LeafletPermitFilter,
  LeafletPermitListItem, LeafletPermitResult, LeafletPermitWithHistory, RecordLeafletFeePaidInput, RefuseLeafletPermitInput,
  RequestLeafletPermitInput,
} from './leaflet-permit.types.js';
import { toPermitObject } from './leaflet-permit.view.js';
import { listLeafletPermits } from './permit-list/leaflet-permits.query.js';

const MAX_PAGE = 200;
const PAGE = pageArgs(50, MAX_PAGE);
const PERMIT_ID = { type: () => ID, description: 'e.g. LP-7KQ3-M2XP-AB9C' };

/** The permit's stream folded, if it is one of an authority in the reader's area; elsewhere answered like not found. */
export async function visiblePermit(store: EventStore, staff: SignedInStaff, id: string) {
  const permitId = readPermitId(id);
  if (!permitId) throw leafletErrors.notFound('id');
  const streamId = leafletStreamId(permitId);
  const events = await store.readStream(streamId);
  const { state, unreadableAt } = foldRecorded(leafletPermitDecider, events);
  if (state.status === null || !authorityInArea(staff, state.request.authority)) throw leafletErrors.notFound('id');
  if (unreadableAt !== undefined) throw new CaseUnreadableError(streamId, unreadableAt);
  return { permit: state as LeafletPermit, events };
}

/**
 * Leaflet advertising permits (การโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ) over GraphQL: the staff of an area work
 * the requests of the municipalities, SAOs and Pattaya City in it; a request elsewhere is answered as not found.
 */
@Resolver(() => LeafletPermitResult)
export class LeafletPermitResolver {
  constructor(
    @Inject(LeafletPermitHandlers) private readonly handlers: LeafletPermitHandlers,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => LeafletPermitConnection, {
    nullable: true, description: 'Leaflet permit requests of the authorities in your area, newest first; `overdue` lists those past their due day undecided',
  })
  async leafletPermits(
    @CurrentStaff() staff: SignedInStaff,
    @Args('filter', { type: () => LeafletPermitFilter, nullable: true }) filter?: LeafletPermitFilter | null,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
    @Args('afterPosition', AFTER_POSITION_ARG) afterPosition?: string | null,
  ): Promise<Connection<LeafletPermitListItem>> {
    const size = pageSize(first, MAX_PAGE);
    await projectionReached(this.pool, 'leaflet-permits', afterPosition, this.config.readWaitMs);
    const asked = filter?.authorityCode?.trim() ? parseAuthorityCode(filter.authorityCode, 'filter.authorityCode') : null;
    const own = authorityOf(staff);
    // An authority's own revenue staff list their authority's requests only; the department those of its area.
    const area = staff.level === 'LOCAL'
      ? (asked === null || asked === own) && !filter?.district?.trim() && !filter?.province?.trim() ? { district: null, province: null } : undefined
      : areaWithin(staff, filter ?? {}, { district: 'filter.district', province: 'filter.province' });
    if (!area) return emptyConnection();
    const authorityCode = staff.level === 'LOCAL' ? own ?? null : asked;
    return listLeafletPermits(this.pool, {
      ...area, authorityCode, status: filter?.status ?? null, overdue: filter?.overdue ?? false, today: this.today(),
    }, size, after);
  }

  @Query(() => LeafletPermitWithHistory, { nullable: true, description: 'One leaflet permit request of your area, whole, with every event of its stream' })
  async leafletPermit(@CurrentStaff() staff: SignedInStaff, @Args('id', PERMIT_ID) id: string): Promise<LeafletPermitWithHistory> {
    const { permit, events } = await visiblePermit(this.store, staff, id);
    return { permit: toPermitObject(permit, events.length, this.today()), history: events.map(toRecordedEvent) };
  }

  @Requires(worksLeafletPermits)
  @Mutation(() => LeafletPermitResult, { description: 'ยื่นคำขออนุญาต: records a request at an authority of your area; the fee and the days to decide are those in force today' })
  async requestLeafletPermit(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RequestLeafletPermitInput): Promise<LeafletPermitResult> {
    const { commandId, ...request } = input;
    return this.toResult(await this.handlers.request(staff, request, commandId));
  }

  @Requires(worksLeafletPermits)
  @Mutation(() => LeafletPermitResult, { description: 'ตรวจสอบคำขอ: the request and its documents have been checked' })
  checkLeafletPermit(@CurrentStaff() staff: SignedInStaff, @Args('input') input: CheckLeafletPermitInput): Promise<LeafletPermitResult> {
    return this.step(staff, input.permitId, { type: 'CheckLeafletPermit', note: input.note }, input.commandId);
  }

  @Requires(worksLeafletPermits)
  @Mutation(() => LeafletPermitResult, { description: 'อนุญาต: approves a checked request with its conditions' })
  approveLeafletPermit(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ApproveLeafletPermitInput): Promise<LeafletPermitResult> {
    return this.step(staff, input.permitId, { type: 'ApproveLeafletPermit', conditions: input.conditions }, input.commandId);
  }

  @Requires(worksLeafletPermits)
  @Mutation(() => LeafletPermitResult, { description: 'ไม่อนุญาต: refuses a checked request, with the reasons' })
  refuseLeafletPermit(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RefuseLeafletPermitInput): Promise<LeafletPermitResult> {
    return this.step(staff, input.permitId, { type: 'RefuseLeafletPermit', reasons: input.reasons }, input.commandId);
  }

  @Requires(worksLeafletPermits)
  @Mutation(() => LeafletPermitResult, { description: 'รับชำระค่าธรรมเนียม at the counter: the receipt takes the next number of the fiscal year' })
  async recordLeafletFeePaid(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RecordLeafletFeePaidInput): Promise<LeafletPermitResult> {
    const permitId = readPermitId(input.permitId);
    if (!permitId) throw leafletErrors.notFound();
    return this.toResult(await this.handlers.recordFeePaid(staff, permitId, { amount: input.amount, paidOn: input.paidOn }, input.commandId));
  }

  @Requires(worksLeafletPermits)
  @Mutation(() => LeafletPermitResult, { description: 'ออกใบอนุญาต: the permit takes the next number of the fiscal year; its PDF is then served' })
  async issueLeafletPermit(@CurrentStaff() staff: SignedInStaff, @Args('input') input: IssueLeafletPermitInput): Promise<LeafletPermitResult> {
    const permitId = readPermitId(input.permitId);
    if (!permitId) throw leafletErrors.notFound();
    return this.toResult(await this.handlers.issue(staff, permitId, input.commandId));
  }

  private async step(staff: SignedInStaff, id: string, request: PermitStep, commandId?: string | null): Promise<LeafletPermitResult> {
    const permitId = readPermitId(id);
    if (!permitId) throw leafletErrors.notFound();
    return this.toResult(await this.handlers.handle(staff, permitId, request, commandId));
  }

  private toResult({ permitId, result }: PermitOutcome): LeafletPermitResult {
    if (result.state.status === null) throw new Error(`leaflet permit command on ${permitId} left no permit`);
    return {
      permitId, version: result.version, alreadyHandled: result.alreadyHandled, eventTypes: result.events.map((e) => e.type),
      position: positionText(result.position), permit: toPermitObject(result.state, result.version, this.today()),
    };
  }

  private today(): string {
    return bangkokDay(this.clock.now());
  }
}
