// The text of the plain git pre-commit hook and of the husky, lefthook and pre-commit framework snippets.
// Pure strings: writes no files and runs nothing.

/** Every hook keyshift writes carries this line; a hook without it is someone else's and is not overwritten. */
export const HOOK_MARKER = '# keyshift pre-commit hook';

/** Environment variable that skips the hook for one command: KEYSHIFT_SKIP=1 git commit ... */
export const SKIP_ENV = 'KEYSHIFT_SKIP';

function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Where `hook install --force` keeps the hook it replaced, beside the hook; the installed hook runs it first. */
export const BACKUP_SUFFIX = '.keyshift-backup';

/**
 * A POSIX sh hook. It first runs the hook that `--force` replaced (pre-commit.keyshift-backup, if it is
 * executable), as the pre-commit framework runs pre-commit.legacy: that hook runs first, keyshift runs
 * regardless, and the commit fails if either fails. Then it prefers the project's own keyshift
 * (node_modules/.bin), then the copy that installed the hook, then one on PATH; with none it blocks the
 * commit and says how to skip once. KEYSHIFT_SKIP=1 skips keyshift's check only, not the chained hook.
 */
export function preCommitScript(installer: { node: string; cli: string }): string {
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} (written by \`keyshift hook install\`; remove it with \`keyshift hook uninstall\`).`,
    `# Skip it for one commit: git commit --no-verify, or ${SKIP_ENV}=1 git commit ...`,
    `# The hook it replaced (if any) runs first, from pre-commit${BACKUP_SUFFIX} beside this file.`,
    'legacy_status=0',
    `legacy="$(dirname "$0")/pre-commit${BACKUP_SUFFIX}"`,
    'if [ -x "$legacy" ]; then "$legacy" "$@" || legacy_status=$?; fi',
    `if [ "\${${SKIP_ENV}:-}" = "1" ]; then exit "$legacy_status"; fi`,
    'if [ -x ./node_modules/.bin/keyshift ]; then ./node_modules/.bin/keyshift hook run',
    `elif [ -f ${shQuote(installer.cli)} ]; then ${shQuote(installer.node)} ${shQuote(installer.cli)} hook run`,
    'elif command -v keyshift >/dev/null 2>&1; then keyshift hook run',
    'else',
    `  echo "keyshift: not found (no node_modules/.bin/keyshift, no keyshift on PATH); install it, or skip once with git commit --no-verify" >&2`,
    '  exit 1',
    'fi',
    'status=$?',
    'if [ "$status" -ne 0 ]; then exit "$status"; fi',
    'exit "$legacy_status"',
    '',
  ].join('\n');
}

export function hookSnippets(): string {
  return `Husky (v9): put this line in .husky/pre-commit
  npx --no-install keyshift hook run

lefthook: add to lefthook.yml, then run npx lefthook install
  pre-commit:
    commands:
      keyshift:
        run: npx --no-install keyshift hook run

pre-commit framework: add to .pre-commit-config.yaml
  repos:
    - repo: https://github.com/keyshift/keyshift
      rev: v0.1.0
      hooks:
        - id: keyshift

Skip the check for one commit: git commit --no-verify (or ${SKIP_ENV}=1 git commit ...)
`;
}
