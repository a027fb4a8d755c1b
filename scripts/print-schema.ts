/**
 * Print the SDL of the built schema to schema.graphql (with the default limits).
 * `--check` exits 1 when the checked-in file is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { defaultConfig } from '../src/config.js';
import { buildSchema } from '../src/schema/index.js';

export const schemaFile = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** The SDL that `schema.graphql` must hold. */
export function printedSchema(): string {
  const schema = buildSchema({
    maxTextLength: defaultConfig.maxTextLength,
    maxBatchSize: defaultConfig.maxBatchSize,
    maxBatchTextLength: defaultConfig.maxBatchTextLength,
  });
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sdl = printedSchema();
  if (process.argv.includes('--check')) {
    const current = readFileSync(schemaFile, 'utf8');
    if (current !== sdl) {
      console.error('schema.graphql is stale: run `npm run schema` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date.');
  } else {
    writeFileSync(schemaFile, sdl);
    console.log(`Wrote ${schemaFile}`);
  }
}
