import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestService, type TestService } from '../support/test-app.js';

/** GET /graphql in a browser: GraphiQL from the service's own files outside production (no CDN), no page in production. */

const asBrowser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
/** Every script and style sheet a page loads. */
const loads = (html: string) => [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);

describe('the GraphiQL page outside production', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => service?.close());

  it('loads nothing from another host: its scripts and style sheet are served by the service', async () => {
    const response = await fetch(`${service.base}/graphql`, { headers: asBrowser });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/https?:\/\/|["'(]\/\/[a-z]/i);
    const files = loads(html);
    expect(files.sort()).toEqual(['/graphiql/graphiql.css', '/graphiql/graphiql.js', '/graphiql/react-dom.js', '/graphiql/react.js']);
    for (const file of files) {
      const asset = await fetch(`${service.base}${file}`);
      expect({ file, status: asset.status, type: asset.headers.get('content-type')?.split(';')[0] })
        .toEqual({ file, status: 200, type: file.endsWith('.css') ? 'text/css' : 'text/javascript' });
      const text = await asset.text();
      expect(text.length).toBeGreaterThan(1000);
      // The bundles fetch nothing themselves from a CDN: no import of a remote module or style sheet.
      expect(text).not.toMatch(/(?:import\s*\(|@import\s+(?:url\()?|\bsrc\s*=\s*)["']https?:/);
    }
  });

  it('serves only the page files', async () => {
    expect((await fetch(`${service.base}/graphiql/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${service.base}/graphiql/package.json`)).status).toBe(404);
  });
});

describe('GraphQL in production', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ production: true });
  });
  afterAll(async () => service?.close());

  it('shows no page at /graphql and serves no page files', async () => {
    const response = await fetch(`${service.base}/graphql`, { headers: asBrowser });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(await response.text()).not.toMatch(/<html|<script/i);
    expect((await fetch(`${service.base}/graphiql/graphiql.js`)).status).toBe(404);
  });
});
