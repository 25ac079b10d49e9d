import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { DomainError } from '../../shared/domain-error.js';
import { ProjectionRunner } from './projection-runner.js';
import { projectionStatuses } from './projection-status.js';
import { ProjectionStatusType } from './projection-status.types.js';

@Resolver(() => ProjectionStatusType)
export class ProjectionStatusResolver {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  @Query(() => [ProjectionStatusType], { description: 'Every projection: position, lag, state and last error' })
  projectionStatus(): Promise<ProjectionStatusType[]> {
    return projectionStatuses(this.pool, this.store, this.runner);
  }

  @Mutation(() => Boolean, { description: 'Starts a failed or stopped projection again from its checkpoint' })
  restartProjection(@Args('name') name: string): boolean {
    if (!this.runner.projections.some((p) => p.name === name)) {
      throw new DomainError('UNKNOWN_PROJECTION', `ไม่มีรายงานสรุปชื่อ ${name}`, `There is no projection named ${name}`, 'name');
    }
    return this.runner.startOne(name);
  }
}
