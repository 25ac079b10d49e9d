import type pg from 'pg';
import type { Difference } from './compare-tables.js';

export type RebuildMode = 'REBUILD' | 'VERIFY_ONLY';
export type RebuildState = 'RUNNING' | 'SWAPPED' | 'VERIFIED' | 'DIFFERENT' | 'FAILED' | 'ABANDONED';
export type RebuildStage = 'PREPARING' | 'CATCHING_UP' | 'INDEXING' | 'VERIFYING' | 'SWAPPING' | 'DONE';

/** One replica at a time rebuilds (a session advisory lock on this key, held for the whole run). */
export const REBUILD_LOCK = 'projection-rebuild';

export interface RebuildPart {
  projection: string;
  eventsProcessed: number;
  /** The events in the log when the run began. */
  eventsTotal: number;
  /** Null until verified. */
  differences: number | null;
  shownDifferences: Difference[];
  /** The live projection had stopped at a failing event: the shadow went on to the head of the log. */
  positionsDiffer: boolean;
  swapped: boolean;
}

export interface RebuildRun {
  id: string;
  projections: string[];
  mode: RebuildMode;
  acceptDifferences: boolean;
  state: RebuildState;
  stage: RebuildStage;
  requestedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
  parts: RebuildPart[];
}

type Db = pg.Pool | pg.ClientBase;

/** Gives the rebuild lock back and ends the session (which would end the lock too, a moment later). */
export async function releaseRebuildLock(client: pg.PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_unlock(hashtext($1))', [REBUILD_LOCK]).catch(() => undefined);
  client.release(true);
}

/** Whether the run's process still holds the rebuild lock (its server process, by pid). */
const LOCK_HELD = `EXISTS (SELECT FROM pg_locks l, (SELECT hashtext('${REBUILD_LOCK}')::bigint AS k) h
  WHERE l.locktype = 'advisory' AND l.granted AND l.pid = r.pid AND l.objsubid = 1
    AND l.classid = ((h.k >> 32) & 4294967295)::oid AND l.objid = (h.k & 4294967295)::oid)`;

/** Runs left RUNNING by a process that died (kill -9, a lost connection): their lock is gone. */
export async function countRuns(db: Db): Promise<number> {
  return (await db.query('SELECT count(*)::int AS n FROM projection_rebuilds')).rows[0].n;
}

export async function abandonDeadRuns(db: Db): Promise<void> {
  await db.query(`UPDATE projection_rebuilds r SET state = 'ABANDONED', finished_at = now() WHERE state = 'RUNNING' AND NOT ${LOCK_HELD}`);
}

export interface NewRun {
  projections: readonly string[];
  mode: RebuildMode;
  acceptDifferences: boolean;
  requestedBy: string;
  /** The server process holding the rebuild lock. */
  pid: number;
  eventsTotal: number;
}

export async function startRun(db: Db, run: NewRun): Promise<string> {
  const { rows } = await db.query(
    `WITH run AS (
       INSERT INTO projection_rebuilds (projections, mode, accept_differences, requested_by, pid) VALUES ($1, $2, $3, $4, $5) RETURNING id
     ), parts AS (
       INSERT INTO projection_rebuild_parts (rebuild_id, projection, events_total) SELECT run.id, p, $6 FROM run, unnest($1::text[]) p
     )
     SELECT id::text FROM run`,
    [run.projections, run.mode, run.acceptDifferences, run.requestedBy, run.pid, run.eventsTotal],
  );
  return rows[0].id;
}

export async function setStage(db: Db, id: string, stage: RebuildStage): Promise<void> {
  await db.query('UPDATE projection_rebuilds SET stage = $2 WHERE id = $1', [id, stage]);
}

export async function setProcessed(db: Db, id: string, processed: ReadonlyMap<string, number>): Promise<void> {
  await db.query(
    `UPDATE projection_rebuild_parts p SET events_processed = u.n FROM unnest($2::text[], $3::bigint[]) AS u(projection, n)
     WHERE p.rebuild_id = $1 AND p.projection = u.projection`,
    [id, [...processed.keys()], [...processed.values()]],
  );
}

export interface Verification {
  differences: number;
  shown: Difference[];
  positionsDiffer: boolean;
  swapped: boolean;
}

export async function setVerification(db: Db, id: string, projection: string, v: Verification): Promise<void> {
  await db.query(
    `UPDATE projection_rebuild_parts SET differences = $3, shown_differences = $4, positions_differ = $5, swapped = $6
     WHERE rebuild_id = $1 AND projection = $2`,
    [id, projection, v.differences, JSON.stringify(v.shown), v.positionsDiffer, v.swapped],
  );
}

export async function finishRun(db: Db, id: string, state: RebuildState, error: string | null = null): Promise<void> {
  await db.query(`UPDATE projection_rebuilds SET state = $2, stage = 'DONE', finished_at = now(), error = $3 WHERE id = $1`, [id, state, error]);
}

/** Which runs: `id` alone, or those before (older than) the run `before`. */
export interface RunFilter {
  id?: string;
  before?: string;
}

/** The newest runs first; a run whose process died shows ABANDONED. */
export async function listRuns(db: Db, first: number, filter: RunFilter = {}): Promise<RebuildRun[]> {
  const { rows } = await db.query(
    `SELECT r.id::text, r.projections, r.mode, r.accept_differences, r.stage, r.requested_by, r.started_at, r.finished_at, r.error,
       CASE WHEN r.state = 'RUNNING' AND NOT ${LOCK_HELD} THEN 'ABANDONED' ELSE r.state END AS state,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('projection', p.projection, 'eventsProcessed', p.events_processed,
          'eventsTotal', p.events_total, 'differences', p.differences, 'shownDifferences', p.shown_differences,
          'positionsDiffer', p.positions_differ, 'swapped', p.swapped) ORDER BY array_position(r.projections, p.projection)), '[]')
        FROM projection_rebuild_parts p WHERE p.rebuild_id = r.id) AS parts
     FROM projection_rebuilds r WHERE ($2::bigint IS NULL OR r.id = $2) AND ($3::bigint IS NULL OR r.id < $3) ORDER BY r.id DESC LIMIT $1`,
    [first, filter.id ?? null, filter.before ?? null],
  );
  return rows.map((r) => ({
    id: r.id, projections: r.projections, mode: r.mode, acceptDifferences: r.accept_differences, state: r.state, stage: r.stage,
    requestedBy: r.requested_by, startedAt: r.started_at, finishedAt: r.finished_at, error: r.error, parts: r.parts,
  }));
}
