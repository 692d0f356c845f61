// One test per lint rule: a valid pattern passes clean, and each broken variant yields exactly the
// problem that rule exists for. Tokens are fake and built in code (prefix + repeated filler).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePatternFile } from '../../src/catalog/load.js';
import { formatProblems, type LintContext, lintPatterns, type LintProblem } from '../../src/catalog/lint.js';

const FAKE_A = 'ghp_' + 'Ab1'.repeat(12);
const FAKE_B = 'ghp_' + 'Zy9'.repeat(12);
const HEX = 'ab12'.repeat(8);

const CTX: LintContext = { migrationKeys: new Set(['github-app']), validators: new Set(['github-crc32']), probe: false };

/** YAML value text per key, in file order; the pattern's `- id:` is on line 3, each key one line below. */
function baseFields(): Record<string, string> {
  return {
    id: 'github.pat-classic',
    name: 'GitHub personal access token (classic)',
    provider: 'github',
    kind: 'long-lived-credential',
    severity: 'critical',
    keywords: '[ghp_]',
    regex: String.raw`'\b(ghp_[A-Za-z0-9]{36})\b'`,
    migration: 'github-app',
    references: `['https://docs.github.com/en/authentication']`,
    examples: `['token = "${FAKE_A}"', 'GITHUB_TOKEN=${FAKE_B}']`,
    negative_examples: `['ghp_tooshort', 'ghp_${'a'.repeat(35)}']`,
  };
}

function yamlDoc(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = { ...baseFields(), ...overrides };
  const lines = ['family: vcs', 'patterns:'];
  let first = true;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    lines.push(`${first ? '  - ' : '    '}${key}: ${value}`);
    first = false;
  }
  return lines.join('\n') + '\n';
}

function lintDoc(overrides: Record<string, string | undefined> = {}, ctx: LintContext = CTX): LintProblem[] {
  const parsed = parsePatternFile(yamlDoc(overrides), 'vcs.yaml');
  assert.deepEqual(parsed.problems, [], 'the document itself parses');
  assert.equal(parsed.patterns.length, 1);
  return lintPatterns(parsed.patterns, ctx);
}

/** `field: message` per problem, for exact comparison. */
function brief(problems: LintProblem[]): string[] {
  return problems.map((p) => `${p.field}: ${p.message}`);
}

test('a valid pattern has no problems', () => {
  assert.deepEqual(lintDoc(), []);
});

test('id must be provider.credential[.variant]', () => {
  assert.deepEqual(brief(lintDoc({ id: 'GitHub.PAT' })), [
    "id: 'GitHub.PAT' is not of the form provider.credential[.variant] (lowercase letters, digits, '-')",
  ]);
  assert.deepEqual(brief(lintDoc({ id: 'github' })).length, 1);
  assert.deepEqual(brief(lintDoc({ id: 'github.a.b.c' })).length, 1);
  assert.deepEqual(lintDoc({ id: 'github.pat.classic' }), []);
});

test('id prefix must equal the provider', () => {
  assert.deepEqual(brief(lintDoc({ id: 'gitlab.pat' })), [
    "id: id prefix 'gitlab' differs from provider 'github'; start the id with 'github.'",
  ]);
});

test('regex must compile with its flags', () => {
  const problems = lintDoc({ regex: `'(ghp_[a-z'` });
  assert.deepEqual(problems.map((p) => p.field), ['regex']);
  assert.match(problems[0]!.message, /^does not compile: /);
});

test('regex needs exactly one capturing group', () => {
  assert.deepEqual(brief(lintDoc({ regex: String.raw`'\bghp_[A-Za-z0-9]{36}\b'` })), [
    'regex: has 0 capturing groups; it needs exactly one, around the secret (use (?:...) for the others)',
  ]);
  assert.deepEqual(brief(lintDoc({ regex: String.raw`'\b(ghp_)([A-Za-z0-9]{36})\b'` })), [
    'regex: has 2 capturing groups; it needs exactly one, around the secret (use (?:...) for the others)',
  ]);
  // Escaped parens, classes and lookarounds are not groups.
  assert.deepEqual(lintDoc({ regex: String.raw`'(?<=[=("\s]|^)(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9])\)?'` }), []);
});

test('flags are limited to i, m and s without repeats', () => {
  assert.deepEqual(brief(lintDoc({ flags: 'g' })), [
    "flags: 'g' not allowed; use only i, m and s (g and d are added by the engine)",
  ]);
  assert.deepEqual(brief(lintDoc({ flags: 'ii' })), ["flags: 'ii' repeats a flag"]);
  assert.deepEqual(lintDoc({ flags: 'ims' }), []);
});

test('keywords: non-empty, at least 3 characters, no case-insensitive repeats', () => {
  assert.deepEqual(brief(lintDoc({ keywords: '[]' })), [
    'keywords: is empty; list the literal prefixes or names that every match contains or sits next to',
  ]);
  assert.deepEqual(brief(lintDoc({ keywords: '[ghp_, gh]' })), [
    "keywords[1]: 'gh' is shorter than 3 characters; short keywords defeat the prefilter",
  ]);
  assert.deepEqual(brief(lintDoc({ keywords: '[ghp_, GHP_]' })), [
    "keywords[1]: 'GHP_' repeats another keyword (keywords match case-insensitively)",
  ]);
  assert.deepEqual(brief(lintDoc({ keywords: "['ghp_ ']" })).slice(0, 1), ['keywords[0]: has leading or trailing whitespace']);
});

test('static keyword check: a keyword must appear literally in the regex', () => {
  const regex = String.raw`'\b(gh[pousr]_[A-Za-z0-9]{36})\b'`;
  assert.deepEqual(brief(lintDoc({ regex })), [
    'keywords: none appears literally in the regex, so the regex may match without one; use a literal prefix as keyword, or mark the pattern generic or give it a window',
  ]);
  // Exempt when generic or windowed; matched case-insensitively and through escapes.
  assert.deepEqual(lintDoc({ regex, generic: 'true' }), []);
  assert.deepEqual(lintDoc({ regex, window_after: '80' }), []);
  assert.deepEqual(lintDoc({ keywords: '[GHP_]' }), []);
  assert.deepEqual(lintDoc({ regex: String.raw`'\b(ghp\_[A-Za-z0-9]{36})\b'` }), []);
});

test('dynamic keyword check: every example match needs a keyword in the match or its window', () => {
  const generic = {
    keywords: '[secret]',
    regex: String.raw`'\b([a-f0-9]{32})\b'`,
    generic: 'true',
    examples: `['secret = ${HEX}', 'value ${HEX} alone']`,
  };
  assert.deepEqual(brief(lintDoc(generic)), [
    'examples[1]: matches the regex at column 7 without a keyword in the match or its window; the keywords are not required by this regex',
  ]);
  // With a window, a keyword on the same line but too far away does not count.
  const windowed = {
    ...generic,
    generic: undefined,
    window_before: '0',
    window_after: '45',
    examples: `['secret = ${HEX}', 'secret ${' '.repeat(30)}${HEX}']`,
  };
  assert.deepEqual(brief(lintDoc(windowed)), [
    'examples[1]: matches the regex at column 38 without a keyword in the match or its window; the keywords are not required by this regex',
  ]);
  assert.deepEqual(lintDoc({ ...windowed, window_after: '80' }), []);
});

test('every example must match the regex', () => {
  assert.deepEqual(brief(lintDoc({ examples: `['token = "${FAKE_A}"', 'ghp_tooshortvalue']` })), [
    'examples[1]: does not match the regex',
  ]);
});

test('at least two examples each way', () => {
  assert.deepEqual(brief(lintDoc({ examples: `['${FAKE_A}']`, negative_examples: `['ghp_short']` })), [
    'examples: has 1; at least 2 are required',
    'negative_examples: has 1; at least 2 are required',
  ]);
});

test('examples may not be empty or repeated, within or across the lists', () => {
  assert.deepEqual(brief(lintDoc({ examples: `['${FAKE_A}', '${FAKE_A}', '  ']` })), [
    'examples[1]: repeats an earlier item of the same list',
    'examples[2]: is empty',
  ]);
  assert.deepEqual(brief(lintDoc({ negative_examples: `['ghp_short', 'GITHUB_TOKEN=${FAKE_B}']` })), [
    'negative_examples[1]: also appears in examples',
  ]);
});

test('migration key must exist', () => {
  assert.deepEqual(brief(lintDoc({ migration: 'nope' })), [
    "migration: 'nope' is not a key in migrations.yaml; add it there or use an existing key",
  ]);
});

test('validator must exist', () => {
  assert.deepEqual(brief(lintDoc({ validator: 'crc99' })), [
    "validator: 'crc99' is not a known validator (github-crc32)",
  ]);
  assert.deepEqual(lintDoc({ validator: 'github-crc32' }), []);
});

test('min_entropy must lie in 0..8', () => {
  assert.deepEqual(brief(lintDoc({ min_entropy: '9' })), ['min_entropy: 9 is outside 0..8 (bits per character)']);
  assert.deepEqual(brief(lintDoc({ min_entropy: '-1' })), ['min_entropy: -1 is outside 0..8 (bits per character)']);
  assert.deepEqual(lintDoc({ min_entropy: '3.5' }), []);
});

test('windows must be whole numbers of characters', () => {
  assert.deepEqual(brief(lintDoc({ window_before: '-3', window_after: '2.5', generic: 'true' })), [
    'window_before: -3 must be a whole number of characters, 0 or more',
    'window_after: 2.5 must be a whole number of characters, 0 or more',
  ]);
});

test('kind, severity, confidence and decoder take only their listed values', () => {
  assert.deepEqual(brief(lintDoc({ kind: 'password', severity: 'urgent', confidence: 'sure', decoder: 'rot13' })), [
    "kind: 'password' is not one of long-lived-credential | refresh-token | static-key | short-lived-token | private-key | password-hash",
    "severity: 'urgent' is not one of low | medium | high | critical",
    "confidence: 'sure' is not one of low | medium | high",
    "decoder: 'rot13' is not one of jwt | jwt-if-shaped | basic-auth | url-credentials",
  ]);
});

test('tier takes only its listed values and supersedes names other pattern ids', () => {
  assert.deepEqual(brief(lintDoc({ tier: 'top', supersedes: "['Not An Id']" })), [
    "tier: 'top' is not one of catch-all | narrow-generic | format | provider",
    "supersedes[0]: 'Not An Id' must be the id of another pattern",
  ]);
  assert.deepEqual(brief(lintDoc({ tier: 'format', supersedes: "['acme.other-key']" })), []);
});

test('references are https URLs, at least one', () => {
  assert.deepEqual(brief(lintDoc({ references: `['http://example.com', 'docs page']` })), [
    "references[0]: 'http://example.com' is not an https URL",
    "references[1]: 'docs page' is not an https URL",
  ]);
  assert.deepEqual(brief(lintDoc({ references: '[]' })), [
    'references: is empty; link the provider documentation for this credential format',
  ]);
});

test('cwe ids and tags are checked', () => {
  assert.deepEqual(brief(lintDoc({ cwe: '[CWE-798, "798"]', tags: "[vcs, '']" })), [
    "cwe[1]: '798' is not of the form CWE-<number>",
    'tags[1]: is empty',
  ]);
});

test('allow regexes must compile and be safe', () => {
  assert.deepEqual(brief(lintDoc({ allow: `['EXAMPLE', '(', '(a+)+']` })).map((s) => s.split(':')[0]), [
    'allow[1]',
    'allow[2]',
  ]);
});

test('an unsafe regex is reported with the reason', () => {
  assert.deepEqual(brief(lintDoc({ regex: String.raw`'(ghp_(?:\w+\s?)+)'`, keywords: '[ghp_]' })), [
    String.raw`regex: unsafe regex: nested quantifier: '\w+' repeats inside '(?:\w+\s?)+' with no mandatory separator it cannot match`,
  ]);
});

test('all problems of all patterns are reported at once, with lines', () => {
  const text = [
    'family: vcs',
    'patterns:',
    '  - id: github.one',
    '    name: One',
    '    provider: github',
    '    kind: static-key',
    '    severity: lowest',
    '    keywords: [ghp_]',
    String.raw`    regex: '\b(ghp_[A-Za-z0-9]{36})\b'`,
    '    migration: github-app',
    "    references: ['https://docs.github.com/']",
    '    examples:',
    `      - 'a ${FAKE_A}'`,
    `      - 'nothing here'`,
    `    negative_examples: ['x1x', 'y1y']`,
    '  - id: gitlab.two',
    '    name: Two',
    '    provider: github',
    '    kind: static-key',
    '    severity: low',
    '    keywords: [ghp_]',
    String.raw`    regex: '\b(ghp_[A-Za-z0-9]{36})\b'`,
    '    migration: other',
    "    references: ['https://docs.github.com/']",
    `    examples: ['a ${FAKE_A}', 'b ${FAKE_B}']`,
    `    negative_examples: ['x1x', 'y1y']`,
  ].join('\n');
  const parsed = parsePatternFile(text, 'patterns/vcs.yaml');
  assert.deepEqual(parsed.problems, []);
  const problems = lintPatterns(parsed.patterns, CTX);
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.line}: ${p.patternId}: ${p.field}`),
    [
      'patterns/vcs.yaml:7: github.one: severity',
      'patterns/vcs.yaml:14: github.one: examples[1]',
      'patterns/vcs.yaml:16: gitlab.two: id',
      'patterns/vcs.yaml:23: gitlab.two: migration',
    ],
  );
});

test('specs built in code are named by ctx.file, else by family', () => {
  const parsed = parsePatternFile(yamlDoc({ migration: 'nope' }), 'x.yaml');
  const copy = { ...parsed.patterns[0]! };
  assert.deepEqual(
    lintPatterns([copy], CTX).map((p) => [p.file, p.line]),
    [['vcs', undefined]],
  );
  assert.deepEqual(
    lintPatterns([copy], { ...CTX, file: '.keyshift.yaml' }).map((p) => p.file),
    ['.keyshift.yaml'],
  );
});

test('formatProblems prints file:line: id: field: message, leaving out unknown parts', () => {
  assert.equal(
    formatProblems([
      { file: 'patterns/vcs.yaml', line: 7, patternId: 'github.one', field: 'severity', message: 'bad' },
      { file: 'patterns/vcs.yaml', message: 'cannot read the file (EACCES)' },
      { file: 'a.yaml', line: 2, field: 'family', message: 'missing' },
    ]),
    [
      'patterns/vcs.yaml:7: github.one: severity: bad',
      'patterns/vcs.yaml: cannot read the file (EACCES)',
      'a.yaml:2: family: missing',
    ].join('\n'),
  );
  assert.equal(formatProblems([]), '');
});

test('partner_only: a pattern no pair rule names is never reported, so it is a problem; named, it is fine', () => {
  const doc = (pairWith: string) => parsePatternFile(
    yamlDoc({ partner_only: 'true' }) +
      `  - id: github.pat-fine\n    name: x\n    provider: github\n    kind: long-lived-credential\n    severity: high\n    keywords: [github_pat_]\n    regex: '\\b(github_pat_[A-Za-z0-9]{30})\\b'\n    migration: github-app\n    references: ['https://docs.github.com/en/authentication']\n    pair: { with: [${pairWith}], within_lines: 2 }\n    examples: ['github_pat_${'Ab1'.repeat(10)}']\n    negative_examples: ['github_pat_short']\n`,
    'vcs.yaml',
  );
  const lone = doc('github.pat-classic-other');
  const named = doc('github.pat-classic');
  const partnerProblems = (ps: LintProblem[]) => brief(ps.filter((p) => p.field === 'partner_only'));
  assert.equal(partnerProblems(lintPatterns(lone.patterns, { ...CTX, knownIds: new Set(['github.pat-classic-other']) })).length, 1);
  assert.deepEqual(partnerProblems(lintPatterns(named.patterns, CTX)), []);
});
