// Micro benchmark of the detection engine alone (one core, no I/O): detectMatches over ~50 MB of
// source-like text with ~200 synthetic pattern specs. Not a test; run `npx tsc -p tsconfig.json` first.
// Usage: node scripts/bench-detect.mjs [--mb 50] [--real DIR]   (--real: JS/TS files under DIR instead)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findKeywords } from '../build/src/detect/aho-corasick.js';
import { compileCatalog, detectMatches } from '../build/src/detect/engine.js';
import { lineIndex } from '../build/src/model/text.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i === -1 ? dflt : args[i + 1];
};
const targetMB = Number(opt('--mb', '50'));
const realDir = opt('--real', undefined);

let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rand() * a.length)];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randStr = (n, cs = ALNUM) => Array.from({ length: n }, () => pick(cs)).join('');

function baseSpec(over) {
  return {
    name: over.id, provider: over.id.split('.')[0], family: 'bench', kind: 'static-key', severity: 'high',
    confidence: 'high', flags: '', migration: 'none', references: [], tags: [], cwe: [], generic: false,
    publishable: false, allow: [], examples: [], negativeExamples: [], ...over,
  };
}

// ~180 prefixed patterns, a few multi-line ones, and generic keyword + entropy rules with common words.
const specs = [];
const prefixes = new Set();
while (prefixes.size < 180) prefixes.add(`${randStr(3, 'abcdefghijklmnopqrstuvwxyz')}${pick(['_', '-', 'p_', 'k_'])}`);
for (const p of prefixes) {
  const esc = p.replace(/-/g, '\\-');
  specs.push(baseSpec({ id: `p${specs.length}.token`, keywords: [p], regex: `\\b(${esc}[A-Za-z0-9]{32,40})\\b`, minEntropy: 3.5 }));
}
specs.push(baseSpec({ id: 'aws.access-key', keywords: ['AKIA', 'ASIA'], regex: '\\b((?:AKIA|ASIA)[A-Z2-7]{16})\\b' }));
specs.push(baseSpec({ id: 'key.private', keywords: ['-----BEGIN'], regex: '(-----BEGIN[A-Z ]*PRIVATE KEY-----[\\s\\S]{64,8000}?-----END[A-Z ]*PRIVATE KEY-----)', windowBefore: 0, windowAfter: 10000 }));
specs.push(baseSpec({ id: 'jwt.token', keywords: ['eyJ'], regex: '\\b(eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})' }));
specs.push(baseSpec({ id: 'url.credentials', keywords: ['://'], regex: '[a-z][a-z0-9+.-]{1,20}://[^\\s:@/]{1,64}:([^\\s:@/]{3,128})@[A-Za-z0-9.-]+' }));
const genericWords = ['key', 'token', 'secret', 'password', 'passwd', 'pwd', 'auth', 'credential', 'apikey', 'api_key', 'access_key', 'client_secret', 'private_key', 'conn_str', 'creds'];
for (const w of genericWords) {
  specs.push(baseSpec({
    id: `generic.${w}`, keywords: [w], generic: true, minEntropy: 3.5, flags: 'i',
    regex: `${w}[\\w.-]{0,20}["']?\\s*(?:=|:|:=|=>|\\|\\|)\\s*["'\`]([A-Za-z0-9+/_.=~-]{8,150})["'\`]`,
  }));
}

function syntheticCorpus(bytes) {
  const ids = ['user', 'config', 'options', 'result', 'value', 'items', 'request', 'response', 'handler', 'state', 'token', 'apiKey', 'secretName', 'authHeader', 'keyPath', 'password', 'cache', 'node', 'index'];
  const templates = [
    () => `  const ${pick(ids)} = ${pick(ids)}.${pick(ids)}(${pick(ids)}, ${Math.floor(rand() * 1000)});`,
    () => `  if (!${pick(ids)}) throw new Error('missing ${pick(ids)} in ${pick(ids)}');`,
    () => `  return ${pick(ids)}.map((${pick(ids)}) => ${pick(ids)}.${pick(ids)});`,
    () => `  // ${pick(ids)} is refreshed when the ${pick(ids)} expires; see docs for the key rotation`,
    () => `export function ${pick(ids)}${pick(['Get', 'Set', 'Load'])}(${pick(ids)}, ${pick(ids)}) {`,
    () => `  headers['Authorization'] = \`Bearer \${${pick(ids)}.token}\`;`,
    () => `  ${pick(ids)}: { type: 'string', description: 'The ${pick(ids)} used for ${pick(ids)}' },`,
    () => `}`,
    () => ``,
    () => `import { ${pick(ids)}, ${pick(ids)} } from './${pick(ids)}.js';`,
    () => `  const key = crypto.createHash('sha256').update(${pick(ids)}).digest('hex');`,
    () => `  ${pick(ids)}.set("${randStr(12)}", ${pick(ids)});`,
  ];
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const r = rand();
    let line;
    if (r < 0.0005) line = `  const apiKey = "${randStr(24)}";`;
    else if (r < 0.001) line = `  const t = "${pick([...prefixes])}${randStr(36)}";`;
    else line = pick(templates)();
    lines.push(line);
    size += line.length + 1;
  }
  // Cut into files of 4-64 KB, as a repository would be.
  const files = [];
  let i = 0;
  while (i < lines.length) {
    const n = 100 + Math.floor(rand() * 1500);
    files.push({ path: `src/f${files.length}.ts`, text: lines.slice(i, i + n).join('\n') });
    i += n;
  }
  return files;
}

function realCorpus(dir, bytes) {
  const files = [];
  let size = 0;
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (size >= bytes) return;
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (/\.(?:[cm]?js|ts|json|md)$/.test(name) && st.size < 10 * 1024 * 1024) {
        const text = readFileSync(p, 'utf8');
        files.push({ path: p.slice(dir.length + 1), text });
        size += text.length;
      }
    }
  };
  walk(dir);
  return files;
}


const files = realDir ? realCorpus(realDir, targetMB * 1e6) : syntheticCorpus(targetMB * 1e6);
const blobs = files.map((f) => ({ path: f.path, text: f.text, lineStarts: lineIndex(f.text), encoding: 'utf-8', bytes: Buffer.byteLength(f.text) }));
const totalBytes = blobs.reduce((a, b) => a + b.bytes, 0);
const mb = totalBytes / 1e6;

const t0 = performance.now();
const compiled = compileCatalog(specs);
const compileMs = performance.now() - t0;

function run() {
  let matches = 0;
  const t = performance.now();
  for (const b of blobs) matches += detectMatches(b, compiled).length;
  return { ms: performance.now() - t, matches };
}
function runKeywordsOnly() {
  let hits = 0;
  const t = performance.now();
  for (const b of blobs) hits += findKeywords(compiled.automaton, b.text).count;
  return { ms: performance.now() - t, hits };
}

run(); // warm-up
const runs = [run(), run(), run()].sort((a, b) => a.ms - b.ms);
const median = runs[1];
const kw = [runKeywordsOnly(), runKeywordsOnly(), runKeywordsOnly()].sort((a, b) => a.ms - b.ms)[1];
console.log(
  [
    `corpus: ${realDir ? `real files under ${realDir}` : 'synthetic source-like'}, ${blobs.length} files, ${mb.toFixed(1)} MB`,
    `catalog: ${specs.length} specs, ${compiled.automaton.keywords.length} keywords, compiled in ${compileMs.toFixed(1)} ms`,
    `keyword pass only: ${(mb / (kw.ms / 1000)).toFixed(0)} MB/s (${kw.hits} hits)`,
    `detectMatches: ${(mb / (median.ms / 1000)).toFixed(0)} MB/s on one core (median of 3, ${median.ms.toFixed(0)} ms, ${median.matches} matches)`,
  ].join('\n'),
);
