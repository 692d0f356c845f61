// `keyshift merge`'s logic: finds the result files, reads them (org/read.ts), keeps each repository once, finds
// the secrets several repositories share (OWASP NHI9) and raises them one severity step, and builds the one
// Report every formatter takes. Deterministic: the same inputs in any order give the same Report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SEVERITIES, severityRank } from '../model/types.js';
import type { Finding, ScanCounts, ScanResult, Severity } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import { visibleControls } from '../model/untrusted.js';
import { compareFindings } from '../report/common.js';
import type { OrgRepository, Report, ReuseEntry } from '../report/types.js';
import { readResultText } from './read.js';

export interface MergeOutcome {
  report: Report;
  /** One line each, for stderr: how a duplicated repository was resolved, how a plain scan was named. */
  notes: string[];
}

/**
 * The result files named by `args`: files as given, directories walked recursively for `*.json` (symbolic
 * links to directories are not followed). A directory with none, or a path that cannot be read, is a UsageError.
 */
export function collectResultFiles(args: readonly string[], cwd: string): string[] {
  if (args.length === 0) throw new UsageError('merge: name at least one result file or directory');
  const out = new Set<string>();
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      throw new UsageError(`merge: ${visibleControls(arg)}: cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (st.isDirectory()) {
      const found = walkJson(abs, arg);
      if (found.length === 0) throw new UsageError(`merge: ${visibleControls(arg)}: no *.json result files in this directory`);
      for (const f of found) out.add(f);
    } else {
      out.add(abs);
    }
  }
  return [...out].sort();
}

function walkJson(dir: string, shown: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new UsageError(`merge: ${visibleControls(shown)}: cannot list it (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walkJson(p, join(shown, e.name)));
    else if (/\.json$/i.test(e.name) && (e.isFile() || (e.isSymbolicLink() && isFile(p)))) out.push(p);
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Reads and merges the files; `tool` is the merging keyshift. */
export function mergeResultFiles(files: readonly string[], cwd: string, tool: Report['tool']): MergeOutcome {
  const inputs: { file: string; repo: OrgRepository }[] = [];
  const notes: string[] = [];
  for (const abs of files) {
    const rel = relative(cwd, abs);
    const shown = rel === '' || rel.startsWith('..') ? abs : rel;
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (err) {
      throw new UsageError(`merge: ${visibleControls(shown)}: cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const read = readResultText(text, shown);
    if (read.namedAfterFile !== undefined) notes.push(`${visibleControls(shown)} has no repository block (a plain scan result): merged as repository "${visibleControls(read.namedAfterFile)}", named after the file`);
    for (const repo of read.repositories) inputs.push({ file: shown, repo });
  }
  return { report: mergeRepositories(inputs, tool, notes), notes };
}

/** The canonical text of a repository's result, to tell a repeated input from a different one. */
function contentKey(r: OrgRepository): string {
  const findings = [...r.findings].sort(compareFindings).map((f) => ({ ...f, secret: undefined }));
  return JSON.stringify({ ...r, findings });
}

/**
 * Each repository once. The same repository with the same content (a shard merged twice, a merged file merged
 * with its own inputs) counts once. The same repository at the same head with different content (scanned twice
 * by different settings) keeps one: a scanned result over a skipped one, then the one with more findings, then
 * the first by canonical text, with a note. At different heads, or without a head to compare, it is an error.
 */
export function mergeRepositories(inputs: readonly { file: string; repo: OrgRepository }[], tool: Report['tool'], notes: string[] = []): Report {
  const groups = new Map<string, { file: string; repo: OrgRepository; key: string }[]>();
  for (const { file, repo } of inputs) {
    const g = groups.get(repo.repository.fullName) ?? [];
    g.push({ file, repo, key: contentKey(repo) });
    groups.set(repo.repository.fullName, g);
  }
  const repos: OrgRepository[] = [];
  for (const [name, g] of groups) {
    const distinct = [...new Map(g.map((x) => [x.key, x])).values()];
    if (distinct.length === 1) {
      repos.push(distinct[0]!.repo);
      continue;
    }
    const shownName = visibleControls(name);
    const heads = [...new Set(distinct.map((x) => x.repo.repository.head ?? ''))];
    if (heads.length > 1) {
      const byHead = [...distinct].sort((a, b) => ((a.repo.repository.head ?? '') < (b.repo.repository.head ?? '') ? -1 : (a.repo.repository.head ?? '') > (b.repo.repository.head ?? '') ? 1 : a.file < b.file ? -1 : 1));
      const where = [byHead[0]!, byHead.find((x) => x.repo.repository.head !== byHead[0]!.repo.repository.head)!].map((x) => `${x.repo.repository.head ? x.repo.repository.head.slice(0, 12) : 'no head'} in ${visibleControls(x.file)}`);
      throw new UsageError(`merge: ${shownName} is in two results at different heads (${where.join(', ')}); merge the results of one run`);
    }
    if (heads[0] === '') {
      throw new UsageError(`merge: ${shownName} is in two different results (${[...new Set(distinct.map((x) => x.file))].sort().slice(0, 2).map(visibleControls).join(', ')}) and neither names a head commit; merge one of them`);
    }
    distinct.sort(
      (a, b) =>
        Number(b.repo.repository.status === 'scanned') - Number(a.repo.repository.status === 'scanned') ||
        b.repo.findings.length - a.repo.findings.length ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const kept = distinct[0]!;
    notes.push(`${shownName} at ${heads[0]!.slice(0, 12)} is in ${distinct.length} results that differ; kept the one in ${visibleControls(kept.file)} (${kept.repo.repository.status}, ${kept.repo.findings.length} findings)`);
    repos.push(kept.repo);
  }
  repos.sort((a, b) => (a.repository.fullName < b.repository.fullName ? -1 : a.repository.fullName > b.repository.fullName ? 1 : 0));
  return buildOrgReport(repos, tool);
}

/** One severity step up; critical stays critical. */
export function raiseSeverity(s: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, severityRank(s) + 1)]!;
}

/**
 * The secrets (fingerprints) that unsuppressed findings of two or more repositories share: each such finding is
 * raised one step and carries `reuse`; suppressed findings neither count nor change.
 */
function applyReuse(repos: OrgRepository[]): ReuseEntry[] {
  const byFingerprint = new Map<string, Finding[]>();
  for (const r of repos) {
    for (const f of r.findings) {
      if (f.suppressions.length > 0) continue;
      const list = byFingerprint.get(f.fingerprint) ?? [];
      list.push(f);
      byFingerprint.set(f.fingerprint, list);
    }
  }
  const raised = new Map<Finding, Finding>();
  const entries: ReuseEntry[] = [];
  for (const [fingerprint, list] of byFingerprint) {
    const names = new Set(list.map((f) => f.repository ?? ''));
    if (names.size < 2) continue;
    list.sort(compareFindings);
    for (const f of list) raised.set(f, { ...f, severity: raiseSeverity(f.severity), reuse: { repositories: names.size, severityBefore: f.severity } });
    const before = list.reduce<Severity>((m, f) => (severityRank(f.severity) > severityRank(m) ? f.severity : m), 'low');
    const first = list[0]!;
    const places = [...new Map(list.map((f) => [`${f.repository}\0${f.path}\0${f.line}`, { repository: f.repository ?? '', path: f.path, line: f.line }])).values()];
    entries.push({ fingerprint, ruleId: first.ruleId, provider: first.provider, kind: first.kind, severity: raiseSeverity(before), severityBefore: before, repositories: names.size, places });
  }
  for (const r of repos) r.findings = r.findings.map((f) => raised.get(f) ?? f).sort(compareFindings);
  // Most repositories first, then the most severe, then by fingerprint: a stable order for every format.
  return entries.sort(
    (a, b) => b.repositories - a.repositories || severityRank(b.severity) - severityRank(a.severity) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0),
  );
}

function buildOrgReport(input: OrgRepository[], tool: Report['tool']): Report {
  // Copies, so the caller's values are not raised in place.
  const repos = input.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f })) }));
  const reuse = applyReuse(repos);
  const findings = repos.flatMap((r) => r.findings).sort(compareFindings);
  const counts: ScanCounts = { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, ignored: 0, excluded: 0, findings: 0, suppressed: 0 };
  for (const r of repos) {
    counts.filesScanned += r.counts.filesScanned;
    counts.bytesScanned += r.counts.bytesScanned;
    counts.filesSkipped += r.counts.filesSkipped;
    counts.ignored += r.counts.ignored;
    counts.excluded += r.counts.excluded;
  }
  counts.suppressed = findings.filter((f) => f.suppressions.length > 0).length;
  counts.findings = findings.length - counts.suppressed;
  const result: ScanResult = {
    findings,
    skips: repos.flatMap((r) => r.skips.map((s) => ({ ...s, path: `${r.repository.fullName}:${s.path}` }))),
    warnings: repos.flatMap((r) => r.warnings.map((w) => `${r.repository.fullName}: ${w}`)),
    counts,
    root: '',
    durationMs: 0,
  };
  return { result, rules: [], tool, org: { repositories: repos, reuse } };
}
