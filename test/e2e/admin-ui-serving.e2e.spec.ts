import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ADMIN_UI_DIR } from '../../src/admin-ui/admin-ui.module.js';
import { startTestService, type TestService } from '../support/test-app.js';

/** The service serves the built admin UI (npm test builds it first): its files, and index.html for its page paths. */

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service?.close());

const page = (url: string) => fetch(`${service.base}${url}`, { headers: { accept: 'text/html,application/xhtml+xml' } });

it('answers index.html for the UI paths a browser opens, without a session', async () => {
  const index = await fs.readFile(path.join(ADMIN_UI_DIR, 'index.html'), 'utf8');
  for (const url of ['/', '/sign-in', '/debt-cases/DC-1', '/track/ABCD1234', '/leaflet-permits/LP-2200101-2569-000001', '/filer/leaflet-permits']) {
    const response = await page(url);
    expect({ url, status: response.status, cache: response.headers.get('cache-control'), body: await response.text() })
      .toEqual({ url, status: 200, cache: 'no-cache', body: index });
  }
});

it('serves the hashed bundles for a year, and loads nothing from another host', async () => {
  const index = await fs.readFile(path.join(ADMIN_UI_DIR, 'index.html'), 'utf8');
  expect(index).not.toMatch(/(src|href)="(https?:)?\/\//);
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)![1];
  const response = await fetch(`${service.base}${script}`);
  expect({ status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control') })
    .toEqual({ status: 200, type: 'text/javascript; charset=utf-8', cache: 'public, max-age=31536000, immutable' });
});

it('leaves the service its own paths: GraphQL, report, case-history, permit and document downloads, a missing file', async () => {
  const graphql = await service.graphql('{ provinces { code } }');
  expect(graphql.data.provinces).toHaveLength(77);
  const report = await page('/reports/daily/2024-05-17/49.pdf');
  expect({ status: report.status, body: await report.json() }).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  const history = await page('/exports/case-history/DEBT-4901-2569-000001/history.pdf');
  expect({ status: history.status, body: await history.json() }).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  for (const download of ['/leaflet-permits/LP-2200101-2569-000001.pdf', '/complaint-documents/CMP-1/DOC-1']) {
    const response = await page(download);
    expect({ download, status: response.status, body: await response.json() }).toMatchObject({ download, status: 401, body: { code: 'UNAUTHENTICATED' } });
  }
  const missing = await fetch(`${service.base}/assets/no-such-file.js`);
  expect(missing.status).toBe(404);
});
