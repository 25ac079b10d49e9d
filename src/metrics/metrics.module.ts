import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APPEND_OBSERVER, COMMAND_OBSERVER } from '../eventstore/observers.js';
import { ProjectionsModule } from '../projections/projections.module.js';
import { MetricsController } from './metrics.controller.js';
import { METRICS, type Metrics } from './metrics.js';

/**
 * The app's Metrics as METRICS, for any module to report to. The instance comes from AppModule, which hands it
 * to the GraphQL options too: one registry per app.
 */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(metrics: Metrics): DynamicModule {
    return {
      module: MetricsModule,
      providers: [
        { provide: METRICS, useValue: metrics },
        // The event log's observers: it declares them, the metrics fill them in (the log imports no slice).
        { provide: COMMAND_OBSERVER, useExisting: METRICS },
        { provide: APPEND_OBSERVER, useExisting: METRICS },
      ],
      exports: [METRICS, COMMAND_OBSERVER, APPEND_OBSERVER],
    };
  }
}

/** GET /metrics, which samples the projections at each scrape. */
@Module({ imports: [ProjectionsModule], controllers: [MetricsController] })
export class MetricsEndpointModule {}
