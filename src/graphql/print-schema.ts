import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from './resolvers.js';

/** The API schema as SDL, from the resolvers' code alone (no database). */
export async function printApiSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

if (process.argv[1]?.endsWith('print-schema.ts') || process.argv[1]?.endsWith('print-schema.js')) {
  await writeFile('schema.graphql', await printApiSchema());
  console.log('schema.graphql written');
}
