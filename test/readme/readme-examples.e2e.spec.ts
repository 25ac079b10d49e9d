import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { startTestService, type GraphQLAnswer, type TestService } from '../support/test-app.js';
import { writeExportFiles } from './export-files.js';
import { documentedError, downloadExamples, needsSignIn, readmeBlocks, shellCommands, type ReadmeBlock } from './readme-blocks.js';

/**
 * Every command and query README.md shows, run as it is written, in its order, against a new installation:
 * the bootstrap through the CLI, the sign-in and password change, then each GraphQL example (`# signed in`
 * ones with the token the README's sign-in answered) and each report download it names.
 */

const repo = path.resolve(import.meta.dirname, '../..');
const README = path.join(repo, 'README.md');
const OWN_PASSWORD = 'รหัสผ่านของผู้ดูแลระบบเอง';

/** Shell commands a test cannot run, each with the reason; every other command of the README is run. */
const NOT_RUN: [RegExp, string][] = [
  [/^npm (install|start|test|ci)\b/, 'installs or starts the whole service: what the other tests and CI do'],
  [/^docker /, 'needs a Docker engine'],
  [/^psql /, "needs the superuser of your own PostgreSQL server"],
  [/postgres:\/\/…/, 'names an external server by a placeholder; DATABASE_URL is what the test runs the CLI with'],
  [/kurrentdb:\/\//, 'needs a KurrentDB server (the tests run none)'],
];

/** `npm run cli -- …` as the README writes it, run by bash with `npm` the CLI module (as `npm run cli` runs it). */
const NPM_AS_CLI = `npm() { [ "$1 $2 $3" = "run cli --" ] || { echo "not a CLI command: npm $*" >&2; return 127; }; shift 3;
  node --import "$SWC_REGISTER" "$CLI_MODULE" "$@"; }`;

let service: TestService;
let cwd: string;
const session: { token?: string; oneTimePassword?: string } = {};

beforeAll(async () => {
  service = await startTestService();
  cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-readme-'));
  await writeExportFiles(cwd);
  // `sh docker/make-secrets.sh` runs on a copy: it writes beside itself.
  await fs.mkdir(path.join(cwd, 'docker'));
  await fs.copyFile(path.join(repo, 'docker/make-secrets.sh'), path.join(cwd, 'docker/make-secrets.sh'));
});
afterAll(async () => {
  await service?.close();
  await fs.rm(cwd, { recursive: true, force: true });
});

const fill = (text: string) => text
  .replaceAll('<one-time password>', session.oneTimePassword ?? '<no admin create ran before>')
  .replaceAll('<a password of your own>', OWN_PASSWORD);

async function runShell(command: string) {
  const run = promisify(execFile)('bash', ['-c', `${NPM_AS_CLI}\n${command}`], {
    cwd,
    env: {
      ...process.env, HOME: cwd, DATABASE_URL: service.db.url, DATABASE_REQUEST_URL: service.db.requestUrl,
      // @swc-node/register/esm-register resolves its loader from the working directory: registered by its path instead.
      SWC_REGISTER: `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(pathToFileURL(path.join(repo, 'node_modules/@swc-node/register/esm/esm.mjs')).href)})`,
      SWC_NODE_PROJECT: path.join(repo, 'tsconfig.json'), CLI_MODULE: path.join(repo, 'src/cli.ts'),
    },
  });
  return run.then((r) => ({ ...r, exitCode: 0 }), (e: { stdout: string; stderr: string; code: number }) => ({ stdout: e.stdout, stderr: e.stderr, exitCode: e.code }));
}

async function checkShell(block: ReadmeBlock, command: string) {
  const expected = documentedError(block.text);
  const { stdout, stderr, exitCode } = await runShell(command);
  if (expected) {
    expect({ exitCode, refusedWith: stderr.includes(expected) }).toEqual({ exitCode: 1, refusedWith: true });
  } else {
    expect({ exitCode, stderr: exitCode === 0 ? '' : stderr }).toEqual({ exitCode: 0, stderr: '' });
  }
  session.oneTimePassword = /One-time password[^:]*: (\S+)/.exec(stdout)?.[1] ?? session.oneTimePassword;
}

/** Each operation of a GraphQL block, with the text from the end of the one before to the end of its own line. */
function operations(document: string): { name?: string; text: string }[] {
  const ops = parse(document).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  let from = 0;
  return ops.map((op) => {
    const lineEnd = document.indexOf('\n', op.loc!.end);
    const to = lineEnd === -1 ? document.length : lineEnd;
    const text = document.slice(from, to);
    from = to;
    return { name: op.name?.value, text };
  });
}

async function checkGraphQL(block: ReadmeBlock) {
  const document = fill(block.text);
  if (needsSignIn(block)) expect(session.token).toBeDefined();
  for (const operation of operations(document)) {
    const response = await fetch(`${service.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(needsSignIn(block) ? { authorization: `Bearer ${session.token}` } : {}) },
      body: JSON.stringify({ query: document, operationName: operation.name }),
    });
    const answer = (await response.json()) as GraphQLAnswer;
    const expected = documentedError(operation.text);
    const codes = (answer.errors ?? []).map((error) => error.extensions?.code ?? error.message);
    expect({ operation: operation.name, codes }).toEqual({ operation: operation.name, codes: expected ? [expected] : [] });
    if (!expected) expect(Object.values(answer.data ?? {}).every((value) => value !== null)).toBe(true);
    session.token = answer.data?.signIn?.token ?? session.token;
  }
}

describe('README.md, run as written', () => {
  const blocks = readmeBlocks(README);

  it('shows GraphQL examples and shell commands, and runs or names every command', () => {
    const shell = blocks.filter((b) => b.language === 'bash').flatMap(shellCommands);
    const run = (c: string) => c.startsWith('npm run cli -- ') || c.startsWith('sh docker/make-secrets.sh');
    const unknown = shell.filter((c) => !run(c) && !NOT_RUN.some(([pattern]) => pattern.test(c)));
    expect(unknown).toEqual([]);
    expect(blocks.filter((b) => b.language === 'graphql').length).toBeGreaterThanOrEqual(5);
    expect(shell.filter((c) => c.startsWith('npm run cli -- admin create')).length).toBeGreaterThanOrEqual(2);
  });

  for (const block of blocks) {
    if (block.language === 'graphql') {
      it(`line ${block.line}: the GraphQL example${needsSignIn(block) ? ', signed in' : ''}`, () => checkGraphQL(block), 30_000);
    }
    if (block.language === 'bash') {
      for (const command of shellCommands(block).filter((c) => !NOT_RUN.some(([pattern]) => pattern.test(c)))) {
        it(`line ${block.line}: ${command.slice(0, 80)}`, () => checkShell(block, command), 60_000);
      }
    }
  }

  it('has made the Compose secrets with its sh docker/make-secrets.sh: random, readable in a closed folder, kept on a second run', async () => {
    const dir = path.join(cwd, 'docker/secrets');
    const names = ['damrong-password', 'damrong-request-password', 'personal-data-master-key', 'postgres-password'];
    expect((await fs.readdir(dir)).sort()).toEqual(names);
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    const passwords = await Promise.all(names.map((name) => fs.readFile(path.join(dir, name), 'utf8')));
    for (const name of names) expect((await fs.stat(path.join(dir, name))).mode & 0o777).toBe(0o644);
    // The passwords are 24 random bytes in hex, the master key of personal data 32 (what PERSONAL_DATA_MASTER_KEY_FILE takes).
    expect(passwords.map((p) => p.length)).toEqual([48, 48, 64, 48]);
    expect(passwords.every((p) => /^[0-9a-f]+$/.test(p))).toBe(true);
    expect(new Set(passwords).size).toBe(4);
    expect(await runShell('sh docker/make-secrets.sh')).toMatchObject({ exitCode: 0, stdout: '' });
    expect(await Promise.all(names.map((name) => fs.readFile(path.join(dir, name), 'utf8')))).toEqual(passwords);
  });

  it('serves each report download it names, to the signed-in administrator', async () => {
    const downloads = downloadExamples(README);
    expect(downloads.length).toBeGreaterThan(0);
    for (const route of downloads) {
      const response = await fetch(`${service.base}${route}`, { headers: { authorization: `Bearer ${session.token}` } });
      expect({ route, status: response.status }).toEqual({ route, status: 200 });
    }
  }, 60_000);
});
