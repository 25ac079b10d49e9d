import { Logger, type OnModuleInit } from '@nestjs/common';
import type pg from 'pg';
import { type CitizenIndex, fillCitizenIndexes } from './staff-accounts.store.js';

const logger = new Logger('StaffAccounts');

/**
 * At start-up, the blind index of the citizen id for every account row that has none (rows of before migration 1082):
 * sign-in finds accounts by it alone. Logs how many rows it filled, never an id.
 */
export class CitizenIndexFill implements OnModuleInit {
  constructor(private readonly pool: pg.Pool, private readonly index: CitizenIndex) {}

  async onModuleInit(): Promise<void> {
    const filled = await fillCitizenIndexes(this.pool, this.index);
    if (filled > 0) logger.log(`blind index of the citizen id filled for ${filled} staff accounts`);
  }
}
