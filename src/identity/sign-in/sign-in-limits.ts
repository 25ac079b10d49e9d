import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { identityErrors } from '../identity-errors.js';
import type { AttemptBudget, IdentitySettings } from '../identity-settings.js';

/**
 * Two budgets of password checks, counted in PostgreSQL (table sign_in_limits, migration 162) so every replica
 * draws on the same: per client address over all user names (against spraying), and per typed user name over
 * all addresses (against guessing from many addresses; high, and skipped at addresses the user name signed in
 * from). A right password gives its point back, so only wrong ones use them up. User names are counted by a
 * key made from the keyring's blind index of the citizen id (SignInThrottle: keyed HMACs, for an unkeyed hash of 13
 * digits is undone by hashing them all), whether or not an account has them.
 */
export class SignInLimits {
  private readonly byAddress: RateLimiterPostgres;
  private readonly byUserName: RateLimiterPostgres;

  constructor(pool: pg.Pool, settings: Pick<IdentitySettings, 'attemptsPerAddress' | 'failuresPerUserName'>) {
    this.byAddress = limiter(pool, 'address', settings.attemptsPerAddress);
    this.byUserName = limiter(pool, 'user-name', settings.failuresPerUserName);
  }

  spendForAddress(address: string): Promise<void> {
    return spend(this.byAddress, address);
  }

  spendForUserName(userKey: Buffer): Promise<void> {
    return spend(this.byUserName, userKey.toString('hex'));
  }

  async refundAddress(address: string): Promise<void> {
    await this.byAddress.reward(address, 1);
  }

  async refundUserName(userKey: Buffer): Promise<void> {
    await this.byUserName.reward(userKey.toString('hex'), 1);
  }
}

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
