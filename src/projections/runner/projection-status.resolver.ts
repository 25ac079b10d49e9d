import { Inject } from '@nestjs/common';
import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { OWNER_POOL, PG_POOL } from '../../database/database.module.js';
import { outsideRequestScope } from '../../database/request-scope.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { isCentralAdministrator } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import { actorOf, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import { DomainError } from '../../shared/domain-error.js';
import { ProjectionRunner } from './projection-runner.js';
import { projectionStatuses } from './projection-status.js';
import { ProjectionStatusType } from './projection-status.types.js';

@InputType({ description: 'The projection to start again' })
export class RestartProjectionInput {
  @Field({ description: 'Projection name, as projectionStatus lists it' }) name!: string;
}

@Resolver(() => ProjectionStatusType)
export class ProjectionStatusResolver {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(OWNER_POOL) private readonly owner: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  @Query(() => [ProjectionStatusType], { nullable: true, description: 'Every projection: position, lag, state and last error' })
  projectionStatus(): Promise<ProjectionStatusType[]> {
    return projectionStatuses(this.pool, this.store, this.runner);
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => Boolean, {
    description: 'Starts a failed or stopped projection again from its checkpoint (central administrators); who did it is kept with the checkpoint',
  })
  async restartProjection(@CurrentStaff() staff: SignedInStaff, @Args('input') { name }: RestartProjectionInput): Promise<boolean> {
    if (!this.runner.projections.some((p) => p.name === name)) {
      throw new DomainError('UNKNOWN_PROJECTION', `ไม่มีรายงานสรุปชื่อ ${name}`, `There is no projection named ${name}`, 'name');
    }
    await this.owner.query(
      `INSERT INTO projection_checkpoints AS c (name, restarted_by, restarted_by_office, restarted_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (name) DO UPDATE SET restarted_by = excluded.restarted_by, restarted_by_office = excluded.restarted_by_office,
         restarted_at = excluded.restarted_at`,
      [name, actorOf(staff), staff.officeKey],
    );
    return outsideRequestScope(() => this.runner.startOne(name));
  }
}
