import { describe, expect, it } from '@jest/globals';
import { HealthIndicatorService } from '@nestjs/terminus';
import { projectionsReady } from '../../src/health/readiness.js';
import type { ProjectionStatus } from '../../src/projections/runner/projection-status.js';

/** Which projection states and lags /health/ready accepts. */

const status = (name: string, state: ProjectionStatus['state'], lagEvents: number): ProjectionStatus => ({
  name, state, position: '0', lagEvents, lagSeconds: 0, heldBy: null, lastError: 'not shown', failedEventId: null, updatedAt: null,
});

describe('projectionsReady', () => {
  it('accepts running and standing by within the bound, and nothing else', async () => {
    const result = await projectionsReady(new HealthIndicatorService(), async () => [
      status('a', 'RUNNING', 5), status('b', 'STANDBY', 5), status('c', 'RUNNING', 6),
      status('d', 'STARTING', 0), status('e', 'STOPPED', 0), status('f', 'FAILED', 0),
    ], 5);
    expect(Object.entries(result).map(([key, value]) => [key, value.status])).toEqual([
      ['projection:a', 'up'], ['projection:b', 'up'], ['projection:c', 'down'],
      ['projection:d', 'down'], ['projection:e', 'down'], ['projection:f', 'down'],
    ]);
    expect(JSON.stringify(result)).not.toContain('not shown');
  });

  it('is down as a whole when the statuses cannot be read, saying nothing of why', async () => {
    const result = await projectionsReady(new HealthIndicatorService(), () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432')), 5);
    expect(result).toEqual({ projections: { status: 'down', reason: 'unreadable' } });
  });
});
