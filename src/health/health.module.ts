import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ProjectionsModule } from '../projections/projections.module.js';
import { HealthController } from './health.controller.js';

/** `/health/live` and `/health/ready` (@nestjs/terminus). Terminus logs nothing: the 503's body says what failed. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false }), ProjectionsModule],
  controllers: [HealthController],
})
export class HealthModule {}
