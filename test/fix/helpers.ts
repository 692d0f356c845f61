// Helpers for the trust tests: YAML parsed as `keyshift fix` parses it, and generated Terraform parsed by
// HashiCorp's own HCL parser (@cdktf/hcl2json, WebAssembly) into the JSON shape the assertions walk.
import { parseDocument } from 'yaml';
import { parse } from '@cdktf/hcl2json';

/** A workflow or .gitlab-ci.yml text as the yaml library's toJS() gives it. */
export function yamlDoc(text: string): unknown {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`test YAML does not parse: ${doc.errors[0]!.message}`);
  return doc.toJS();
}

/** Parsed HCL: `{ resource: { TYPE: { NAME: [ { ...arguments } ] } }, data: ..., variable: ..., output: ... }`. */
export type Hcl = Record<string, any>;

/** Parses generated Terraform; throws (failing the test) when HashiCorp's parser rejects it. */
export async function parseHcl(file: string, text: string): Promise<Hcl> {
  return parse(file, text);
}

/** The arguments of every block of one resource (or data) type, by name. */
export function blocksOf(hcl: Hcl, kind: 'resource' | 'data', type: string): Record<string, Record<string, any>> {
  const byName = (hcl[kind]?.[type] ?? {}) as Record<string, Record<string, any>[]>;
  return Object.fromEntries(Object.entries(byName).map(([name, list]) => [name, list[0]!]));
}

/** Every string anywhere in a parsed value, to check that no wildcard subject over a whole owner slipped in. */
export function allStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(allStrings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(allStrings);
  return [];
}

/** A subject (or condition) that trusts every repository, or every repository of an owner. */
export const OVER_WIDE = /repo:\*|repo:[^/:"]+\/\*|project_path:\*|project_path:[^:"]+\/\*(?::|"|$)/;
