// Pull-request feedback: one review with a comment per new finding on its added line (de-duplicated by a
// hidden marker across runs) and one sticky summary comment updated in place. Never writes a secret value.
import type { Finding, Severity } from '../model/types.js';
import { SEVERITIES } from '../model/types.js';
import type { GitHubClient } from '../github/client.js';
import { fingerprintV1 } from '../model/fingerprint.js';
import { fenceFor, fillHtmlTemplate, fillTemplate, htmlCommentText, htmlText, mdCode, mdCodeBlock, mdText, mdUrl, visibleControls } from '../model/untrusted.js';

export const SUMMARY_MARKER = '<!-- keyshift:summary -->';
const RESOLVED_TEXT = '✅ Resolved:';
// A v2 fingerprint (ks2_ + hex) or a v1 one (hex) of a run before v2.
const FP_MARKER = /<!-- keyshift:fp=((?:ks2_)?[0-9a-f]+):(.*?) -->/g;
/** GitHub rejects comment bodies above 65,536 characters; stay well below. */
const MAX_BODY = 60_000;
/** More inline comments than this in one review is noise; the rest are listed in the summary comment. */
export const MAX_REVIEW_COMMENTS = 50;
const MAX_SUMMARY_ROWS = 100;

export interface PullTarget {
  owner: string;
  repo: string;
  number: number;
  head: string;
}

export function findingMarker(f: Finding): string {
  return `<!-- keyshift:fp=${markerKey(f)} -->`;
}

/** What a marker holds, and the de-duplication key: the fingerprint and the path, safe inside a comment. */
function markerKey(f: Finding): string {
  return `${f.fingerprint}:${htmlCommentText(f.path)}`;
}

/**
 * The keys older runs' markers hold, so that their comments still count: before htmlCommentText (only `-->`
 * escaped), and before v2 fingerprints (the v1 hash, computed from the finding's value, never posted again).
 */
function legacyMarkerKeys(f: Finding): string[] {
  const v1 = fingerprintV1(f.ruleId, f.secret.reveal());
  const oldPath = f.path.replace(/-->/g, '--&gt;');
  return [`${f.fingerprint}:${oldPath}`, `${v1}:${htmlCommentText(f.path)}`, `${v1}:${oldPath}`];
}

const CELL = { table: true };

const ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '⚪' };

export function reviewCommentBody(f: Finding): string {
  const lines = [
    findingMarker(f),
    `${ICON[f.severity]} **${mdText(f.ruleName)}** (${mdCode(f.ruleId)}): a **${f.severity}** ${mdText(f.kind)} was added here: ${mdCode(f.preview)}`,
  ];
  if (f.verification) lines.push('', `Verified with the provider: ${verificationText(f.verification)}.`);
  const m = f.migration;
  if (m) {
    // A <details> line is raw HTML (markdown is not parsed in it): the summary is escaped as HTML.
    lines.push('', '<details><summary>How to replace it: ' + fillHtmlTemplate(m.summary, untrustedIn(f)) + '</summary>', '');
    m.steps.forEach((s, i) => lines.push(`${i + 1}. ${fillTemplate(s, untrustedIn(f), (t) => visibleControls(t.replace(/\s+/g, ' ')))}`));
    if (m.snippet) lines.push('', mdCodeBlock(m.snippet, 'yaml'));
    if (m.references.length) lines.push('', m.references.map((r) => `- ${mdUrl(r)}`).join('\n'));
    lines.push('', '</details>');
  }
  if (f.fix) lines.push('', ...fixBlock(f.fix));
  lines.push('', `Rotate the credential: it is in the branch history even if this line is removed. To accept it, add \`keyshift:allow ${f.ruleId}\` in a comment on this line.`);
  return lines.join('\n');
}

/** The values a finding's migration text was filled with ({path}, {provider}, {ruleId}): not ours to trust. */
function untrustedIn(f: Finding): string[] {
  return [f.path, f.provider, f.ruleId];
}

/**
 * keyshift fix's change: a GitHub suggestion block (one click to commit) when the finding's part of it is one
 * range of added lines, and the whole change as a diff in a collapsible block for the rest (permissions, a new
 * step elsewhere in the job).
 */
function fixBlock(fix: NonNullable<Finding['fix']>): string[] {
  const out: string[] = [];
  if (fix.suggestion) {
    // The suggestion's text is what GitHub commits: exact, in a fence nothing inside can close.
    const body = fix.suggestion.text.replace(/\n$/, '');
    const fence = fenceFor(body);
    out.push(`**Suggested fix** (\`keyshift fix\`): ${mdText(fix.description)}`, '', `${fence}suggestion`, body, fence);
    if (fix.hunks.length > 1) out.push('');
  }
  if (!fix.suggestion || fix.hunks.length > 1) {
    out.push(`<details><summary>${fix.suggestion ? 'The whole change' : `The fix (\`keyshift fix\`): ${htmlText(fix.description)}`}</summary>`, '', mdCodeBlock(fix.patch, 'diff'), '', '</details>');
  }
  return out;
}

function severityOrder(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
}

export interface ReviewOutcome {
  /** Inline comments posted (findings on the same line share one comment). */
  comments: number;
  /** Findings those comments cover. */
  findings: number;
  alreadyCommented: number;
  notCommentable: number;
}

/**
 * Posts one review (event COMMENT) with the findings that no earlier run has commented on: one comment per
 * added line, holding every finding on it (a specific and a generic rule often catch the same value).
 */
export async function postReview(client: GitHubClient, pr: PullTarget, findings: Finding[], commentable: (f: Finding) => boolean): Promise<ReviewOutcome> {
  const existing = await client.paginate(client.rest.pulls.listReviewComments, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  const seen = new Set<string>();
  // Only markers in comments posted by a bot account count (GITHUB_TOKEN's github-actions[bot], or an App):
  // a PR author could otherwise pre-post markers to silence the review.
  for (const c of existing) {
    if (c.user?.type !== 'Bot') continue;
    for (const m of (c.body ?? '').matchAll(FP_MARKER)) seen.add(`${m[1]}:${m[2]}`);
  }
  const byLine = new Map<string, Finding[]>();
  let already = 0;
  let notCommentable = 0;
  const keys = new Set<string>();
  for (const f of [...findings].sort(severityOrder)) {
    const key = markerKey(f);
    if (seen.has(key) || legacyMarkerKeys(f).some((k) => seen.has(k))) {
      already++;
      continue;
    }
    if (!commentable(f)) {
      notCommentable++;
      continue;
    }
    // The same secret twice in one file gets one comment, on its first added line.
    if (keys.has(key)) continue;
    keys.add(key);
    const at = `${f.path}\0${f.line}`;
    byLine.set(at, [...(byLine.get(at) ?? []), f]);
  }
  const groups = [...byLine.values()].sort((a, b) => (a[0]!.path < b[0]!.path ? -1 : a[0]!.path > b[0]!.path ? 1 : a[0]!.line - b[0]!.line));
  const posting = groups.slice(0, MAX_REVIEW_COMMENTS);
  const covered = posting.reduce((n, g) => n + g.length, 0);
  if (posting.length > 0) {
    const more = groups.length - posting.length;
    await client.rest.pulls.createReview({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      commit_id: pr.head,
      event: 'COMMENT',
      body: `**keyshift** found ${covered} new secret finding${covered === 1 ? '' : 's'} in this pull request's added lines.${more > 0 ? ` ${more} more lines are listed in the summary comment.` : ''}`,
      comments: posting.map((g) => ({ path: g[0]!.path, ...anchor(g), side: 'RIGHT' as const, body: g.map(reviewCommentBody).join('\n\n---\n\n') })),
    });
  }
  return { comments: posting.length, findings: covered, alreadyCommented: already, notCommentable };
}

/**
 * Where a comment goes: the finding's line, or the range a lone finding's suggestion replaces (a suggestion
 * replaces exactly the commented lines). A line holding several findings keeps its single line.
 */
function anchor(g: Finding[]): { line: number; start_line?: number; start_side?: 'RIGHT' } {
  const s = g.length === 1 ? g[0]!.fix?.suggestion : undefined;
  if (!s) return { line: g[0]!.line };
  return s.startLine < s.endLine ? { line: s.endLine, start_line: s.startLine, start_side: 'RIGHT' } : { line: s.endLine };
}

/** `**active** as ci-bot; scopes repo, workflow; expires 2026-12-31` (untrusted text escaped). */
export function verificationText(v: NonNullable<Finding['verification']>): string {
  const parts = [`**${v.status}**${v.identity ? ` as ${mdText(v.identity)}` : ''}`];
  if (v.scopes) parts.push(`scopes ${v.scopes.length ? v.scopes.map(mdText).join(', ') : 'none'}`);
  if (v.expiresAt) parts.push(`expires ${v.expiresAt.slice(0, 10)}`);
  if (v.status === 'inactive') parts.push('revoked or expired: remove it from history anyway');
  else if (v.reason) parts.push(mdText(v.reason));
  return parts.join('; ');
}

export function summaryBody(findings: Finding[], table: string, runUrl: string | undefined, head: string): string {
  const out = [SUMMARY_MARKER, '### keyshift', '', table.trim(), ''];
  const rows = [...findings].sort(severityOrder);
  // The Verified column is there only when the run verified (the Action's verify input).
  const verified = rows.some((f) => f.verification !== undefined);
  out.push(`| Severity | Location | Rule | Kind | Preview |${verified ? ' Verified |' : ''}`, `| --- | --- | --- | --- | --- |${verified ? ' --- |' : ''}`);
  for (const f of rows.slice(0, MAX_SUMMARY_ROWS)) {
    const v = verified ? ` ${f.verification ? mdText(f.verification.status) : ''} |` : '';
    out.push(`| ${f.severity} | ${mdCode(`${f.path}:${f.line}`, CELL)} | ${mdCode(f.ruleId, CELL)} | ${mdText(f.kind)} | ${mdCode(f.preview, CELL)} |${v}`);
  }
  if (rows.length > MAX_SUMMARY_ROWS) out.push('', `${rows.length - MAX_SUMMARY_ROWS} more are in the job summary.`);
  out.push('', `Checked at ${head.slice(0, 12)}.${runUrl ? ` [Workflow run](${runUrl})` : ''}`);
  return clip(out.join('\n'));
}

export function resolvedBody(head: string, runUrl: string | undefined): string {
  return [SUMMARY_MARKER, '### keyshift', '', `${RESOLVED_TEXT} no secrets in this pull request's added lines as of ${head.slice(0, 12)}.`, 'Credentials that were pushed earlier stay in the branch history: rotate them.', runUrl ? `\n[Workflow run](${runUrl})` : ''].join('\n');
}

function clip(body: string): string {
  if (body.length <= MAX_BODY) return body;
  const cut = body.lastIndexOf('\n', MAX_BODY - 200);
  return `${body.slice(0, cut)}\n\n(truncated: see the job summary for the full list)`;
}

export type StickyOutcome = 'created' | 'updated' | 'resolved' | 'none';

/** Creates or updates the one summary comment; with no findings, marks an existing one resolved. */
export async function upsertSummary(client: GitHubClient, pr: PullTarget, body: string | undefined, resolved: string): Promise<StickyOutcome> {
  const comments = await client.paginate(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
  const mine = comments.filter((c) => (c.body ?? '').includes(SUMMARY_MARKER));
  // As with review markers, only a bot's summary is ours to update; a look-alike posted by a person is ignored.
  const existing = mine.find((c) => c.user?.type === 'Bot');
  if (body === undefined) {
    if (!existing) return 'none';
    if ((existing.body ?? '').includes(RESOLVED_TEXT)) return 'resolved';
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body: resolved });
    return 'resolved';
  }
  if (existing) {
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
    return 'updated';
  }
  await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
  return 'created';
}
