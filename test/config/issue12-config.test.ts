// Issue 12 defects 1, 3 and 4: patterns.enable adds to the defaults (patterns.only is the exclusive set), the
// starter file works uncommented, every pattern id the docs and messages name exists, unknown ids warn with a
// did-you-mean, and a minimal custom pattern (id + regex + keywords) runs, is linted and is listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runCli, REPO_ROOT } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { loadEngineCatalog } from '../../src/scan/catalog-setup.js';
import { STARTER_CONFIG } from '../../src/config/config.js';

function project(config: string | undefined, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-i12-'));
  mkdirSync(join(dir, '.git'));
  if (config !== undefined) writeFileSync(join(dir, '.keyshift.yaml'), config);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const catalog = loadEngineCatalog();
const example = (id: string): string => catalog.all.find((p) => p.id === id)!.examples[0]!;
/** A small repository with AWS, Stripe, private-key and GitHub findings (the examples of the catalog). */
const TREE: Record<string, string> = {
  'aws.txt': `${example('aws.access-key-id')}\n`,
  'stripe.txt': `${example('stripe.secret-key')}\n`,
  'key.txt': `${example('pem.rsa-private-key')}\n`,
  'gh.txt': `token = ${makeToken('github.pat-classic', 7)}\n`,
};

function ruleIds(config: string | undefined, files = TREE, args: string[] = []): { status: number; ids: string[]; stderr: string } {
  const r = runCli(['scan', '.', '--format', 'json', ...args], project(config, files));
  const ids = r.status === 2 ? [] : [...new Set((JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId))].sort();
  return { status: r.status, ids, stderr: r.stderr };
}

const baseline = ruleIds(undefined);

test('issue 12 defect 1: control: the tree has AWS, Stripe, private-key and GitHub findings without a config', () => {
  assert.equal(baseline.status, 1, baseline.stderr);
  for (const id of ['aws.access-key-id', 'stripe.secret-key', 'pem.rsa-private-key', 'github.pat-classic']) assert.ok(baseline.ids.includes(id), `${id} in ${baseline.ids}`);
});

test('issue 12 defect 1: patterns.enable [generic] keeps every default finding', () => {
  const r = ruleIds('patterns:\n  enable: [generic]\n');
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(r.ids, baseline.ids);
  assert.equal(r.stderr, '');
});

test('issue 12 defect 1: patterns.enable [jwt.hmac-secret] does not drop everything', () => {
  const r = ruleIds('patterns:\n  enable: [jwt.hmac-secret]\n');
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(r.ids, baseline.ids);
});

test('issue 12 defect 1: patterns.only is the exclusive set; enable adds to it; an id in enable beats a provider in disable', () => {
  assert.deepEqual(ruleIds('patterns:\n  only: [aws]\n').ids, ['aws.access-key-id']);
  assert.deepEqual(ruleIds('patterns:\n  only: [aws]\n  enable: [stripe.secret-key]\n').ids, ['aws.access-key-id', 'stripe.secret-key']);
  const r = ruleIds('patterns:\n  disable: [aws, stripe]\n  enable: [stripe.secret-key]\n');
  assert.ok(r.ids.includes('stripe.secret-key') && !r.ids.includes('aws.access-key-id'), String(r.ids));
});

test('issue 12 defect 1: combinations that make no sense are exit 2 with file:line', () => {
  const both = runCli(['scan', '.'], project('patterns:\n  enable: [aws]\n  disable: [aws]\n', TREE));
  assert.equal(both.status, 2);
  assert.match(both.stderr, /\.keyshift\.yaml:3: patterns\.disable\[0\]: "aws" is also listed in patterns\.enable; a pattern cannot be both turned on and off/);
  const onlyOff = runCli(['scan', '.'], project('patterns:\n  only: [aws]\n  disable: [aws]\n', TREE));
  assert.equal(onlyOff.status, 2);
  assert.match(onlyOff.stderr, /patterns\.disable\[0\]: "aws" is also listed in patterns\.only/);
  const empty = runCli(['scan', '.'], project('patterns:\n  only: []\n', TREE));
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /\.keyshift\.yaml:2: patterns\.only: is an empty list, which would run no pattern/);
  // An exclusive set that names nothing would pass every scan in silence.
  const nothing = runCli(['scan', '.'], project('patterns:\n  only: [aws.access-key]\n', TREE));
  assert.equal(nothing.status, 2);
  assert.match(nothing.stderr, /\.keyshift\.yaml:2: patterns\.only: the pattern selection leaves no pattern to run/);
  assert.match(nothing.stderr, /\.keyshift\.yaml:2: patterns\.only\[0\]: "aws\.access-key" names no pattern id, tag, provider or family; did you mean "aws\.access-key-id"\?/);
});

/** The starter file with every commented example line turned on (prose comments stay comments). */
export function uncomment(text: string): string {
  // The editor's schema line stays a comment.
  return text.replace(/^# (?!yaml-language-server:)(?=\s*(?:[a-z][a-z0-9_.-]*:|- |#))/gm, '');
}

test('issue 12 defect 3: the starter .keyshift.yaml from init works fully uncommented', () => {
  const dir = project(undefined, { 'src/app.py': 'acme = "acme_Zq8Wv3Nr6Tb1Ym4Kx7Lp2Hs5Jd9Fg0Cu"\n', '.secretsignore': '' });
  assert.equal(runCli(['init'], dir).status, 0);
  assert.equal(readFileSync(join(dir, '.keyshift.yaml'), 'utf8'), STARTER_CONFIG);
  // The baseline the file names is created first, as its comment says.
  assert.equal(runCli(['baseline', 'create'], dir).status, 0);
  const full = uncomment(STARTER_CONFIG);
  // Honest uncommenting: every key of the schema is now live, and no commented setting is left.
  const live = parseYaml(full) as Record<string, Record<string, unknown>>;
  assert.deepEqual(Object.keys(live).sort(), ['allowlist', 'archives', 'baseline', 'decode-depth', 'entropy', 'exclude', 'fail-on', 'fingerprint', 'ignore-files', 'include', 'max-file-size', 'patterns', 'verify']);
  assert.deepEqual(Object.keys(live.patterns!).sort(), ['custom', 'disable', 'enable', 'only', 'severity']);
  assert.doesNotMatch(full, /^#\s*(?!yaml-language-server:)[a-z][a-z0-9_.-]*:/m);
  assert.match(full, /^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/keyshift\/keyshift\/main\/schema\/keyshift\.schema\.json\n/);
  writeFileSync(join(dir, '.keyshift.yaml'), full);
  const r = runCli(['scan', '.', '--format', 'json'], dir);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  assert.equal(r.stderr, '', 'no warning: every id it names exists');
  // Its custom pattern runs (the starter's `only` names its provider).
  assert.deepEqual((JSON.parse(r.stdout) as { findings: { ruleId: string; path: string }[] }).findings.map((f) => [f.ruleId, f.path]), [['acme.api-key', 'src/app.py']]);
});

/** Catalog providers, so that a token counts as a pattern id only when it starts like one. */
const ids = new Set(catalog.all.map((p) => p.id));
const providers = new Set(catalog.all.map((p) => p.id.split('.')[0]!));
/** Top-level domains and file names: `github.com`, `config.md`, `nuget.config` are not pattern ids. */
// File extensions and domains, plus words generated Terraform writes that look like ids: terraform.tfvars (a
// file) and google.subject (a workload identity attribute mapping key).
const NOT_ID_ENDINGS = new Set(['com', 'io', 'org', 'net', 'dev', 'co', 'cloud', 'app', 'ai', 'md', 'ts', 'js', 'mjs', 'json', 'yaml', 'yml', 'txt', 'toml', 'env', 'sh', 'config', 'rc', 'tfvars', 'subject']);

/** Every pattern-id-looking token in `text`: provider.credential[.variant], with a catalog provider first. */
export function idTokens(text: string): string[] {
  const out: string[] = [];
  // GitHub expressions (`${{ github.token }}`) and code inside template literals (`${jwt.exp}`) are not ids;
  // a token followed by '.' is a prefix being built and one followed by '(' is a method call.
  const plain = text.replace(/\$\{\{[^}]*\}\}|\$\{[^}]*\}/g, ' ');
  for (const m of plain.matchAll(/(?<![\w./@:-])([a-z0-9][a-z0-9-]*)((?:\.[a-z0-9][a-z0-9-]*){1,2})(?![\w/@(.-])/g)) {
    const token = m[1]! + m[2]!;
    const last = token.split('.').pop()!;
    if (!providers.has(m[1]!) || NOT_ID_ENDINGS.has(last)) continue;
    out.push(token);
  }
  return out;
}

/** A line that shows a did-you-mean warning names the wrong id on purpose; every other line counts. */
const prose = (text: string): string => text.split('\n').filter((l) => !l.includes('did you mean "')).join('\n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/**
 * The text of every string literal in a TypeScript source ('...', "...", and the literal parts of `...`
 * templates, whose ${...} code is skipped even when it nests templates), which is where messages live.
 * A small lexer, since comments, regex literals and nested templates defeat a single regex.
 */
export function stringLiterals(src: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = src.length;
  /** Reads a template from just after its opening backtick; returns the index after its closing one. */
  const template = (start: number): number => {
    let j = start;
    let text = '';
    while (j < n && src[j] !== '`') {
      if (src[j] === '\\') {
        text += src.slice(j, j + 2);
        j += 2;
      } else if (src[j] === '$' && src[j + 1] === '{') {
        text += ' ';
        j = code(j + 2, '}');
      } else text += src[j++];
    }
    out.push(text);
    return j + 1;
  };
  /** Skips code up to the closing `end` character (at depth 0); returns the index after it. */
  const code = (start: number, end: string | undefined): number => {
    let j = start;
    let depth = 0;
    while (j < n) {
      const c = src[j]!;
      if (c === '/' && src[j + 1] === '/') j = src.indexOf('\n', j) === -1 ? n : src.indexOf('\n', j);
      else if (c === '/' && src[j + 1] === '*') j = src.indexOf('*/', j + 2) + 2;
      else if (c === "'" || c === '"') {
        let k = j + 1;
        while (k < n && src[k] !== c && src[k] !== '\n') k += src[k] === '\\' ? 2 : 1;
        out.push(src.slice(j + 1, k));
        j = k + 1;
      } else if (c === '`') j = template(j + 1);
      else if (c === '{') {
        depth++;
        j++;
      } else if (c === '}' && depth > 0) {
        depth--;
        j++;
      } else if (end !== undefined && c === end) return j + 1;
      else j++;
    }
    return j;
  };
  while (i < n) i = code(i, undefined);
  return out;
}

test('issue 12 defect 3: control: the id extractor finds aws.access-key (not an id) in a sentence and a message', () => {
  assert.deepEqual(idTokens('use `aws.access-key` or keyshift:allow aws.access-key here; see github.com, config.md and ${{ github.token }}'), ['aws.access-key', 'aws.access-key']);
  assert.deepEqual(stringLiterals("// it's aws.nothing\nthrow new Error(`expected ${a(`x`)} a pattern id like \"aws.access-key\" as the key`);").flatMap(idTokens), ['aws.access-key']);
  assert.ok(!ids.has('aws.access-key'));
  // The did-you-mean carve-out (see below) is only for lines that show such a warning.
  assert.deepEqual(idTokens(prose('`keyshift:allow aws.access-key` suppresses nothing\nwarning: "aws.access-key"; did you mean "aws.access-key-id"?')), ['aws.access-key']);
});

test('issue 12 defect 3: every pattern id named in README.md, docs/*.md and src/ messages exists in the catalog', () => {
  const docs = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`)];
  const named = new Map<string, string>();
  for (const f of docs) for (const t of idTokens(prose(readFileSync(join(REPO_ROOT, f), 'utf8')))) named.set(t, f);
  for (const f of sourceFiles(join(REPO_ROOT, 'src'))) {
    for (const t of stringLiterals(readFileSync(f, 'utf8')).flatMap(idTokens)) named.set(t, f.slice(REPO_ROOT.length + 1));
  }
  assert.ok(named.size >= 10, `the extractor found ${named.size} ids; it should see the ids the docs name`);
  const unknown = [...named].filter(([t]) => !ids.has(t)).map(([t, f]) => `${f}: ${t}`);
  assert.deepEqual(unknown, []);
});

test('issue 12 defect 3: a directive naming an unknown id warns with the closest real id; a known one does not', () => {
  const key = example('aws.access-key-id');
  const dir = project(undefined, { 'a.txt': `${key} # keyshift:allow aws.access-key\n`, 'b.txt': `${key} # keyshift:allow aws.access-key-id\n` });
  const r = runCli(['scan', '.'], dir);
  assert.equal(r.status, 1, 'the unknown id suppresses nothing; the scan goes on');
  assert.equal(
    r.stderr,
    'keyshift: warning: a.txt:1: keyshift:allow names "aws.access-key", which is no pattern id, so it suppresses nothing; did you mean "aws.access-key-id"?\n',
  );
});

test('issue 12 defect 3: a config entry naming an unknown id warns with a did-you-mean and does not fail the scan', () => {
  const r = runCli(['scan', '.'], project('patterns:\n  severity:\n    aws.access-key: critical\nallowlist:\n  patterns:\n    generic.pasword:\n      paths: [x]\n', { 'a.txt': 'nothing\n' }));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: \S+\.keyshift\.yaml:3: patterns\.severity\.aws\.access-key: "aws\.access-key" names no pattern id; did you mean "aws\.access-key-id"\?/);
  assert.match(r.stderr, /warning: \S+\.keyshift\.yaml:6: allowlist\.patterns\.generic\.pasword: "generic\.pasword" names no pattern id; did you mean "generic\.password"\?/);
});

const CANARY = 'acme_Zq8Wv3Nr6Tb1Ym4Kx7Lp2Hs5Jd9Fg0Cu';
const minimal = (extra = ''): string => `patterns:\n  custom:\n    - id: acme.api-key\n      regex: '\\b(acme_[A-Za-z0-9]{32})\\b'\n      keywords: [acme_]\n${extra}`;

test('issue 12 defect 4: a minimal custom pattern (id, regex, keywords) fires on its canary with the documented defaults', () => {
  const r = runCli(['scan', '.', '--format', 'json'], project(minimal(), { 'app.py': `KEY = "${CANARY}"\n` }));
  assert.equal(r.status, 1, r.stderr);
  const f = (JSON.parse(r.stdout) as { findings: { ruleId: string; kind: string; severity: string; provider: string; migration: { key: string } }[] }).findings;
  assert.deepEqual(f.map((x) => [x.ruleId, x.kind, x.severity, x.migration.key]), [['acme.api-key', 'static-key', 'high', 'saas-secrets-manager']]);
  assert.ok(!r.stdout.includes(CANARY));
});

test('issue 12 defect 4: a ReDoS-prone custom pattern is exit 2 with one line', () => {
  const r = runCli(['scan', '.'], project("patterns:\n  custom:\n    - id: acme.bad\n      regex: '(a+)+$'\n", { 'a.txt': 'aaaa\n' }));
  assert.equal(r.status, 2);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  assert.match(lines[1]!, /\.keyshift\.yaml:3: acme\.bad: regex: unsafe regex: nested quantifier/);
});

test('issue 12 defect 4: keywords the regex does not require are still rejected', () => {
  const r = runCli(['scan', '.'], project("patterns:\n  custom:\n    - id: acme.key\n      regex: '\\b([a-z]{8}_[0-9]{8})\\b'\n      keywords: [acme]\n", { 'a.txt': 'x\n' }));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /acme\.key: keywords: none appears literally in the regex/);
});

test('issue 12 defect 4: a negative example that fires, or a positive that does not, is exit 2 (full engine)', () => {
  const neg = runCli(['scan', '.'], project(minimal(`      negative_examples: ['x = ${CANARY}']\n`), { 'a.txt': 'x\n' }));
  assert.equal(neg.status, 2);
  assert.match(neg.stderr, /\.keyshift\.yaml:3: acme\.api-key: negative_examples\[0\]: is detected by the full engine, so the pattern would fire on it/);
  // Matches the bare regex, but the engine's placeholder filters drop it: only the full engine sees that.
  const pos = runCli(['scan', '.'], project(minimal("      examples: ['x = acme_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX']\n"), { 'a.txt': 'x\n' }));
  assert.equal(pos.status, 2, pos.stderr);
  assert.match(pos.stderr, /acme\.api-key: examples\[0\]: is not detected by the full engine/);
  const ok = runCli(['scan', '.'], project(minimal(`      examples: ['x = ${CANARY}']\n      negative_examples: ['acme_short']\n`), { 'a.txt': 'x\n' }));
  assert.equal(ok.status, 0, ok.stderr);
});

test('issue 12 defect 4: patterns list, patterns check and explain include the repository custom patterns', () => {
  const dir = project(minimal(`      examples: ['x = ${CANARY}']\n`), {});
  const list = runCli(['patterns', 'list', '--format', 'json'], dir);
  assert.equal(list.status, 0, list.stderr);
  const row = (JSON.parse(list.stdout) as { id: string; provider: string; kind: string; severity: string; migration: string }[]).find((p) => p.id === 'acme.api-key');
  assert.deepEqual(row && [row.provider, row.kind, row.severity, row.migration], ['acme', 'static-key', 'high', 'saas-secrets-manager']);
  const check = runCli(['patterns', 'check'], dir);
  // The built-in catalog's timing probe can trip on a loaded machine; only the custom pattern's lines count here.
  assert.match(check.stdout, new RegExp(`^${catalog.all.length + 1} patterns, `));
  assert.deepEqual(check.stderr.split('\n').filter((l) => l.includes('.keyshift.yaml') || l.includes('acme')), []);
  const explain = runCli(['explain', 'acme.api-key'], dir);
  assert.equal(explain.status, 0, explain.stderr);
  assert.match(explain.stdout, /acme\.api-key/);
  // --config names another file; a broken custom pattern makes check fail.
  writeFileSync(join(dir, 'other.yaml'), minimal(`      negative_examples: ['x = ${CANARY}']\n`));
  const bad = runCli(['patterns', 'check', '--config', 'other.yaml'], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /other\.yaml:3: acme\.api-key: negative_examples\[0\]/);
});
