#!/usr/bin/env node
// Scores a scan of fixtures/<name>/tree against fixtures/<name>/labels.json (default name: syntaxes; the
// precision fixture is `precision`, where every finding must be labelled): recall per syntax (a
// labelled secret counts as found when a finding sits on its file and line; the kind is checked too),
// false positives in decoys/, and findings in cases/ or files/ on no labelled line (reviewed by hand).
// Run after `npm run build`: node scripts/measure-syntaxes.mjs [syntaxes|precision] [--json] [--cli path/to/bin.js]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const cliAt = args.indexOf('--cli');
const cli = cliAt >= 0 ? resolve(args[cliAt + 1]) : join(root, 'bin/keyshift.js');
const name = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--cli') ?? 'syntaxes';
const { labels, decoys } = JSON.parse(readFileSync(join(root, 'fixtures', name, 'labels.json'), 'utf8'));
const r = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json', '--fail-on', 'none', '--no-ignore'], { cwd: join(root, `fixtures/${name}/tree`), encoding: 'utf8', maxBuffer: 64 << 20 });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  // --no-ignore may not exist yet on an older build; retry without it.
  const r2 = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json', '--fail-on', 'none'], { cwd: join(root, `fixtures/${name}/tree`), encoding: 'utf8', maxBuffer: 64 << 20 });
  report = JSON.parse(r2.stdout);
}
const findings = report.findings;
const at = new Map();
for (const f of findings) {
  const k = `${f.path}:${f.line}`;
  if (!at.has(k)) at.set(k, []);
  at.get(k).push(f);
}
const bySyntax = new Map();
let found = 0;
let kindOk = 0;
const misses = [];
// A label is matched by a finding on its line: the one at its column if any, else (when it is the only
// label on that line) any finding there. So a key id and its secret on one line are told apart.
const perLine = new Map();
for (const l of labels) perLine.set(`${l.path}:${l.line}`, (perLine.get(`${l.path}:${l.line}`) ?? 0) + 1);
for (const l of labels) {
  const onLine = at.get(`${l.path}:${l.line}`) ?? [];
  const exact = onLine.filter((f) => f.column === l.column);
  let hits = exact.length > 0 ? exact : perLine.get(`${l.path}:${l.line}`) === 1 ? onLine : [];
  // A pair rule reports the identifier inside its secret's finding (details.pairedLine): the key id
  // label is found when a finding names it as its partner.
  if (hits.length === 0) {
    const partner = findings.filter((f) => f.path === l.path && f.details?.pairedLine === l.line);
    if (partner.length > 0) hits = partner.map((f) => ({ ...f, kind: l.kind }));
  }
  const s = bySyntax.get(l.syntax) ?? { total: 0, found: 0 };
  s.total++;
  if (hits.length > 0) {
    found++;
    s.found++;
    if (hits.some((h) => h.kind === l.kind)) kindOk++;
    else misses.push(`kind  ${l.path}:${l.line} ${l.credential}: want ${l.kind}, got ${hits.map((h) => `${h.ruleId}/${h.kind}`).join(',')}`);
  } else misses.push(`miss  ${l.path}:${l.line} ${l.credential} (${l.syntax})`);
  bySyntax.set(l.syntax, s);
}
const labelled = new Set(labels.map((l) => `${l.path}:${l.line}`));
// An empty decoys prefix means the whole tree is decoys but for the labelled lines (the precision fixture).
const decoyFindings = decoys === '' ? [] : findings.filter((f) => f.path.startsWith(decoys));
const extra = findings.filter((f) => !f.path.startsWith(decoys) && !labelled.has(`${f.path}:${f.line}`));
const syntaxes = [...bySyntax.entries()].sort();
const fullSyntaxes = syntaxes.filter(([, s]) => s.found === s.total).length;
if (args.includes('--json')) {
  console.log(JSON.stringify({ labels: labels.length, found, kindOk, syntaxes: syntaxes.length, fullSyntaxes, decoyFindings: decoyFindings.length, extra: extra.length }));
} else {
  for (const m of misses) console.log(m);
  for (const f of decoyFindings) console.log(`decoy ${f.path}:${f.line} ${f.ruleId}`);
  for (const f of extra) console.log(`extra ${f.path}:${f.line} ${f.ruleId}`);
  console.log(`${name}: ${found}/${labels.length} labelled secrets found (${((100 * found) / labels.length).toFixed(1)}%), ${kindOk} with the right kind; ${fullSyntaxes}/${syntaxes.length} syntaxes fully found; ${decoyFindings.length} decoy findings; ${extra.length} unlabelled findings`);
}
