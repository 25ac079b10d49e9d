import { createHash } from 'node:crypto';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { identityErrors } from './identity-errors.js';
import type { AttemptBudget, IdentitySettings } from './identity-settings.js';

/**
 * Sign-in attempts counted per client address and per citizen id in PostgreSQL (table sign_in_limits,
 * migration 162), so every replica draws on the same budget. Citizen ids are counted by their SHA-256.
 */
export class SignInLimits {
  private readonly byAddress: RateLimiterPostgres;
  private readonly byCitizenId: RateLimiterPostgres;

  constructor(pool: pg.Pool, settings: Pick<IdentitySettings, 'attemptsPerAddress' | 'attemptsPerCitizenId'>) {
    this.byAddress = limiter(pool, 'address', settings.attemptsPerAddress);
    this.byCitizenId = limiter(pool, 'citizen', settings.attemptsPerCitizenId);
  }

  spendForAddress(address: string): Promise<void> {
    return spend(this.byAddress, address);
  }

  spendForCitizenId(citizenId: string): Promise<void> {
    return spend(this.byCitizenId, digest(citizenId));
  }

  /** A right password gives the citizen id its budget back (the address keeps counting). */
  async refundCitizenId(citizenId: string): Promise<void> {
    await this.byCitizenId.delete(digest(citizenId));
  }
}

const digest = (citizenId: string) => createHash('sha256').update(`damrong:sign-in:${citizenId}`).digest('hex');

function limiter(pool: pg.Pool, keyPrefix: string, budget: AttemptBudget): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: pool, storeType: 'pool', tableName: 'sign_in_limits', tableCreated: true, keyPrefix,
    points: budget.points, duration: budget.durationSeconds,
  });
}

async function spend(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw identityErrors.rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    throw rejection;
  }
}
