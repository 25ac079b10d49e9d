import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { Controller, Get, HttpException, HttpStatus, Inject, Param, Res } from '@nestjs/common';
import { Public } from '../identity/sessions/staff-access.decorators.js';
import type { GraphiQLAsset } from './graphiql-assets.js';
import { GRAPHIQL_ASSET_PATH } from './graphiql-page.js';

export const GRAPHIQL_ASSETS = Symbol('GRAPHIQL_ASSETS');

/** Serves the GraphiQL page's scripts and styles, the named files only, to anyone (outside production). */
@Controller(GRAPHIQL_ASSET_PATH.slice(1))
export class GraphiQLAssetsController {
  constructor(@Inject(GRAPHIQL_ASSETS) private readonly assets: Map<string, GraphiQLAsset>) {}

  @Public()
  @Get(':name')
  serve(@Param('name') name: string, @Res() response: ServerResponse): void {
    const asset = this.assets.get(name);
    if (!asset) throw new HttpException({ code: 'NOT_FOUND', messageEn: 'No such file' }, HttpStatus.NOT_FOUND);
    response.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' });
    createReadStream(asset.file).pipe(response);
  }
}
