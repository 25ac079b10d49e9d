import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../database/database.module.js';
import { featuresOffLine } from './log-features.js';

/** At start-up, on a log other than PostgreSQL's, one line naming the features that are off (log-features.ts). */
@Injectable()
export class LogFeaturesNotice implements OnApplicationBootstrap {
  private readonly logger = new Logger('EventStore');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    const line = featuresOffLine(this.config);
    if (line) this.logger.warn(line);
  }
}
