// The Action: reads inputs and the event, scans (PR added lines, pushed range or full checkout), then
// reports through every channel: annotations, step summary, review, sticky comment, SARIF upload, outputs.
// API failures are explained in one line and never hide the scan result; the exit code comes from fail-on.
import { execFileSync } from 'node:child_process';
import { writeFileAtomic } from '../model/atomic-write.js';
import { join, resolve } from 'node:path';
import { severityRank, type Finding, type Severity, type Skip, type SourceItem } from '../model/types.js';
import { KeyshiftError, UsageError, EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from '../model/errors.js';
import { runConfiguredScan, type ScanRequest } from '../scan/scan-request.js';
import { parseFailOnValue, failingFindings } from '../model/fail-on.js';
import { FINGERPRINT_SALT_ENV, resolveSettings } from '../scan/settings.js';
import { formatMarkdown, formatSarif, formatSummaryTable } from '../report/index.js';
import { createClient, explainApiError, scrub, type GitHubClient } from '../github/client.js';
import { changeItems, fromList, listPullFiles, type DiffEntry } from '../github/remote-source.js';
import { annotate, appendSummary, getBooleanInput, getInput, getListInput, mask, setOutput, STEP_SUMMARY_MAX, type RunnerIO } from './runner.js';
import { parseMode, planScan, readContext, type Plan, type RunContext } from './event.js';
import { postReview, resolvedBody, SUMMARY_MARKER, summaryBody, upsertSummary, type PullTarget } from './pr-feedback.js';
import { uploadSarif } from './upload.js';
import { basePolicy, directiveSuppressed, suppressionSection, type BasePolicy } from './base-policy.js';

/** GitHub shows at most 10 error and 10 warning annotations per step. */
export const ANNOTATION_CAP = 10;

export async function runAction(io: RunnerIO): Promise<number> {
  const token = getInput(io, 'token') || io.env.GITHUB_TOKEN || '';
  mask(io, token);
  // Runners mask secrets they pass in, but a salt set some other way would not be: never let it reach the log.
  mask(io, io.env[FINGERPRINT_SALT_ENV] ?? '');
  try {
    return await run(io, token);
  } catch (err) {
    const message = scrub(err instanceof Error ? err.message : String(err), token);
    if (err instanceof KeyshiftError || err instanceof TypeError) {
      annotate(io, 'error', `keyshift: ${message}`);
      return EXIT_USAGE;
    }
    annotate(io, 'error', `keyshift: internal error: ${message}`);
    return EXIT_USAGE;
  }
}

interface Source {
  /** How the added lines were found, for the log. */
  how: string;
  items?: ScanRequest['items'];
  mode: ScanRequest['mode'];
  /** Findings on these paths are not on known diff lines: no inline comments. */
  wholeFile: Set<string>;
}

async function run(io: RunnerIO, token: string): Promise<number> {
  const ctx = readContext(io.env);
  const plan = planScan(ctx, parseMode(getInput(io, 'mode')));
  const failOnInput = getInput(io, 'fail-on');
  const failOn = parseFailOn(failOnInput);
  const wantUpload = getBooleanInput(io, 'upload-sarif', true);
  const wantComment = getBooleanInput(io, 'comment', true);
  const paths = getListInput(io, 'paths');
  const configFile = getInput(io, 'config') || undefined;
  const baseline = getInput(io, 'baseline') || undefined;
  const verify = getBooleanInput(io, 'verify', false);
  let requests = 0;
  const client = createClient({ token, baseUrl: ctx.apiUrl, log: (l) => io.log(`keyshift: ${l}`) });
  client.hook.before('request', () => {
    requests++;
  });

  const base: Omit<ScanRequest, 'mode'> = {
    cwd: ctx.workspace,
    targets: (paths.length ? paths : ['.']).map((p) => resolve(ctx.workspace, p)),
    configFile,
    failOn,
    include: [],
    exclude: [],
    respectGitignore: true,
    baseline,
    ...(verify && { verify: true }),
    // A salt kept in a CI secret (env: KEYSHIFT_FINGERPRINT_SALT: ${{ secrets.… }}) keeps a dictionary out of the SARIF.
    envFingerprintSalt: io.env[FINGERPRINT_SALT_ENV],
  };
  if (plan.kind === 'full' && plan.note) io.log(`keyshift: ${plan.note}`);
  const source = await sourceFor(io, client, ctx, plan, base, paths, token);
  io.log(`keyshift: scanning ${source.how}`);
  // On a pull request scanned locally, the policy (config, baseline, .keyshiftignore) is the base commit's, so the
  // pull request cannot silence what it adds (issue 19 item 8).
  let policy: BasePolicy | undefined;
  if (plan.kind === 'pr' && source.mode.kind === 'diff') {
    policy = basePolicy(ctx.workspace, plan.base, plan.head, { config: configFile, baseline });
    io.log(`keyshift: config, baseline and .keyshiftignore from the base commit ${plan.base.slice(0, 12)}${policy.changed.length ? `; this pull request changes ${policy.changed.join(', ')} (not applied)` : ''}`);
  }
  let scanned: Awaited<ReturnType<typeof runConfiguredScan>>;
  try {
    scanned = await runConfiguredScan({
      ...base,
      ...(policy ? { configFile: policy.configFile, configAs: policy.configAs, baseline: policy.baseline, ignoreRef: policy.ignoreRef } : {}),
      mode: source.mode,
      items: source.items,
    });
  } finally {
    policy?.cleanup();
  }
  const { report, failOn: effectiveFailOn } = scanned;
  const result = report.result;
  const introduced = plan.kind === 'pr' ? suppressionSection(policy?.changed ?? [], directiveSuppressed(result.findings)) : undefined;
  const failOnSuppressions = getBooleanInput(io, 'fail-on-new-suppressions', false);
  const active = result.findings.filter((f) => f.suppressions.length === 0);
  io.log(`keyshift: ${active.length} finding(s), ${result.counts.suppressed} suppressed, in ${result.counts.filesScanned} file(s) (${result.counts.filesSkipped} skipped)`);
  for (const w of result.warnings) annotate(io, 'warning', `keyshift: ${w}`);

  writeAnnotations(io, active);
  writeStepSummary(io, report, active.length);
  if (introduced) appendSummary(io, `\n${introduced}`);

  const modeName = plan.kind === 'full' ? 'full' : 'diff';
  const sarifText = formatSarif(report, { showSecrets: false, color: false, verbose: false, showSuppressed: false, category: `keyshift/${modeName}` });
  const sarifFile = resolve(ctx.workspace, getInput(io, 'sarif-file') || join(io.env.RUNNER_TEMP || ctx.workspace, 'keyshift.sarif'));
  writeFileAtomic(sarifFile, sarifText);
  setOutput(io, 'findings', String(active.length));
  setOutput(io, 'sarif-file', sarifFile);

  const runUrl = io.env.GITHUB_RUN_ID ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${io.env.GITHUB_RUN_ID}` : undefined;
  if (plan.kind === 'pr' && wantComment) {
    const pr: PullTarget = { owner: ctx.owner, repo: ctx.repo, number: plan.number, head: plan.head };
    await explained(io, token, { action: 'post the review comments', permission: 'pull-requests: write', fork: plan.fork }, async () => {
      const r = await postReview(client, pr, active, (f) => !source.wholeFile.has(f.path));
      io.log(`keyshift: review: ${r.comments} new comment(s) for ${r.findings} finding(s), ${r.alreadyCommented} already commented by an earlier run${r.notCommentable ? `, ${r.notCommentable} outside the diff's lines` : ''}`);
    });
    await explained(io, token, { action: 'update the summary comment', permission: 'pull-requests: write', fork: plan.fork }, async () => {
      const main = active.length > 0 ? summaryBody(active, formatSummaryTable(report), runUrl, plan.head) : undefined;
      const body = introduced ? `${main ?? `${SUMMARY_MARKER}\n**keyshift**: no new secret in this pull request's added lines.\n`}\n${introduced}` : main;
      const outcome = await upsertSummary(client, pr, body, resolvedBody(plan.head, runUrl));
      io.log(`keyshift: summary comment: ${outcome}`);
    });
  }
  if (wantUpload) {
    const target =
      plan.kind === 'pr'
        ? { commitSha: plan.head, ref: `refs/pull/${plan.number}/head` }
        : plan.kind === 'push'
          ? { commitSha: plan.after, ref: ctx.ref }
          : { commitSha: ctx.sha, ref: ctx.ref };
    await explained(io, token, { action: 'upload SARIF to code scanning', permission: 'security-events: write', fork: plan.kind === 'pr' && plan.fork, codeScanning: true }, async () => {
      if (!target.commitSha || !target.ref) throw new UsageError('GITHUB_SHA and GITHUB_REF are not set; run inside GitHub Actions or set upload-sarif: false');
      const up = await uploadSarif(client, { owner: ctx.owner, repo: ctx.repo, ...target }, sarifText);
      io.log(`keyshift: SARIF uploaded (${up.gzipBytes} bytes gzip, id ${up.id ?? 'unknown'}, category keyshift/${modeName})`);
    });
  }
  io.log(`keyshift: ${requests} GitHub API request(s)`);
  if (introduced && failOnSuppressions) {
    annotate(io, 'error', 'keyshift: this pull request adds suppressions (see the summary); fail-on-new-suppressions is set, so a reviewer has to approve them');
    return EXIT_FINDINGS;
  }
  return exitCode(active, effectiveFailOn);
}

function parseFailOn(v: string): Severity | 'none' | undefined {
  return parseFailOnValue(v, 'input fail-on');
}

function exitCode(active: Finding[], failOn: Severity | 'none'): number {
  return failingFindings(active, failOn).length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** Runs one API step; a failure becomes a one-line warning and the run goes on. */
async function explained(io: RunnerIO, token: string, ctx: Parameters<typeof explainApiError>[1], fn: () => Promise<void>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (err) {
    if (err instanceof KeyshiftError) annotate(io, 'warning', `keyshift: ${err.message}`);
    else annotate(io, 'warning', `keyshift: ${explainApiError(err, { ...ctx, token })}`);
    return false;
  }
}

function hasCommits(cwd: string, ...shas: string[]): boolean {
  try {
    for (const s of shas) execFileSync('git', ['cat-file', '-e', `${s}^{commit}`], { cwd, stdio: 'ignore' });
    // A shallow checkout may hold both commits but not their merge base.
    if (shas.length === 2) execFileSync('git', ['merge-base', shas[0]!, shas[1]!], { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function sourceFor(
  io: RunnerIO,
  client: GitHubClient,
  ctx: RunContext,
  plan: Plan,
  base: Omit<ScanRequest, 'mode'>,
  paths: string[],
  token: string,
): Promise<Source> {
  if (plan.kind === 'full') return { how: `the whole checkout (${ctx.workspace})`, mode: { kind: 'files' }, wholeFile: new Set() };
  const [from, to] = plan.kind === 'pr' ? [plan.base, plan.head] : [plan.before, plan.after];
  if (hasCommits(ctx.workspace, from, to)) {
    // base...head: what the branch adds since it left the base, as GitHub's PR diff shows it.
    const range = plan.kind === 'pr' ? `${from}...${to}` : `${from}..${to}`;
    return { how: `the lines added in ${range} (local git)`, mode: { kind: 'diff', range }, wholeFile: new Set() };
  }
  let entries: DiffEntry[];
  try {
    if (plan.kind === 'pr') entries = await listPullFiles(client, ctx, plan.number);
    else {
      const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner: ctx.owner, repo: ctx.repo, basehead: `${from}...${to}`, per_page: 100 });
      entries = (data.files ?? []) as DiffEntry[];
    }
  } catch (err) {
    const what = plan.kind === 'pr' ? `list the pull request's files (the checkout lacks ${from.slice(0, 12)} or ${to.slice(0, 12)}; use fetch-depth: 0 to diff locally)` : 'compare the pushed commits';
    throw new UsageError(explainApiError(err, { action: what, permission: plan.kind === 'pr' ? 'pull-requests: read' : 'contents: read', token }));
  }
  const settings = resolveSettings(base, ctx.workspace);
  const rel = paths.filter((p) => p !== '.').map((p) => p.replace(/^\.\//, ''));
  const ch = await changeItems(client, entries, {
    owner: ctx.owner,
    repo: ctx.repo,
    include: settings.include,
    exclude: settings.exclude,
    maxFileSize: settings.maxFileSize,
    localRoot: ctx.workspace,
    paths: rel,
  });
  io.log(`keyshift: ${entries.length} changed file(s) from the API, ${ch.blobRequests} fetched as blobs, ${ch.wholeFile.size} without a patch (scanned whole)`);
  return { how: `the lines added by ${entries.length} changed file(s) (GitHub API)`, items: fromList<SourceItem | Skip>(ch.skips, ch.items), mode: { kind: 'files' }, wholeFile: ch.wholeFile };
}

export function writeAnnotations(io: RunnerIO, active: Finding[]): void {
  const sorted = [...active].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  let errors = 0;
  let warnings = 0;
  let left = 0;
  for (const f of sorted) {
    const level = severityRank(f.severity) >= severityRank('high') ? 'error' : 'warning';
    if ((level === 'error' ? errors : warnings) >= ANNOTATION_CAP) {
      left++;
      continue;
    }
    if (level === 'error') errors++;
    else warnings++;
    const fix = f.migration ? ` ${f.migration.summary}` : '';
    annotate(io, level, `${f.severity} ${f.kind} (${f.ruleId}): ${f.preview}.${fix}`, {
      title: `keyshift: ${f.ruleName}`,
      file: f.path,
      line: f.line,
      endLine: f.endLine,
      col: f.column,
      endColumn: f.endColumn,
    });
  }
  if (left > 0) annotate(io, 'notice', `keyshift: ${left} more finding(s) are not annotated (GitHub shows ${ANNOTATION_CAP} errors and ${ANNOTATION_CAP} warnings per step); see the job summary and code scanning`);
}

/** The job summary: the summary table and the markdown inventory (untrusted text escaped there, in src/report/). */
export function writeStepSummary(io: RunnerIO, report: Parameters<typeof formatSummaryTable>[0], active: number): void {
  const table = formatSummaryTable(report);
  let text = `## keyshift\n\n${table}\n`;
  if (active > 0) {
    const inventory = formatMarkdown(report, { showSecrets: false, color: false, verbose: false, showSuppressed: false });
    const full = `${text}\n${inventory.replace(/^# /m, '### ')}`;
    text = Buffer.byteLength(full) < STEP_SUMMARY_MAX - 1024 ? full : `${text}\n(The full inventory is larger than a step summary allows; download the SARIF file.)\n`;
  }
  appendSummary(io, text);
}
