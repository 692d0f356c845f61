#!/usr/bin/env bash
# Throughput of `keyshift scan --history` (commits/s and MB of patch/s) on a generated repository of
# N commits (default 2,500) built once in /tmp with git fast-import (20,000 commits take about 30 s), or on
# an existing repository given by its path (a clone of keyshift itself: docs/performance.md).
# Usage: scripts/bench-history.sh [commits | repository path] [runs]
# KEYSHIFT_BIN picks the CLI to time (default: this checkout's bin/keyshift.js, i.e. dist/), so that two
# builds can be timed in turns under the same load; KEYSHIFT_HISTORY_PARTS=on|off|auto is passed through.
# Each run prints wall and CPU time (user + system of keyshift and its git children) and the load average.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${KEYSHIFT_BIN:-$root/bin/keyshift.js}"
runs="${2:-1}"
if [ -d "${1:-}" ]; then
  repo="$(cd "$1" && pwd)"
else
  commits="${1:-2500}"
  repo="${TMPDIR:-/tmp}/keyshift-bench-history-$commits"
fi
if [ -z "${commits:-}" ]; then
  :
elif [ ! -f "$repo/.git/keyshift-built" ]; then
  rm -rf "$repo" && mkdir -p "$repo" && cd "$repo" && git init -q
  # Each commit rewrites 3 of 200 files (about 30 lines each, a third of them changed) and every 50th
  # commit adds a fake AWS key id (charset [A-Z2-7], never a real key); some are deleted later.
  N="$commits" node -e '
    const n = Number(process.env.N);
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const key = () => "AKIA" + Array.from({ length: 16 }, () => b32[Math.floor(rnd() * 32)]).join("");
    const files = Array.from({ length: 200 }, (_, i) => Array.from({ length: 30 }, (_, j) => `line ${j} of file ${i}: ${rnd().toString(36)}`));
    const out = [];
    const t0 = 1600000000;
    for (let c = 0; c < n; c++) {
      const msg = `commit ${c}`;
      out.push(`commit refs/heads/main\ncommitter b <b@e> ${t0 + c * 3600} +0000\ndata ${msg.length}\n${msg}`);
      for (let k = 0; k < 3; k++) {
        const f = Math.floor(rnd() * files.length);
        const lines = files[f];
        for (let j = 0; j < 10; j++) lines[Math.floor(rnd() * lines.length)] = `changed in ${c}: ${rnd().toString(36)} ${rnd().toString(36)}`;
        if (k === 0 && c % 50 === 0) lines[5] = `aws_access_key_id = ${key()}`;
        const body = lines.join("\n") + "\n";
        out.push(`M 100644 inline src/f${f}.txt\ndata ${Buffer.byteLength(body)}\n${body}`);
      }
      if (out.length > 2000) { process.stdout.write(out.join("\n") + "\n"); out.length = 0; }
    }
    process.stdout.write(out.join("\n") + "\n");
  ' | git fast-import --quiet
  git checkout -q main
  touch .git/keyshift-built
fi
cd "$repo"
count=$(git rev-list --all --count)
patch_bytes=$(git log -p --all --reverse -U0 --no-color -M --format=%H | wc -c)
echo "commits: $count, patch text (git log -p -U0): $((patch_bytes / 1024)) KiB"
out="${TMPDIR:-/tmp}/keyshift-bench-history.$$.json"
s2=$(date +%s%N); git log -p --all --reverse -U0 --no-color -M --format=%H > /dev/null; e2=$(date +%s%N)
echo "git log -p alone: $(( (e2 - s2) / 1000000 )) ms"
for run in $(seq 1 "$runs"); do
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')
  TIMEFORMAT='%R %U %S'
  t=$( { time node "$bin" scan --history --format json --fail-on none > "$out" 2>/dev/null; } 2>&1 )
  read -r wall user sys <<< "$t"
  findings=$(node -e 'console.log(require(process.argv[1]).findings.length)' "$out")
  node -e "const [w, u, s, c, b] = process.argv.slice(1).map(Number); console.log('run $run: ' + w.toFixed(2) + ' s wall, ' + (u + s).toFixed(2) + ' s CPU, load $load, $findings distinct secrets: ' + (c / w).toFixed(0) + ' commits/s, ' + (b / 1048576 / w).toFixed(2) + ' MB of patch/s')" "$wall" "$user" "$sys" "$count" "$patch_bytes"
done
if [ -f "$out" ]; then mv "$out" "${TMPDIR:-/tmp}/keyshift-bench-history.json"; fi
