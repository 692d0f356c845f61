// The .keyshift.yaml JSON Schema (schema/keyshift.schema.json, shipped in the package for editors) and its
// validation: ajv compiles the schema at build time (scripts/compile-schema.mjs -> schema-validator.ts, standalone
// code), so reading a config neither loads nor compiles ajv at run time.
// Must not echo user text: callers turn ajv errors into messages through userText (model/secret.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { validate } from './schema-validator.js';

/** Where editors find the schema: the `# yaml-language-server: $schema=` line of the starter file. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/keyshift/keyshift/main/schema/keyshift.schema.json';

let schema: Record<string, unknown> | undefined;

/** The schema object, read from the package's schema/ folder (walking up to the package.json named keyshift). */
export function configSchema(): Record<string, unknown> {
  if (schema) return schema;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'schema', 'keyshift.schema.json');
    const pkg = join(dir, 'package.json');
    if (existsSync(file) && existsSync(pkg)) {
      schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return schema;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('keyshift is installed without schema/keyshift.schema.json; reinstall the package');
    dir = parent;
  }
}

/** ajv's errors for a config value (plain JS, as YAML parsed it); [] when valid. */
export function schemaErrors(value: unknown): ErrorObject[] {
  const check = validate as ((v: unknown) => boolean) & { errors?: ErrorObject[] | null };
  return check(value) ? [] : [...(check.errors ?? [])];
}

/** The property names a schema node allows (for did-you-mean on unknown keys). */
export function knownKeys(parentSchema: unknown): string[] {
  const props = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}
