import { Inject, Logger } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { OWNER_POOL, PG_POOL } from '../../database/database.module.js';
import { outsideRequestScope } from '../../database/request-scope.js';
import { type Connection, pageArgs } from '../../graphql/connection.types.js';
import { isCentralAdministrator } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import { actorOf, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import { decodeCursor, encodeCursor, mapPage, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { hasText } from '../../shared/text-input.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import {
  ProjectionRebuild, ProjectionRebuildConnection, RebuildProjectionInput, UndoneProjectionRebuild, UndoProjectionRebuildInput,
} from './projection-rebuild.types.js';
import { undoRebuild } from './projection-undo.js';
import { countRuns, listRuns, type RebuildRun } from './rebuild-runs.js';

const logger = new Logger('ProjectionRebuild');
const MAX_PAGE = 100;
const PAGE = pageArgs(20, MAX_PAGE);
const isIdKey = (value: unknown): value is [string] => Array.isArray(value) && value.length === 1 && /^\d{1,18}$/.test(String(value[0]));

/** A run as the API answers it: each difference's key as column and value. */
export function rebuildOf(run: RebuildRun): ProjectionRebuild {
  return {
    ...run,
    parts: run.parts.map((part) => ({
      ...part,
      shownDifferences: part.shownDifferences.map((d) => ({
        ...d,
        key: Object.entries(d.key).map(([column, value]) => ({
          column, value: value === null ? null : typeof value === 'string' ? value : JSON.stringify(value),
        })),
      })),
    })),
  };
}

/** Rebuilds of projections from the log into shadow tables, their verification and swap, and undoing a swap: central administrators. */
@Resolver(() => ProjectionRebuild)
export class ProjectionRebuildResolver {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(OWNER_POOL) private readonly owner: pg.Pool,
    @Inject(ProjectionRebuilder) private readonly rebuilder: ProjectionRebuilder,
  ) {}

  @Requires(isCentralAdministrator)
  @Query(() => ProjectionRebuildConnection, { nullable: true, description: 'Projection rebuilds and verifications, newest first (central administrators)' })
  async projectionRebuilds(
    @Args('first', PAGE.first) first = 20,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<ProjectionRebuild>> {
    const limit = pageSize(first, MAX_PAGE);
    const before = hasText(after) ? decodeCursor(after, isIdKey)[0] : undefined;
    const runs = await listRuns(this.pool, limit + 1, { before });
    return { ...mapPage(pageOf(runs, limit, (r) => encodeCursor([r.id]), after), rebuildOf), totalCount: () => countRuns(this.pool) };
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => ProjectionRebuild, {
    description: 'Starts rebuilding a projection (or every one) from the start of the log in the background and answers the run at once: '
      + 'verifies it against the live one and swaps it in when they agree (central administrators). REBUILD_RUNNING while another runs',
  })
  async rebuildProjection(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RebuildProjectionInput): Promise<ProjectionRebuild> {
    const { run, done } = await outsideRequestScope(() => this.rebuilder.start({
      names: hasText(input.name) ? [input.name] : null,
      mode: input.verifyOnly ? 'VERIFY_ONLY' : 'REBUILD',
      acceptDifferences: input.acceptDifferences,
      requestedBy: actorOf(staff),
    }));
    done.catch((error) => logger.error(`rebuild ${run.id}: ${errorLogLine(error)}`));
    return rebuildOf(run);
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => UndoneProjectionRebuild, {
    description: 'Swaps the tables the last rebuild of a projection replaced back in (central administrators); NOTHING_TO_UNDO when none were kept',
  })
  async undoProjectionRebuild(@CurrentStaff() staff: SignedInStaff, @Args('input') { name }: UndoProjectionRebuildInput): Promise<UndoneProjectionRebuild> {
    const projection = this.rebuilder.select([name])[0];
    const undone = await outsideRequestScope(() => undoRebuild(this.owner, projection, this.rebuilder.options.onSwapped));
    logger.log(`undo ${name} by ${actorOf(staff)}: back to position ${undone.position.globalPosition}`);
    return { projection: name, position: undone.position.globalPosition.toString() };
  }
}
