// The .keyshift.yaml JSON Schema (schema/keyshift.schema.json, shipped in the package for editors) and its
// validation with ajv. Compiled once, on the first config file read, so a run without a config pays nothing.
// Must not echo user text: callers turn ajv errors into messages through userText (model/secret.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Class, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

/** Where editors find the schema: the `# yaml-language-server: $schema=` line of the starter file. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/keyshift/keyshift/main/schema/keyshift.schema.json';

let schema: Record<string, unknown> | undefined;
let validate: ValidateFunction | undefined;

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

/**
 * ajv is loaded on first use, not imported: importing and compiling cost 100-400 ms of start-up here (see the
 * commit message), which a run without a .keyshift.yaml must not pay. The require form is the one esbuild
 * bundles (as catalog/load.ts does for yaml).
 */
function loadAjv(): typeof Ajv2020Class {
  const mod = (typeof require === 'function' ? require('ajv/dist/2020.js') : createRequire(import.meta.url)('ajv/dist/2020.js')) as { Ajv2020: typeof Ajv2020Class };
  return mod.Ajv2020;
}

/** ajv's errors for a config value (plain JS, as YAML parsed it); [] when valid. */
export function schemaErrors(value: unknown): ErrorObject[] {
  validate ??= new (loadAjv())({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true }).compile(configSchema());
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** The property names a schema node allows (for did-you-mean on unknown keys). */
export function knownKeys(parentSchema: unknown): string[] {
  const props = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}
