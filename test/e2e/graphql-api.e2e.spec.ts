import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { CaseCommand } from '../../src/eventstore/case-command.js';
import { printApiSchema } from '../../src/graphql/print-schema.js';
import { tallyDecider } from '../support/counter.decider.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GraphQL over HTTP', () => {
  it('serves the geography, accepting Thai digits', async () => {
    const { data } = await t.graphql(`{ provinces { code nameTh nameEn }
      districts(provinceCode: "๑๐") { code isBangkokKhet } subdistricts(districtCode: "5025") { code nameTh } }`);
    expect(data.provinces).toHaveLength(77);
    expect(data.provinces[0]).toEqual({ code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' });
    expect(data.districts).toHaveLength(50);
    expect(data.districts.every((d: { isBangkokKhet: boolean }) => d.isBangkokKhet)).toBe(true);
    expect(data.subdistricts.length).toBeGreaterThan(0);
  });

  it('answers bad input with a typed error in Thai and English, and no stack trace', async () => {
    const body = await t.graphql('{ districts(provinceCode: "99") { code } }');
    expect(body.errors![0].extensions).toEqual({
      code: 'GEOGRAPHY_UNKNOWN_PROVINCE', messageTh: expect.stringMatching(/[ก-๙]/),
      messageEn: expect.any(String), field: 'provinceCode',
    });
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z]+ \(/);
  });

  it('refuses a page size outside the range each list states, on every list that takes one', async () => {
    const schema = buildSchema(await readFile('schema.graphql', 'utf8'));
    const required: Record<string, string> = {
      districtNews: 'districtCode: "7001", ', staffAccounts: 'officeCode: "CENTRAL", ', searchComplaints: 'text: "น้ำท่วม", ',
      businesses: 'authorityCode: "2200101", ', billPaymentRuns: 'authorityCode: "2200101", ',
      billPaymentRunLines: 'runId: "00000000-0000-0000-0000-000000000000", ', monthlyReturns: 'filter: { authorityCode: "2200101" }, ',
    };
    const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'first'));
    expect(lists.map((f) => f.name).sort())
      .toEqual(['billPaymentRunLines', 'billPaymentRuns', 'businesses', 'caseStreams', 'complaints', 'debtCases', 'districtNews', 'erasureRequests', 'filerLeafletPermits', 'filerReturns', 'handedOverCases',
        'leafletPermits', 'legalHolds', 'localAuthorities', 'monthlyReturns', 'personalDataReads', 'projectionRebuilds', 'retentionRuns', 'searchComplaints', 'staffAccounts',
        'subjectCopyRequests']);
    for (const list of lists) {
      const max = Number(/^Rows on the page, 1 to (\d+)$/.exec(list.args.find((a) => a.name === 'first')!.description ?? '')?.[1]);
      expect([list.name, max]).toEqual([list.name, expect.any(Number)]);
      const page = (first: number) => t.admin.graphql(`query ($first: Int) { ${list.name}(${required[list.name] ?? ''}first: $first) {
        totalCount pageInfo { hasNextPage } edges { cursor } } }`, { first });
      for (const first of [0, -1, max + 1]) {
        const refused = await page(first);
        expect([list.name, first, refused.data?.[list.name] ?? null, refused.errors?.[0].extensions]).toEqual([list.name, first, null, {
          code: 'PAGE_SIZE_INVALID', messageTh: `ขอได้ครั้งละ 1 ถึง ${max} รายการ`, messageEn: `first must be 1 to ${max}`, field: 'first',
        }]);
      }
      // A filer's list checks the page size first, then answers staff that no filer is signed in.
      const fine = list.name.startsWith('filer') ? [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FILER_NOT_SIGNED_IN' }) })] : undefined;
      for (const first of [1, max]) expect([list.name, first, (await page(first)).errors]).toEqual([list.name, first, fine]);
    }
  });

  it('refuses a variable its type does not take, naming the field, and answers every refused request in Thai too', async () => {
    const page = (first: unknown) => t.admin.graphql('query ($first: Int) { complaints(first: $first) { totalCount } }', { first });
    for (const first of ['12a', 2 ** 31, 1.5, true]) {
      expect((await page(first)).errors?.[0].extensions).toEqual({
        code: 'INPUT_VALUE_INVALID', messageTh: 'ค่าในช่องนี้ไม่ถูกต้อง ต้องเป็นจำนวนเต็ม', messageEn: 'The value is not a valid Int', field: 'first',
      });
    }
    const point = await t.admin.graphql('mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { version } }',
      { input: { location: { point: { lat: 'สิบสาม', lng: 99.8 } } } });
    // With every required value the input leaves out, at once.
    expect(point.errors?.find((e) => e.extensions.field === 'location.point.lat')?.extensions)
      .toMatchObject({ code: 'INPUT_VALUE_INVALID', messageTh: expect.stringContaining('ตัวเลข') });
    expect(point.errors?.find((e) => e.extensions.field === 'subject')?.extensions).toMatchObject({ code: 'INPUT_REQUIRED' });
    expect((await t.admin.graphql('{ complaints(first: "12a") { totalCount } }')).errors?.[0].extensions).toEqual({
      code: 'INPUT_VALUE_INVALID', messageTh: 'ค่าในช่องนี้ไม่ถูกต้อง ต้องเป็นจำนวนเต็ม', messageEn: 'The value is not a valid Int', field: 'first',
    });
    for (const [query, code] of [['{ provinces { cod } }', 'GRAPHQL_VALIDATION_FAILED'], ['{ provinces { ', 'GRAPHQL_PARSE_FAILED']]) {
      expect((await t.admin.graphql(query)).errors?.[0].extensions).toEqual({ code, messageTh: expect.stringMatching(/คำขอ/), messageEn: expect.any(String), field: null });
    }
  });

  it('sends a case command through the CommandBus, records it, and projects it', async () => {
    const bus = t.app.get(CommandBus);
    const streamId = `tally-${randomUUID()}`;
    const context = { commandId: randomUUID(), actor: 'officer:3101', correlationId: randomUUID() };
    const result = await bus.execute(new CaseCommand(streamId, tallyDecider, { kind: 'increment', by: 7 }, context));
    expect(result).toMatchObject({ version: 1, state: { total: 7 } });
    const retried = await bus.execute(new CaseCommand(streamId, tallyDecider, { kind: 'increment', by: 7 }, context));
    expect(retried.alreadyHandled).toBe(true);

    const { data } = await t.admin.graphql(`query ($id: ID!) { streamHistory(streamId: $id) {
      type version actor commandId correlationId causationId schemaVersion data position recordedAt } }`, { id: streamId });
    expect(data.streamHistory).toEqual([expect.objectContaining({
      type: 'TallyIncremented', version: 1, actor: 'officer:3101', commandId: context.commandId,
      correlationId: context.correlationId, schemaVersion: 1, data: '{"by":7}',
    })]);

    await t.caughtUp();
    const { projectionStatus } = (await t.admin.graphql('{ projectionStatus { name state position lagEvents lagSeconds lastError } }')).data;
    expect(projectionStatus.find((s: { name: string }) => s.name === 'stream-catalogue')).toEqual({
      name: 'stream-catalogue', state: 'RUNNING', position: data.streamHistory[0].position, lagEvents: 0, lagSeconds: 0, lastError: null,
    });
    const streams = await t.admin.graphql('{ caseStreams(caseType: ACCOUNT) { totalCount edges { node { streamId caseType version } } } }');
    expect(streams.data.caseStreams.edges).toContainEqual({ node: { streamId: `account-${t.admin.accountId}`, caseType: 'ACCOUNT', version: 2 } });
    expect(streams.data.caseStreams.totalCount).toBe(streams.data.caseStreams.edges.length);

    // The log's history and its catalogue are for the centre and the auditors.
    const officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
    for (const query of [`{ streamHistory(streamId: "${streamId}") { type } }`, '{ caseStreams { totalCount } }']) {
      expect((await officer.graphql(query)).errors![0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await t.graphql('{ projectionStatus { name } }')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to restart a projection that does not exist, and lets central administrators alone restart one', async () => {
    const body = await t.admin.graphql('mutation { restartProjection(input: { name: "nope" }) }');
    expect(body.errors![0].extensions.code).toBe('UNKNOWN_PROJECTION');
    const staff = await t.signInAs({ level: 'CENTRAL' });
    expect((await staff.graphql('mutation { restartProjection(input: { name: "stream-catalogue" }) }')).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.admin.graphql('mutation { restartProjection(input: { name: "stream-catalogue" }) }')).data).toEqual({ restartProjection: false });
    const { rows } = await t.db.pool.query(`SELECT restarted_by, restarted_by_office FROM projection_checkpoints WHERE name = 'stream-catalogue'`);
    expect(rows).toEqual([{ restarted_by: `account:${t.admin.accountId}`, restarted_by_office: 'CENTRAL' }]);
  });
});

describe('schema.graphql', () => {
  it('is what the code generates (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile('schema.graphql', 'utf8');
    expect(await printApiSchema()).toBe(committed);
    const live = t.app.get(GraphQLSchemaHost).schema;
    expect(printSchema(lexicographicSortSchema(live)) + '\n').toBe(committed);
  });
});
