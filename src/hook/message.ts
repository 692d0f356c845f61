// The short message shown when the pre-commit hook blocks a commit: what, where, the fix, how to allow a
// false positive, how to skip once. Shows only redacted previews, never a secret value.
import type { Finding } from '../model/types.js';
import { SKIP_ENV } from './script.js';

const MAX_LISTED = 10;

export function blockMessage(blocking: Finding[]): string {
  const n = blocking.length;
  const lines = [`keyshift: commit blocked: ${n} secret${n === 1 ? '' : 's'} in the staged changes`, ''];
  for (const f of blocking.slice(0, MAX_LISTED)) {
    lines.push(`  ${f.path}:${f.line}:${f.column}  ${f.ruleName} (${f.ruleId}), ${f.severity}, ${f.preview}`);
    if (f.migration?.summary) lines.push(`    fix: ${f.migration.summary}`);
  }
  if (n > MAX_LISTED) lines.push(`  ... and ${n - MAX_LISTED} more (run keyshift scan --staged for all)`);
  const id = blocking[0]?.ruleId ?? '<pattern-id>';
  lines.push(
    '',
    'Take the secret out of the staged file (read it from the environment or a secret store), git add, and commit again.',
    `A false positive? Add a comment on that line:  keyshift:allow ${id} -- <why it is not a secret>`,
    `Skip this check for one commit:  git commit --no-verify   (or ${SKIP_ENV}=1 git commit ...)`,
    '',
  );
  return lines.join('\n');
}
