// `keyshift config import --from detect-secrets`: the settings of a .secrets.baseline (plugins_used,
// filters_used, the older exclude block) as .keyshift.yaml, with a note for each setting that has no clean
// keyshift equivalent. Its results are `keyshift baseline import`'s job. Pure; never quotes a pattern.
import { stringify as stringifyYaml } from '../model/yaml-lib.js';
import { ConfigError } from '../model/errors.js';
import type { ImportNote, ImportResult } from './import-gitleaks.js';
import { pathRegexToGlobs, translateRegex } from './import-regex.js';

type Obj = Record<string, unknown>;

/** detect-secrets' defaults for its entropy plugins (detect_secrets/plugins/high_entropy_strings.py). */
const DEFAULT_LIMITS: Record<string, number> = { Base64HighEntropyString: 4.5, HexHighEntropyString: 3.0 };

const FILTER = 'detect_secrets.filters.';

function patterns(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function importDetectSecretsConfig(jsonText: string, file: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (err) {
    // V8 quotes text around the error, which can be a secret in a baseline: keep the position only.
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? jsonText.slice(0, Number(pos[1])).split('\n').length : jsonText.trimEnd().split('\n').length;
    throw new ConfigError('not valid JSON; pass the .secrets.baseline that detect-secrets wrote', file, line);
  }
  if (!isObj(data) || (!Array.isArray(data.plugins_used) && !isObj(data.results))) {
    throw new ConfigError('expected a detect-secrets baseline (an object with plugins_used and results)', file, 1);
  }
  const notes: ImportNote[] = [];
  const note = (field: string, message: string): void => void notes.push({ field, message });
  const exclude: string[] = [];
  const values: string[] = [];

  const excludeFiles = (list: string[], field: string, indexed: boolean): void => {
    list.forEach((src, j) => {
      const f = indexed ? `${field}[${j}]` : field;
      const t = translateRegex(src, 'python');
      if (!t.ok) return note(f, `not imported: ${t.why}`);
      try {
        const { globs, caseInsensitive } = pathRegexToGlobs(t.source);
        if (caseInsensitive) note(f, 'imported as case-sensitive globs ((?i) has no glob form)');
        exclude.push(...globs);
      } catch (err) {
        note(f, `not imported: this path regex has no glob form (${(err as Error).message}); write a glob under exclude`);
      }
    });
  };
  const secretValues = (list: string[], field: string): void => {
    list.forEach((src, j) => {
      const t = translateRegex(src, 'python');
      if (!t.ok) note(`${field}[${j}]`, `not imported: ${t.why}`);
      else values.push(t.source);
    });
  };

  const plugins = Array.isArray(data.plugins_used) ? data.plugins_used : [];
  plugins.forEach((p, i) => {
    if (!isObj(p)) return;
    const field = `plugins_used[${i}]`;
    const name = typeof p.name === 'string' ? p.name : '?';
    if (typeof p.path === 'string') note(`${field}.path`, `custom plugin ${safe(name)}: keyshift runs its own catalog; write a custom pattern (patterns.custom) for what it finds`);
    for (const key of ['limit', 'base64_limit', 'hex_limit']) {
      const v = p[key];
      if (typeof v !== 'number') continue;
      const def = DEFAULT_LIMITS[name] ?? (key === 'base64_limit' ? 4.5 : key === 'hex_limit' ? 3 : undefined);
      if (v === def) continue;
      note(
        `${field}.${key}`,
        `${safe(name)} flags any high-entropy string; keyshift has no such detector, and its nearest setting, entropy.generic (for keyword-assigned values), is left at its default`,
      );
    }
    if (typeof p.keyword_exclude === 'string' && p.keyword_exclude !== '') {
      note(`${field}.keyword_exclude`, 'excludes whole lines from KeywordDetector; keyshift allowlists run on the secret, so mark such lines with a keyshift:allow comment');
    }
  });

  const filters = Array.isArray(data.filters_used) ? data.filters_used : [];
  filters.forEach((f, i) => {
    if (!isObj(f) || typeof f.path !== 'string') return;
    const field = `filters_used[${i}]`;
    const path = f.path;
    if (path === `${FILTER}regex.should_exclude_file`) excludeFiles(patterns(f.pattern), `${field}.pattern`, Array.isArray(f.pattern));
    else if (path === `${FILTER}regex.should_exclude_secret`) secretValues(patterns(f.pattern), `${field}.pattern`);
    else if (path === `${FILTER}regex.should_exclude_line`) {
      note(`${field}.pattern`, 'excludes lines by regex; keyshift allowlists run on the secret, so mark such lines with a keyshift:allow comment');
    } else if (path === `${FILTER}wordlist.should_exclude_secret`) {
      note(field, 'a word list file; put its words under allowlist.stopwords');
    } else if (path === `${FILTER}gibberish.should_exclude_secret`) {
      note(field, 'the gibberish model has no keyshift equivalent; keyshift filters placeholders and low-entropy values itself');
    } else if (path.startsWith('file://') || !path.startsWith(FILTER)) {
      note(field, 'a custom filter has no keyshift equivalent');
    }
    // The remaining built-in filters (heuristics, pragma comments, verification policy) are defaults that
    // keyshift covers with its own value filters and its pragma/keyshift:allow directives.
  });

  // detect-secrets before 1.0 wrote an `exclude` block instead of regex filters.
  if (isObj(data.exclude)) {
    if (typeof data.exclude.files === 'string' && data.exclude.files !== '') excludeFiles([data.exclude.files], 'exclude.files', false);
    if (typeof data.exclude.lines === 'string' && data.exclude.lines !== '') note('exclude.lines', 'excludes lines by regex; mark such lines with a keyshift:allow comment');
  }
  if (isObj(data.results) && Object.keys(data.results).length > 0) {
    const n = Object.values(data.results).reduce((sum: number, l) => sum + (Array.isArray(l) ? l.length : 0), 0);
    note('results', `${n} accepted secret(s): import them with keyshift baseline import --from detect-secrets ${file}`);
  }

  const cfg: Obj = {};
  if (exclude.length > 0) cfg.exclude = [...new Set(exclude)];
  if (values.length > 0) cfg.allowlist = { values: [...new Set(values)] };
  const header = [
    `# Imported from ${file} by \`keyshift config import --from detect-secrets\`.`,
    '# Settings with no keyshift equivalent were listed on stderr. Review, then save as .keyshift.yaml.',
  ];
  const body = Object.keys(cfg).length > 0 ? stringifyYaml(cfg, { lineWidth: 0 }) : '{}\n';
  return { yaml: `${header.join('\n')}\n${body}`, notes };
}

function safe(s: string): string {
  return /^[\x20-\x7e]{1,80}$/.test(s) ? s : '(unprintable name)';
}
