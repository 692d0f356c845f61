// The ordered suppression filters: directive, then config allowlists, then baseline; marks, never deletes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySuppressions, EMPTY_ALLOWLIST, type Allowlist } from '../../src/suppress/apply.js';
import { findDirectives } from '../../src/suppress/directives.js';
import { createBaseline, indexBaseline, readBaseline, schemeFor } from '../../src/suppress/baseline.js';
import { DEFAULT_FINGERPRINT_SALT } from '../../src/model/fingerprint.js';
import { parseConfig } from '../../src/config/config.js';
import { lineStarts, makeFinding } from './make-finding.js';

const AWS = 'AKIAQ7RSTV2WXYZ3ABCD';

function allowlist(over: Partial<Allowlist>): Allowlist {
  return { ...EMPTY_ALLOWLIST, ...over };
}

function sourcesOf(findings: ReturnType<typeof makeFinding>[]): string[] {
  return findings.map((f) => f.suppressions.map((s) => `${s.kind}/${s.source}${s.justification ? `: ${s.justification}` : ''}`).join(',') || '-');
}

test('path, value, stopword and per-pattern allowlists mark findings as external config-allowlist', () => {
  const findings = [
    makeFinding({ ruleId: 'aws.access-key', path: 'docs/examples/setup.md', line: 1, secret: AWS }),
    makeFinding({ ruleId: 'aws.access-key', path: 'deep/dir/fixtures.json', line: 1, secret: AWS }),
    makeFinding({ ruleId: 'generic.password', path: 'src/a.ts', line: 1, secret: 'EXAMPLE-pass-1234' }),
    makeFinding({ ruleId: 'generic.password', path: 'src/a.ts', line: 2, secret: 'my-DUMMY-value-99' }),
    makeFinding({ ruleId: 'generic.password', path: 'src/a.ts', line: 3, secret: 'ChangeMe-please-42' }),
    makeFinding({ ruleId: 'generic.password', path: 'src/a.test.ts', line: 1, secret: 'real-looking-Value-7' }),
    makeFinding({ ruleId: 'generic.password', path: 'src/b.ts', line: 1, secret: 'test-9f8e7d6c5b' }),
    makeFinding({ ruleId: 'aws.access-key', path: 'src/b.ts', line: 2, secret: 'AKIAQ7RSTV2WXYZ3TEST' }),
    makeFinding({ ruleId: 'aws.access-key', path: 'src/c.ts', line: 1, secret: AWS }),
  ];
  const out = applySuppressions(findings, {
    directives: new Map(),
    allowlist: allowlist({
      paths: ['docs/examples/**', 'fixtures.json'],
      values: ['^EXAMPLE', '(?i)dummy'],
      stopwords: ['changeme'],
      patterns: { 'generic.password': { paths: ['**/*.test.ts'], values: ['^test-'] } },
    }),
  });
  assert.equal(out, findings, 'the same array');
  assert.equal(out.length, 9, 'nothing deleted');
  assert.deepEqual(sourcesOf(findings), [
    'external/config-allowlist: allowlist.paths',
    'external/config-allowlist: allowlist.paths',
    'external/config-allowlist: allowlist.values[0]',
    'external/config-allowlist: allowlist.values[1]',
    'external/config-allowlist: allowlist.stopwords',
    'external/config-allowlist: allowlist.patterns.generic.password.paths',
    'external/config-allowlist: allowlist.patterns.generic.password.values[0]',
    '-', // ^test- is allowed for generic.password only
    '-',
  ]);
});

test('filters run in order and the first that applies wins: directive, allowlist, baseline', () => {
  const text = `a = "${AWS}" # keyshift:allow -- fixture\nb = "${AWS}"\nc = "${AWS}"\n`;
  const f = [1, 2, 3].map((line) => makeFinding({ ruleId: 'aws.access-key', path: line === 3 ? 'z.py' : 'a.py', line, secret: AWS }));
  const baseline = indexBaseline(readBaseline(createBaseline(f, schemeFor(DEFAULT_FINGERPRINT_SALT, true)), 'b'));
  applySuppressions(f, {
    directives: new Map([['a.py', findDirectives(text, lineStarts(text))]]),
    allowlist: allowlist({ paths: ['a.py'] }),
    baseline,
  });
  assert.deepEqual(sourcesOf(f), ['inSource/directive: fixture', 'external/config-allowlist: allowlist.paths', 'external/baseline']);
});

test('an already suppressed finding is left as it is', () => {
  const f = makeFinding({ ruleId: 'aws.access-key', path: 'a.py', line: 1, secret: AWS });
  f.suppressions.push({ kind: 'external', source: 'baseline' });
  applySuppressions([f], { directives: new Map(), allowlist: allowlist({ paths: ['**'] }) });
  assert.deepEqual(f.suppressions, [{ kind: 'external', source: 'baseline' }]);
});

test('a loaded config allowlist can be passed straight to applySuppressions', () => {
  const { config, problems } = parseConfig('allowlist:\n  values: ["(?i)^akia.*abcd$"]\n', 'c.yaml');
  assert.deepEqual(problems, []);
  const f = makeFinding({ ruleId: 'aws.access-key', path: 'a.py', line: 1, secret: AWS });
  applySuppressions([f], { directives: new Map(), allowlist: config.allowlist });
  assert.deepEqual(sourcesOf([f]), ['external/config-allowlist: allowlist.values[0]']);
  assert.ok(!JSON.stringify(f.suppressions).includes(AWS));
});
