// Issue 19 item 8: a pull request cannot silence its own findings. On a pull request the scan's policy (the
// config file, the baseline it or the `baseline` input names, and every .keyshiftignore) comes from the base
// commit, not from the pull request's head: the base versions are written to a temporary folder and the scan
// points at them, and ignore files are read at the base commit (ScanRequest.ignoreRef). What the pull request
// changes in that policy, and the findings it hides with new inline directives, are listed for the reviewer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { parseDocument } from '../model/yaml-lib.js';
import type { Finding } from '../model/types.js';
import { mdCode, mdText } from '../model/untrusted.js';

export interface BasePolicy {
  /** The base's config file (an empty one when the base has none), in a temporary folder. */
  configFile: string;
  /** Where the config lives in the repository (relative paths in it are anchored there). */
  configAs: string;
  /** The base's baseline (the `baseline` input's, or the one its config names), in the temporary folder. */
  baseline?: string;
  /** Commit whose .keyshiftignore files apply. */
  ignoreRef: string;
  /** Policy files the pull request changes (repository-relative). */
  changed: string[];
  cleanup: () => void;
}

const CONFIG_NAMES = ['.keyshift.yaml', '.keyshift.yml'];

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** A file's text at a commit, or undefined when it is not there. */
function show(cwd: string, ref: string, rel: string): string | undefined {
  return git(cwd, ['show', `${ref}:${rel}`]);
}

export function basePolicy(workspace: string, base: string, head: string, inputs: { config?: string; baseline?: string }): BasePolicy {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-base-policy-'));
  const put = (rel: string, text: string): string => {
    const p = join(dir, ...rel.split('/'));
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  const configRel = (inputs.config ?? CONFIG_NAMES.find((n) => show(workspace, base, n) !== undefined) ?? CONFIG_NAMES[0]!).replace(/^\.\//, '');
  const configText = show(workspace, base, configRel) ?? '';
  const configFile = put(configRel, configText);
  const policyFiles = new Set<string>([configRel, ...CONFIG_NAMES]);
  // The base config's baseline, relative to the config's folder, goes beside it at the same place.
  let baselineKey: string | undefined;
  try {
    const v = parseDocument(configText).toJS() as { baseline?: unknown } | null;
    baselineKey = typeof v?.baseline === 'string' ? v.baseline : undefined;
  } catch {
    baselineKey = undefined;
  }
  let baseline: string | undefined;
  if (baselineKey !== undefined && !baselineKey.startsWith('/')) {
    const rel = posix.normalize(posix.join(posix.dirname(configRel), baselineKey));
    policyFiles.add(rel);
    // The base config names it, so the base should have it; if not, it accepts nothing.
    if (!rel.startsWith('..')) baseline = put(`config-baseline/${rel}`, show(workspace, base, rel) ?? '');
  }
  if (inputs.baseline !== undefined) {
    const rel = inputs.baseline.replace(/^\.\//, '');
    policyFiles.add(rel);
    // A baseline the base does not have accepts nothing: an empty one.
    baseline = put(`inputs/${rel}`, show(workspace, base, rel) ?? '');
  }
  const changedNames = (git(workspace, ['diff', '--name-only', '--no-renames', `${base}...${head}`]) ?? '').split('\n').filter(Boolean);
  const changed = changedNames.filter((p) => policyFiles.has(p) || p === '.keyshiftignore' || p.endsWith('/.keyshiftignore'));
  return { configFile, configAs: configRel, baseline, ignoreRef: base, changed, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Findings on the pull request's lines that a new inline directive suppresses. */
export function directiveSuppressed(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.suppressions.some((s) => s.source === 'directive'));
}

/**
 * The summary section for what a pull request does to the scan's policy: the policy files it changes (not
 * applied) and each finding a new inline directive hides (redacted preview). Undefined when there is none.
 */
export function suppressionSection(changed: readonly string[], hidden: readonly Finding[]): string | undefined {
  if (changed.length === 0 && hidden.length === 0) return undefined;
  const out = ['### Suppressions this pull request adds', ''];
  if (changed.length > 0) {
    out.push('These policy files change in this pull request. The scan used the base commit\'s versions, so the change hides nothing until it is merged; review it as you would a code change:', '');
    for (const p of changed) out.push(`- ${mdCode(p)}`);
    out.push('');
  }
  if (hidden.length > 0) {
    out.push('These findings are suppressed by an inline `keyshift:allow` directive on the pull request\'s lines:', '');
    for (const f of hidden) out.push(`- ${mdCode(`${f.path}:${f.line}`)} ${mdCode(f.ruleId)} ${mdCode(f.preview)} (${mdText(f.severity)})`);
    out.push('');
  }
  return out.join('\n');
}
