import { type DynamicModule, Logger, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { GRAPHIQL_ASSETS, GraphiQLAssetsController } from './graphiql-assets.controller.js';
import { graphiqlAssets, type GraphiQLAsset } from './graphiql-assets.js';

/** The GraphiQL page's files, outside production and when their packages are installed; else none. */
export function graphiqlPage(config: AppConfig): Map<string, GraphiQLAsset> | undefined {
  if (config.production) return undefined;
  const assets = graphiqlAssets();
  if (!assets) new Logger('GraphQL').warn('no GraphiQL page at /graphql: its packages (graphiql, react, react-dom) are development dependencies, not installed');
  return assets;
}

/** Serves the GraphiQL page's files when there is a page. */
@Module({})
export class GraphiQLModule {
  static forRoot(assets: Map<string, GraphiQLAsset> | undefined): DynamicModule {
    if (!assets) return { module: GraphiQLModule };
    return { module: GraphiQLModule, controllers: [GraphiQLAssetsController], providers: [{ provide: GRAPHIQL_ASSETS, useValue: assets }] };
  }
}
