#!/usr/bin/env bash
# Wall and CPU time of `keyshift scan --staged` for a 10-file change, and of `keyshift scan --diff` for a
# 50-file commit range, in a 10,000-file repository (built once in /tmp), next to bare Node start-up.
# Usage: scripts/bench-staged.sh [runs]   (run `npm run build` first; figures by scripts/bench-startup.mjs)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
repo="${TMPDIR:-/tmp}/keyshift-bench-staged"
if [ ! -f "$repo/.git/keyshift-built" ]; then
  rm -rf "$repo" && mkdir -p "$repo" && cd "$repo" && git init -q
  node -e '
    const fs = require("fs");
    for (let d = 0; d < 100; d++) {
      fs.mkdirSync(`src/m${d}`, { recursive: true });
      for (let f = 0; f < 100; f++) {
        const lines = Array.from({ length: 40 }, (_, i) => `export const v${i} = "${d}-${f}-${i}";`);
        fs.writeFileSync(`src/m${d}/f${f}.ts`, lines.join("\n") + "\n");
      }
    }'
  git add -A && git -c user.name=b -c user.email=b@e commit -qm init
  touch .git/keyshift-built
fi
cd "$repo"
git reset -q --hard
# The pull-request case: a commit on a side branch that changes 50 files (3 added lines each, one of them
# a fake Stripe key shape), tagged bench-pr-base..bench-pr-head; the working tree stays on the base.
if ! git rev-parse -q --verify refs/tags/bench-pr-head >/dev/null; then
  git tag -f bench-pr-base HEAD >/dev/null
  for i in $(seq 0 49); do
    f="src/m$((i * 2))/f$((i + 50)).ts"
    printf 'export const pr%s = "change %s";\nexport const pr%sb = 2;\nexport const pr%sc = 3;\n' "$i" "$i" "$i" "$i" >> "$f"
  done
  printf 'const stripeKey = "sk_live_%s";\n' "$(printf 'Zq8vR2nW4tY6uI0oP3aS5dF7' )" >> src/m0/f50.ts
  git add -A && git -c user.name=b -c user.email=b@e commit -qm "50-file change"
  git tag -f bench-pr-head HEAD >/dev/null
  git reset -q --hard bench-pr-base
fi
# The change: 10 files, 5 lines added to each, one of them a (fake) AWS key id.
for i in 0 1 2 3 4 5 6 7 8 9; do
  f="src/m$((i * 7))/f$((i * 3)).ts"
  { cat "$f"; printf 'export const extra%s = 1;\n' 1 2 3 4; } > "$f.new" && mv "$f.new" "$f"
done
# keyshift:allow-next-line aws.access-key-id -- a fake key id (AWS's documented shape) for the benchmark to find
printf 'aws_access_key_id = AKIAQ7RSTV2WXYZ3ABCD\n' >> src/m0/f0.ts
git add -A
echo "files in repo: $(git ls-files | wc -l), staged: $(git diff --cached --name-only | wc -l)"
node "$root/bin/keyshift.js" scan --staged --fail-on none | tail -n +1 | head -3
echo "diff range: $(git diff --name-only bench-pr-base..bench-pr-head | wc -l) files changed"
node "$root/scripts/bench-startup.mjs" --runs "$runs" --repo "$repo" --diff bench-pr-base..bench-pr-head --only node,staged,diff
