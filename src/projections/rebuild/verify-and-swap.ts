import type { LogPosition } from '../../eventstore/event-store.port.js';
import { advanceCheckpoint } from '../runner/checkpoints.js';
import { READ_MODELS_CHANNEL } from '../runner/read-model-changes.js';
import type { Projection } from '../runner/projection.js';
import { swapLockKey } from '../runner/projection-runner.js';
import { compareTable, type Difference } from './compare-tables.js';
import type { RebuildRun, RebuildStage, Verification } from './rebuild-runs.js';
import { catchUpShadow, comparePositions, liveCheckpoints } from './shadow-catch-up.js';
import { swapIn } from './swap-tables.js';

export interface VerifyStep {
  run: RebuildRun;
  projection: Projection;
  /** The live tables' schema. */
  live: string;
  catchUp: Parameters<typeof catchUpShadow>[0];
  /** Where the shadow's load stopped. */
  from: LogPosition;
  /** Differences kept (all are counted). */
  show: number;
  swapLockTimeoutMs: number;
  stage(stage: RebuildStage, line: string): Promise<void>;
  log(line: string): void;
}

/**
 * Brings one projection's shadow to the live checkpoint (to the head of the log if the live one stopped at a
 * failing event), then, in one transaction holding the projection's swap lock so that its runner waits: the
 * last events up to the checkpoint, the comparison, and (REBUILD) the swap.
 */
export async function verifyAndSwap(step: VerifyStep): Promise<Verification> {
  const { run, projection, live, catchUp, from, show } = step;
  const { client } = catchUp;
  const before = (await liveCheckpoints(client, [projection.name])).get(projection.name)!;
  let position = await catchUpShadow(catchUp, from, before.failed ? null : before.position);
  await step.stage('VERIFYING', `${projection.name}: compared with the live tables at the live checkpoint`);
  await client.query('BEGIN');
  await client.query(`SET LOCAL lock_timeout = ${Number(step.swapLockTimeoutMs)}`);
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [swapLockKey(projection.name)]);
  const checkpoint = (await liveCheckpoints(client, [projection.name])).get(projection.name)!;
  position = await catchUpShadow({ ...catchUp, inTransaction: true }, position, checkpoint.failed ? null : checkpoint.position);
  const positionsDiffer = comparePositions(position, checkpoint.position) !== 0;
  if (positionsDiffer) {
    step.log(`${projection.name}: the live projection ${checkpoint.failed ? 'stopped at a failing event' : 'is elsewhere'}`
      + ` (${checkpoint.position.globalPosition}), the rebuilt one reached ${position.globalPosition}`);
  }
  let differences = 0;
  const shown: Difference[] = [];
  for (const table of projection.tables) {
    const compared = await compareTable(client, live, table, show);
    differences += compared.count;
    shown.push(...compared.shown.slice(0, show - shown.length));
    if (compared.count > 0) step.log(`${projection.name}: ${compared.count} rows of ${table} differ`);
  }
  const swap = run.mode === 'REBUILD' && (run.acceptDifferences || (differences === 0 && !positionsDiffer));
  if (swap) {
    await step.stage('SWAPPING', `${projection.name}: ${projection.tables.join(', ')}`);
    await swapIn(client, projection, live, checkpoint.position, run.id);
    await client.query('SELECT pg_notify($1, $2)', [READ_MODELS_CHANNEL, projection.name]); // its tables changed
    if (positionsDiffer) await advanceCheckpoint(client, projection.name, position);
  } else if (run.mode === 'REBUILD') {
    step.log(`${projection.name}: not swapped, ${differences} differences${positionsDiffer ? ' and positions differ' : ''} (accept differences to swap)`);
  }
  await client.query('COMMIT');
  return { differences, shown, positionsDiffer, swapped: swap };
}
