// The text of the plain git pre-commit hook and of the husky, lefthook and pre-commit framework snippets.
// Pure strings: writes no files and runs nothing.

/** Every hook keyshift writes carries this line; a hook without it is someone else's and is not overwritten. */
export const HOOK_MARKER = '# keyshift pre-commit hook';

/** Environment variable that skips the hook for one command: KEYSHIFT_SKIP=1 git commit ... */
export const SKIP_ENV = 'KEYSHIFT_SKIP';

function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * A POSIX sh hook. It prefers the project's own keyshift (node_modules/.bin), then the copy that installed
 * the hook, then one on PATH; with none it blocks the commit and says how to skip once.
 */
export function preCommitScript(installer: { node: string; cli: string }): string {
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} (written by \`keyshift hook install\`; remove it with \`keyshift hook uninstall\`).`,
    `# Skip it for one commit: git commit --no-verify, or ${SKIP_ENV}=1 git commit ...`,
    `if [ "\${${SKIP_ENV}:-}" = "1" ]; then exit 0; fi`,
    'if [ -x ./node_modules/.bin/keyshift ]; then exec ./node_modules/.bin/keyshift hook run',
    `elif [ -f ${shQuote(installer.cli)} ]; then exec ${shQuote(installer.node)} ${shQuote(installer.cli)} hook run`,
    'elif command -v keyshift >/dev/null 2>&1; then exec keyshift hook run',
    'fi',
    `echo "keyshift: not found (no node_modules/.bin/keyshift, no keyshift on PATH); install it, or skip once with git commit --no-verify" >&2`,
    'exit 1',
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
