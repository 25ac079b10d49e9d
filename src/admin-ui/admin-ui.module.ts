import fs from 'node:fs';
import path from 'node:path';
import { type DynamicModule, Inject, Logger, type MiddlewareConsumer, Module, type NestModule, type OnModuleInit, RequestMethod } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import serveStatic from 'serve-static';

/** Where `npm start` (scripts/build-admin.mjs) and the Docker image put the built admin UI: admin/dist. */
export const ADMIN_UI_DIR = path.resolve(import.meta.dirname, '../../admin/dist');
const UI_DIR = Symbol('admin UI directory');

/** Paths the service answers itself; every other GET for a page is the UI's (its router reads the path). */
const SERVICE_PATHS = /^\/(graphql|graphiql|reports|news-photos|complaint-documents|health|metrics|exports|filer\/(?:sign-in|callback|sign-out))(\/|$)/;

interface Request { method: string; path: string; headers: Record<string, string | string[] | undefined> }
interface Response { setHeader(name: string, value: string): void; sendFile(file: string): void }

/** Hashed bundles are cached for a year; index.html never, so a new build is picked up on the next load. */
function headers(response: { setHeader(name: string, value: string): void }, file: string): void {
  response.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  response.setHeader('x-content-type-options', 'nosniff');
}

/**
 * The admin UI (admin/, React): its files at `/`, and index.html for every other page path it routes (`/cases/…`,
 * `/track/<code>`). A page is answered before the service's own routes, so a page path that a download's route also
 * matches (`/leaflet-permits/<id>` beside `/leaflet-permits/<id>.pdf`) still loads the page; the files come after
 * them. Without a build (a production install that did not copy it) the service answers the API alone.
 */
@Module({})
export class AdminUiModule implements NestModule, OnModuleInit {
  constructor(@Inject(HttpAdapterHost) private readonly host: HttpAdapterHost, @Inject(UI_DIR) private readonly dir: string) {}

  static forRoot(dir = ADMIN_UI_DIR): DynamicModule {
    return { module: AdminUiModule, providers: [{ provide: UI_DIR, useValue: dir }] };
  }

  private get index(): string | undefined {
    const index = path.join(this.dir, 'index.html');
    return fs.existsSync(index) ? index : undefined;
  }

  /** A GET for a page (HTML asked, no file extension, not a service path) is index.html, before any route. */
  configure(consumer: MiddlewareConsumer): void {
    const index = this.index;
    if (!index) return;
    const page = (request: Request, response: Response, next: () => void) => {
      const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !SERVICE_PATHS.test(request.path)
        && !path.extname(request.path) && String(request.headers.accept ?? '').includes('text/html');
      if (!wantsPage) return next();
      headers(response, index);
      response.sendFile(index);
    };
    consumer.apply(page).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }

  /** The UI's files after the service's own routes, before its answer to unknown paths (the adapter exists only at init). */
  onModuleInit(): void {
    if (!this.index) {
      new Logger('AdminUi').warn(`no admin UI at ${this.dir}: npm run build:admin (npm start builds it)`);
      return;
    }
    const files = serveStatic(this.dir, { index: false, setHeaders: headers, fallthrough: true });
    this.host.httpAdapter.getInstance<{ use(handler: unknown): void }>().use(files);
  }
}
