#!/usr/bin/env bash
# Wall time of `keyshift scan --staged` for a 10-file change in a 10,000-file repository (built once in /tmp).
# Usage: scripts/bench-staged.sh [runs]   (run `npm run build` first)
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
# The change: 10 files, 5 lines added to each, one of them a (fake) AWS key id.
for i in 0 1 2 3 4 5 6 7 8 9; do
  f="src/m$((i * 7))/f$((i * 3)).ts"
  { cat "$f"; printf 'export const extra%s = 1;\n' 1 2 3 4; } > "$f.new" && mv "$f.new" "$f"
done
printf 'aws_access_key_id = AKIAQ7RSTV2WXYZ3ABCD\n' >> src/m0/f0.ts
git add -A
echo "files in repo: $(git ls-files | wc -l), staged: $(git diff --cached --name-only | wc -l)"
node "$root/bin/keyshift.js" scan --staged --fail-on none | tail -n +1 | head -3
times=()
for _ in $(seq "$runs"); do
  s=$(date +%s%N)
  node "$root/bin/keyshift.js" scan --staged --fail-on none >/dev/null
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "scan --staged wall ms over $runs runs: min ${sorted[0]}, median ${sorted[$((runs / 2))]}, max ${sorted[$((runs - 1))]}"
s=$(date +%s%N); node -e 0; e=$(date +%s%N)
echo "bare node start-up: $(( (e - s) / 1000000 )) ms"
