// Reads the results `keyshift merge` takes: per-repository files (scan JSON plus a `repository` block), plain
// `keyshift scan --format json` documents, and merged documents, into OrgRepository values. Every field is
// checked; a bad document is a UsageError naming the file and the field, never a crash. No secret is kept.
import { basename } from 'node:path';
import { CONFIDENCES, CREDENTIAL_KINDS, SEVERITIES } from '../model/types.js';
import type { Finding, ScanCounts, Severity, Skip, SkipReason } from '../model/types.js';
import { Secret } from '../model/secret.js';
import { UsageError } from '../model/errors.js';
import { visibleControls } from '../model/untrusted.js';
import type { OrgRepository, RepositoryInfo } from '../report/types.js';

/** The JSON output version merge reads and writes (docs/json-output.md). */
export const RESULT_VERSION = 1;
export const MERGED_KIND = 'merged';

/** One input document, read: the repositories it holds and how it named them. */
export interface ReadResult {
  repositories: OrgRepository[];
  /** A plain scan document: its repository was named after the file (docs/json-output.md). */
  namedAfterFile?: string;
}

type Json = Record<string, unknown>;

class Field {
  constructor(
    readonly file: string,
    readonly path: string,
  ) {}
  at(key: string | number): Field {
    return new Field(this.file, typeof key === 'number' ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key);
  }
  fail(what: string): never {
    throw new UsageError(`merge: ${visibleControls(this.file)}: ${this.path || 'the document'}: ${what}`);
  }
}

function obj(v: unknown, f: Field): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) f.fail('expected an object');
  return v as Json;
}
function arr(v: unknown, f: Field): unknown[] {
  if (!Array.isArray(v)) f.fail('expected an array');
  return v as unknown[];
}
function str(v: unknown, f: Field): string {
  if (typeof v !== 'string') f.fail('expected a string');
  return v as string;
}
function optStr(v: unknown, f: Field): string | undefined {
  return v === undefined ? undefined : str(v, f);
}
function int(v: unknown, f: Field): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) f.fail('expected a whole number');
  return v as number;
}
function numberOf(v: unknown, f: Field): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) f.fail('expected a number');
  return v as number;
}
function bool(v: unknown, f: Field): boolean {
  if (typeof v !== 'boolean') f.fail('expected true or false');
  return v as boolean;
}
function strings(v: unknown, f: Field): string[] {
  return arr(v, f).map((x, i) => str(x, f.at(i)));
}
function oneOf<T extends string>(v: unknown, values: readonly T[], f: Field): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) f.fail(`expected one of ${values.join(', ')}`);
  return v as T;
}
function primitives(v: unknown, f: Field): Record<string, string | number | boolean> {
  const o = obj(v, f);
  const out: Record<string, string | number | boolean> = {};
  for (const [k, x] of Object.entries(o)) {
    if (typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean') f.at(k).fail('expected a string, number or boolean');
    out[k] = x as string | number | boolean;
  }
  return out;
}

/** Parses one file's text; `file` is the name used in messages. */
export function readResultText(text: string, file: string): ReadResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text, which may hold anything: name the file only.
    throw new UsageError(`merge: ${visibleControls(file)}: not a JSON document; expected the output of keyshift scan --format json, github scan-org or merge`);
  }
  const root = new Field(file, '');
  const d = obj(doc, root);
  if (d.version !== RESULT_VERSION) {
    const shown = typeof d.version === 'number' ? String(d.version) : d.version === undefined ? 'none' : 'not a number';
    root.at('version').fail(`expected ${RESULT_VERSION} (a keyshift JSON result), got ${shown}`);
  }
  if (d.kind !== undefined && d.kind !== MERGED_KIND) root.at('kind').fail(`expected "${MERGED_KIND}" or no kind`);
  if (d.kind === MERGED_KIND) return { repositories: readMerged(d, root) };
  if (d.repository !== undefined) return { repositories: [readRepositoryDoc(d, root, readRepositoryBlock(d.repository, root.at('repository')))] };
  const name = nameFromFile(file);
  const history = arr(d.findings, root.at('findings')).some((x) => typeof x === 'object' && x !== null && (x as Json).commit !== undefined);
  return { repositories: [readRepositoryDoc(d, root, { fullName: name, status: 'scanned', history })], namedAfterFile: name };
}

/** `octo-org__service.json` -> `octo-org/service` (the scan-org file name rule); `results.json` -> `results`. */
export function nameFromFile(file: string): string {
  const stem = basename(file).replace(/\.json$/i, '');
  const i = stem.indexOf('__');
  return i > 0 && i < stem.length - 2 ? `${stem.slice(0, i)}/${stem.slice(i + 2)}` : stem;
}

function readRepositoryBlock(v: unknown, f: Field): RepositoryInfo {
  const r = obj(v, f);
  const fullName = str(r.fullName, f.at('fullName'));
  if (fullName === '' || /[\u0000-\u001f\u007f]/.test(fullName)) f.at('fullName').fail('expected a repository name such as octo-org/service');
  const status = oneOf(r.status ?? 'scanned', ['scanned', 'skipped'] as const, f.at('status'));
  const info: RepositoryInfo = { fullName, status, history: r.history === undefined ? false : bool(r.history, f.at('history')) };
  const defaultBranch = optStr(r.defaultBranch, f.at('defaultBranch'));
  const head = optStr(r.head, f.at('head'));
  const reason = optStr(r.reason, f.at('reason'));
  const detail = optStr(r.detail, f.at('detail'));
  return {
    fullName,
    ...(defaultBranch !== undefined ? { defaultBranch } : {}),
    ...(head !== undefined ? { head } : {}),
    status,
    ...(reason !== undefined ? { reason } : {}),
    ...(detail !== undefined ? { detail } : {}),
    history: info.history,
  };
}

function readOrg(v: unknown, f: Field): OrgRepository['org'] {
  if (v === undefined) return undefined;
  const o = obj(v, f);
  const shard = optStr(o.shard, f.at('shard'));
  return { name: str(o.name, f.at('name')), ...(shard !== undefined ? { shard } : {}) };
}

function readTool(v: unknown, f: Field): OrgRepository['tool'] {
  if (v === undefined) return undefined;
  const t = obj(v, f);
  return { name: str(t.name, f.at('name')), version: str(t.version, f.at('version')) };
}

function readCounts(v: unknown, f: Field): ScanCounts {
  const c = obj(v, f);
  const n = (k: keyof ScanCounts): number => (c[k] === undefined ? 0 : int(c[k], f.at(k)));
  return {
    filesScanned: n('filesScanned'),
    bytesScanned: n('bytesScanned'),
    filesSkipped: n('filesSkipped'),
    ignored: n('ignored'),
    excluded: n('excluded'),
    findings: n('findings'),
    suppressed: n('suppressed'),
  };
}

function readSkips(v: unknown, f: Field): Skip[] {
  if (v === undefined) return [];
  return arr(v, f).map((x, i) => {
    const s = obj(x, f.at(i));
    const detail = optStr(s.detail, f.at(i).at('detail'));
    return { path: str(s.path, f.at(i).at('path')), reason: str(s.reason, f.at(i).at('reason')) as SkipReason, ...(detail !== undefined ? { detail } : {}) };
  });
}

/** A scan document (plain or per-repository) as one repository. */
function readRepositoryDoc(d: Json, f: Field, repository: RepositoryInfo): OrgRepository {
  const findings = arr(d.findings, f.at('findings')).map((x, i) => readFinding(x, f.at('findings').at(i), repository.fullName));
  const org = readOrg(d.org, f.at('org'));
  const tool = readTool(d.tool, f.at('tool'));
  return {
    repository,
    ...(org ? { org } : {}),
    ...(tool ? { tool } : {}),
    root: d.root === undefined ? '' : str(d.root, f.at('root')),
    counts: readCounts(d.counts ?? {}, f.at('counts')),
    skips: readSkips(d.skipped, f.at('skipped')),
    warnings: d.warnings === undefined ? [] : strings(d.warnings, f.at('warnings')),
    findings,
  };
}

/** A merged document: its repositories, each with the findings that name it. */
function readMerged(d: Json, f: Field): OrgRepository[] {
  const repos = arr(d.repositories, f.at('repositories')).map((x, i) => {
    const fi = f.at('repositories').at(i);
    const r = obj(x, fi);
    const repository = readRepositoryBlock(r, fi);
    const org = readOrg(r.org, fi.at('org'));
    const tool = readTool(r.tool, fi.at('tool'));
    const repo: OrgRepository = {
      repository,
      ...(org ? { org } : {}),
      ...(tool ? { tool } : {}),
      root: r.root === undefined ? '' : str(r.root, fi.at('root')),
      counts: readCounts(r.counts ?? {}, fi.at('counts')),
      skips: readSkips(r.skipped, fi.at('skipped')),
      warnings: r.warnings === undefined ? [] : strings(r.warnings, fi.at('warnings')),
      findings: [],
    };
    return repo;
  });
  const byName = new Map<string, OrgRepository>();
  for (const r of repos) {
    if (byName.has(r.repository.fullName)) f.at('repositories').fail(`${visibleControls(r.repository.fullName)} is listed twice`);
    byName.set(r.repository.fullName, r);
  }
  arr(d.findings, f.at('findings')).forEach((x, i) => {
    const fi = f.at('findings').at(i);
    const name = str(obj(x, fi).repository, fi.at('repository'));
    const repo = byName.get(name);
    if (!repo) return fi.at('repository').fail('names no repository of this document');
    repo.findings.push(readFinding(x, fi, name));
  });
  return repos;
}

/**
 * One finding as a Finding. A merged document's raised severity is put back (`reuse.severityBefore`), so that
 * merging it again raises once, from the scan's own severity. A `secret` field (a scan run with
 * --show-secrets) is never read: the Secret holds nothing.
 */
function readFinding(v: unknown, f: Field, repository: string): Finding {
  const x = obj(v, f);
  let severity: Severity = oneOf(x.severity, SEVERITIES, f.at('severity'));
  if (x.reuse !== undefined) severity = oneOf(obj(x.reuse, f.at('reuse')).severityBefore, SEVERITIES, f.at('reuse').at('severityBefore'));
  const fingerprint = str(x.fingerprint, f.at('fingerprint'));
  if (fingerprint === '') f.at('fingerprint').fail('expected a fingerprint');
  const finding: Finding = {
    ruleId: str(x.ruleId, f.at('ruleId')),
    ruleName: str(x.ruleName, f.at('ruleName')),
    provider: str(x.provider, f.at('provider')),
    kind: oneOf(x.kind, CREDENTIAL_KINDS, f.at('kind')),
    severity,
    confidence: oneOf(x.confidence, CONFIDENCES, f.at('confidence')),
    path: str(x.path, f.at('path')),
    line: int(x.line, f.at('line')),
    column: int(x.column, f.at('column')),
    endLine: int(x.endLine, f.at('endLine')),
    endColumn: int(x.endColumn, f.at('endColumn')),
    fingerprint,
    preview: str(x.preview, f.at('preview')),
    secretLength: int(x.secretLength, f.at('secretLength')),
    context: str(x.context, f.at('context')) as Finding['context'],
    pathRole: str(x.pathRole, f.at('pathRole')) as Finding['pathRole'],
    checksum: str(x.checksum, f.at('checksum')) as Finding['checksum'],
    entropy: numberOf(x.entropy, f.at('entropy')),
    notes: strings(x.notes ?? [], f.at('notes')),
    nhi: strings(x.nhi ?? [], f.at('nhi')),
    cwe: strings(x.cwe ?? [], f.at('cwe')),
    suppressions: arr(x.suppressions ?? [], f.at('suppressions')).map((s, i) => {
      const o = obj(s, f.at('suppressions').at(i));
      const justification = optStr(o.justification, f.at('suppressions').at(i).at('justification'));
      return {
        kind: oneOf(o.kind, ['inSource', 'external'] as const, f.at('suppressions').at(i).at('kind')),
        source: str(o.source, f.at('suppressions').at(i).at('source')),
        ...(justification !== undefined ? { justification } : {}),
      };
    }),
    secret: new Secret(''),
    repository,
  };
  if (x.jwt !== undefined) finding.jwt = primitives(x.jwt, f.at('jwt')) as Finding['jwt'];
  if (x.details !== undefined) finding.details = primitives(x.details, f.at('details'));
  if (x.commit !== undefined) {
    const c = obj(x.commit, f.at('commit'));
    const author = optStr(c.author, f.at('commit').at('author'));
    finding.commit = { sha: str(c.sha, f.at('commit').at('sha')), date: str(c.date, f.at('commit').at('date')), ...(author !== undefined ? { author } : {}) };
  }
  if (x.alsoAt !== undefined) finding.alsoAt = strings(x.alsoAt, f.at('alsoAt'));
  if (x.verification !== undefined) {
    const fv = f.at('verification');
    const o = obj(x.verification, fv);
    const opt = (k: string): Record<string, string> => {
      const s = optStr(o[k], fv.at(k));
      return s === undefined ? {} : { [k]: s };
    };
    finding.verification = {
      status: oneOf(o.status, ['active', 'inactive', 'unknown', 'error', 'unsupported'] as const, fv.at('status')),
      checkedAt: str(o.checkedAt, fv.at('checkedAt')),
      ...opt('identity'),
      ...(o.scopes !== undefined ? { scopes: strings(o.scopes, fv.at('scopes')) } : {}),
      ...opt('expiresAt'),
      ...opt('reason'),
    };
  }
  if (x.migration !== undefined) {
    const fm = f.at('migration');
    const m = obj(x.migration, fm);
    const snippet = optStr(m.snippet, fm.at('snippet'));
    finding.migration = {
      key: str(m.key, fm.at('key')),
      variant: str(m.variant, fm.at('variant')),
      summary: str(m.summary, fm.at('summary')),
      steps: strings(m.steps ?? [], fm.at('steps')),
      ...(snippet !== undefined ? { snippet } : {}),
      references: strings(m.references ?? [], fm.at('references')),
    };
  }
  return finding;
}
