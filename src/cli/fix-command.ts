// `keyshift fix [paths...]`: scans, then prints one unified diff per file that has a mechanical fix (workflow
// federation, literal env secrets to secret references, .npmrc tokens to ${NPM_TOKEN}); `--write` applies
// them. Every edited file is re-scanned in memory before anything is written: an edit that leaves a fixed
// finding behind, or a file that no longer parses, stops the run with exit 2 and nothing written.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../model/errors.js';
import { redactValues } from '../model/secret.js';
import { writeFilesAtomic } from '../model/atomic-write.js';
import type { Finding, SourceItem } from '../model/types.js';
import type { CliIO } from './main.js';
import { runConfiguredScan, type ScanRequest } from '../scan/scan-request.js';
import { FINGERPRINT_SALT_ENV } from '../scan/settings.js';
import { fixable, fixFile, type FileFix } from '../fix/fix.js';
import { filePatch } from '../fix/patch.js';
import { parseYaml } from '../fix/yaml-edit.js';
import { trustFiles } from '../fix/trust-plan.js';

interface FixCliOptions {
  write?: boolean;
  trustConfig?: string;
  repo?: string;
  only?: string[];
  config?: string;
  awsRoleArn?: string;
  gcpWorkloadIdentityProvider?: string;
  gcpServiceAccount?: string;
  defaultBranch?: string;
  trustPullRequests?: boolean;
  showSecrets?: boolean;
}

export function registerFixCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('fix')
    .description('print the federated-identity fix for CI findings as a unified diff (git apply); --write applies it')
    .argument('[paths...]', 'files or directories to fix', ['.'])
    .option('--write', 'apply the fixes to the files instead of printing the diff')
    .option('--trust-config <dir>', 'also write the cloud-side trust (Terraform, one file per provider) to this folder')
    .option('--repo <owner/name>', 'repository slug for the OIDC subjects (default: from git remote get-url origin)')
    .option('--only <ruleIds...>', 'fix only these rule ids')
    .option('-c, --config <file>', 'config file (default: .keyshift.yaml found upward from the first path)')
    .option('--aws-role-arn <arn>', 'role-to-assume for AWS fixes (default: a placeholder the Terraform output defines)')
    .option('--gcp-workload-identity-provider <name>', 'workload_identity_provider for GCP fixes')
    .option('--gcp-service-account <email>', 'service_account for GCP fixes')
    .option('--default-branch <name>', 'the branch manual and scheduled runs are trusted on (default: main)')
    .option('--show-secrets', 'print removed lines that hold a secret as they are (redacted by default, so such a diff does not apply)')
    .option('--trust-pull-requests', 'also trust pull_request runs in the generated trust config (they run the PR\'s code)')
    .action(async (paths: string[], opts: FixCliOptions) => {
      setExit(await fixAction(paths, opts, io));
    });
}

/** The repository root (git's top level, else the working folder) that diff paths are relative to. */
function repoRoot(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || cwd;
  } catch {
    return cwd;
  }
}

/** OWNER/NAME from a GitHub remote URL (https, ssh or scp-like), else undefined. */
export function slugFromRemote(url: string): string | undefined {
  const m = /^(?:https?:\/\/(?:[^@/]+@)?[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

function originSlug(cwd: string): string | undefined {
  try {
    return slugFromRemote(execFileSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined;
  }
}

function baseRequest(cwd: string, targets: string[], opts: FixCliOptions, signal: AbortSignal | undefined, env: NodeJS.ProcessEnv): ScanRequest {
  // The salt matters only to read a baseline the config names (one with an external salt needs it).
  return { cwd, targets, configFile: opts.config, failOn: 'none', include: [], exclude: [], respectGitignore: true, mode: { kind: 'files' }, signal, envFingerprintSalt: env[FINGERPRINT_SALT_ENV] };
}

async function fixAction(paths: string[], opts: FixCliOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd;
  if (opts.repo !== undefined && !/^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*$/.test(opts.repo)) throw new UsageError(`--repo: expected OWNER/NAME, got "${opts.repo}"`);
  const only = opts.only ?? [];
  const root = repoRoot(cwd);
  const scan = await runConfiguredScan(baseRequest(cwd, paths.map((p) => resolve(cwd, p)), opts, io.signal, io.env));
  const known = new Set(scan.catalog.all.map((p) => p.id));
  for (const id of only) if (!known.has(id)) throw new UsageError(`--only: "${id}" is not a rule id (keyshift patterns list shows them)`);
  const rules = scan.catalog.active.filter((p) => p.posture !== undefined);
  const live = scan.report.result.findings.filter((f) => f.suppressions.length === 0);
  const byFile = new Map<string, Finding[]>();
  for (const f of live) byFile.set(f.path, [...(byFile.get(f.path) ?? []), f]);

  const values: Record<string, string> = {};
  if (opts.awsRoleArn) values['role-to-assume'] = opts.awsRoleArn;
  if (opts.gcpWorkloadIdentityProvider) values.workload_identity_provider = opts.gcpWorkloadIdentityProvider;
  if (opts.gcpServiceAccount) values.service_account = opts.gcpServiceAccount;

  const fixes: FileFix[] = [];
  for (const [path, findings] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rel = relative(root, resolve(cwd, path)).split(sep).join('/');
    if (!fixable(rel)) continue;
    let text: string;
    try {
      text = readFileSync(resolve(cwd, path), 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${rel}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    fixes.push({ ...fixFile(rel, text, findings, rules, only, { values }), path: rel });
  }
  const changed = fixes.filter((f) => f.after !== f.before);
  await validate(changed, cwd, root, opts, io.env);

  const trust = opts.trustConfig !== undefined ? planTrust(changed, root, opts, io) : [];
  // Everything written at once: the trust folder is made first, then every file goes to a temporary file and
  // is renamed into place, so a failure anywhere writes nothing.
  const trustDir = opts.trustConfig !== undefined ? resolve(cwd, opts.trustConfig) : undefined;
  if (trustDir !== undefined) {
    try {
      mkdirSync(trustDir, { recursive: true });
    } catch (err) {
      throw new UsageError(`--trust-config: cannot create ${opts.trustConfig}: ${(err as NodeJS.ErrnoException).code ?? 'error'}; nothing was written`);
    }
  }
  const outputs = [
    ...(opts.write ? changed.map((f) => ({ path: join(root, f.path), shown: f.path, text: f.after })) : []),
    ...(trustDir !== undefined ? trust.map((t) => ({ path: join(trustDir, t.file), shown: join(opts.trustConfig!, t.file), text: t.text })) : []),
  ];
  try {
    writeFilesAtomic(outputs.map((o) => ({ path: o.path, data: o.text })));
  } catch (err) {
    const target = (err as { target?: string }).target;
    const failed = outputs.find((o) => target !== undefined && resolve(o.path) === target)?.shown ?? target ?? 'a file';
    throw new UsageError(`cannot write ${failed}: ${(err as NodeJS.ErrnoException).code ?? 'error'}; nothing was written`);
  }
  if (!opts.write) {
    // A removed line can hold the literal secret being fixed: redacted unless --show-secrets, and then the
    // diff is for reading (git apply needs the exact line; --write applies the same change).
    let redacted = 0;
    for (const f of changed) {
      const patch = filePatch(f.path, f.before, f.after, commentsFor(f));
      const secrets = opts.showSecrets ? [] : (byFile.get(relative(cwd, join(root, f.path)).split(sep).join('/')) ?? []).filter((x) => !x.ruleId.startsWith('posture.')).flatMap((x) => [x.secret.reveal(), ...(x.partner ? [x.partner.reveal()] : [])]);
      const shown = redactValues(patch, secrets);
      redacted += shown.count;
      io.stdout(shown.text);
    }
    if (redacted > 0) io.stderr(`keyshift: ${redacted} secret value${redacted === 1 ? ' is' : 's are'} redacted in the diff, so it does not apply as printed: use --write, or --show-secrets to print the exact diff\n`);
  }
  const applied = changed.flatMap((f) => f.applied);
  const unfixable = fixes.flatMap((f) => f.unfixable.map((u) => ({ ...u, path: f.path })));
  for (const u of unfixable) io.stderr(`keyshift: no mechanical fix: ${u.path} job ${u.job} (${u.ruleId}): ${u.reason}\n`);
  const where = opts.write ? 'applied' : 'printed';
  io.stderr(
    `keyshift fix: ${applied.length} fix${applied.length === 1 ? '' : 'es'} in ${changed.length} file${changed.length === 1 ? '' : 's'} ${where}` +
      (trust.length > 0 ? `; trust config: ${trust.map((t) => t.file).join(', ')} in ${opts.trustConfig}` : '') +
      (applied.length > 0 ? '; revoke every replaced secret and remove it from history (keyshift scan --history shows where)' : '') +
      '\n',
  );
  return 0;
}

function commentsFor(f: FileFix): string[] {
  const out = [`keyshift fix: ${f.path}`];
  for (const a of f.applied) {
    out.push(`- ${a.ruleId}${a.job !== '*' ? ` (job ${a.job})` : ''}`);
    for (const n of a.notes) out.push(`  ${n}`);
  }
  out.push('  the replaced secret still works until it is revoked: revoke it and remove it from history (keyshift scan --history)');
  return out;
}

/**
 * Every edited file must parse, and a re-scan of the edited text (same config) must not report what was fixed
 * (the posture finding of that rule in that job, or the literal secret). Throws a UsageError otherwise.
 */
async function validate(changed: FileFix[], cwd: string, root: string, opts: FixCliOptions, env: NodeJS.ProcessEnv): Promise<void> {
  if (changed.length === 0) return;
  for (const f of changed) {
    if (f.path.endsWith('.yml') || f.path.endsWith('.yaml')) {
      if (!parseYaml(f.after)) throw new UsageError(`fix: the edit of ${f.path} does not parse; nothing was written. This is a keyshift bug: please report it`);
    }
  }
  const items: SourceItem[] = changed.map((f) => ({ path: relative(cwd, join(root, f.path)).split(sep).join('/'), content: Buffer.from(f.after) }));
  async function* source(): AsyncIterable<SourceItem> {
    yield* items;
  }
  const again = await runConfiguredScan({ ...baseRequest(cwd, [resolve(cwd, '.')], opts, undefined, env), items: source() });
  const left = again.report.result.findings.filter((x) => x.suppressions.length === 0);
  for (const f of changed) {
    const here = left.filter((x) => relative(root, resolve(cwd, x.path)).split(sep).join('/') === f.path);
    for (const a of f.applied) {
      // Any finding of the fixed rule left in the file fails the fix (jobs are not told apart: details.job may be redacted).
      const still = here.find((x) => x.ruleId === a.ruleId);
      if (still) throw new UsageError(`fix: after the edit, ${f.path}:${still.line} still has ${a.ruleId}; nothing was written. This is a keyshift bug: please report it`);
    }
  }
}

function planTrust(changed: FileFix[], root: string, opts: FixCliOptions, io: CliIO): { file: string; text: string }[] {
  const repo = opts.repo ?? originSlug(root);
  if (repo === undefined) throw new UsageError('--trust-config needs the repository: pass --repo OWNER/NAME (no GitHub origin remote found)');
  const r = trustFiles(changed, { repo, defaultBranch: opts.defaultBranch ?? 'main', pullRequest: Boolean(opts.trustPullRequests) });
  for (const n of r.notes) io.stderr(`keyshift: trust: ${n}\n`);
  return r.files;
}
