import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * docker-compose.yml's shape, read as text (no Docker engine here, and no YAML parser among the dependencies): its
 * top-level keys and services are the lines indented 0 and 2 spaces; a service's `<<: *name` takes in the block of
 * the `x-` key whose anchor it names.
 */
const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../docker-compose.yml'), 'utf8');

function blocks(source: string, indent: string): Map<string, string> {
  const heads = [...source.matchAll(new RegExp(`^${indent}([a-z][\\w-]*):(.*)$`, 'gm'))];
  return new Map(heads.map((head, i) => [head[1], source.slice(head.index, heads[i + 1]?.index ?? source.length)]));
}

const top = blocks(text, '');
const anchors = new Map([...top.values()].flatMap((block) => [...block.matchAll(/&([\w-]+)/g)].map((m) => [m[1], block] as const)));
const services = new Map([...blocks(top.get('services')!, '  ')].map(([name, block]) => {
  const merged = [...block.matchAll(/^ {4}<<: \*([\w-]+)$/gm)].map((m) => anchors.get(m[1]) ?? `no anchor ${m[1]}`);
  return [name, [block, ...merged].join('\n')];
}));
const setting = (block: string, key: string) => new RegExp(`^ +${key}: (.+)$`, 'm').exec(block)?.[1];
const declaredVolumes = [...blocks(top.get('volumes')!, '  ').keys()];

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 18 always, and the service on PostgreSQL or on KurrentDB by profile, never both', () => {
    expect([...services.keys()].sort()).toEqual(['damrong', 'damrong-kurrentdb', 'kurrentdb', 'postgres']);
    expect([...services].map(([name, block]) => [name, setting(block, 'profiles') ?? 'always'])).toEqual([
      ['postgres', 'always'], ['kurrentdb', '[kurrentdb]'], ['damrong', '[postgres]'], ['damrong-kurrentdb', '[kurrentdb]'],
    ]);
    expect(setting(services.get('postgres')!, 'image')).toBe('postgres:18');
    expect(setting(services.get('kurrentdb')!, 'image')).toMatch(/^docker\.kurrent\.io\/kurrent-lts\/kurrentdb:\d+\.\d+\.\d+$/);
  });

  it('gives each form of the service its event log, and the KurrentDB one the node to reach, once healthy', () => {
    expect(setting(services.get('damrong')!, 'EVENT_STORE')).toBe('postgres');
    expect(setting(services.get('damrong')!, 'KURRENTDB_URL')).toBeUndefined();
    const onKurrent = services.get('damrong-kurrentdb')!;
    expect([setting(onKurrent, 'EVENT_STORE'), setting(onKurrent, 'KURRENTDB_URL')]).toEqual(['kurrentdb', 'kurrentdb://kurrentdb:2113?tls=false']);
    expect(onKurrent).toMatch(/^ {6}kurrentdb:\n {8}condition: service_healthy$/m);
    expect(onKurrent).toMatch(/^ {6}postgres:\n {8}condition: service_healthy$/m);
  });

  it('checks the health of every service, KurrentDB on /health/live', () => {
    for (const [name, block] of services) expect({ name, healthcheck: /^ +healthcheck:\n(?: +#.*\n)* +test: \[.+\]$/m.test(block) }).toEqual({ name, healthcheck: true });
    expect(setting(services.get('kurrentdb')!, 'test')).toContain('http://127.0.0.1:2113/health/live');
  });

  it('keeps every piece of data in a declared volume: PostgreSQL, the photos, KurrentDB\'s log and its log files', () => {
    const named = [...services.values()].flatMap((block) => [...block.matchAll(/^ +- ([a-z][\w-]*):(\/[\w/.-]+)/gm)].map((m) => `${m[1]}:${m[2]}`));
    expect([...new Set(named)].sort()).toEqual([
      'damrong-data:/var/lib/damrong', 'kurrentdb-data:/var/lib/kurrentdb', 'kurrentdb-logs:/var/log/kurrentdb', 'postgres18-data:/var/lib/postgresql',
    ]);
    expect(declaredVolumes.sort()).toEqual(['damrong-data', 'kurrentdb-data', 'kurrentdb-logs', 'postgres18-data']);
  });

  it('writes no password, runs KurrentDB insecure with a comment saying so, and publishes no KurrentDB port', () => {
    expect(text).not.toMatch(/PASSWORD: /);
    expect(text).not.toMatch(/:\/\/[^\s@/]+:[^\s@/]*@/);
    const kurrent = services.get('kurrentdb')!;
    expect(setting(kurrent, 'KURRENTDB_INSECURE')).toBe('"true"');
    expect(kurrent).toMatch(/# Insecure: [^\n]*For local use only/);
    expect(setting(kurrent, 'ports')).toBeUndefined();
    expect(kurrent).not.toMatch(/^ {4}ports:/m);
  });
});
