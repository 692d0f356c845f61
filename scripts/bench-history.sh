#!/usr/bin/env bash
# Throughput of `keyshift scan --history` (commits/s and MB of patch/s) on a generated repository of
# N commits (default 2,500) built once in /tmp with git fast-import. Usage: scripts/bench-history.sh [commits]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
commits="${1:-2500}"
repo="${TMPDIR:-/tmp}/keyshift-bench-history-$commits"
if [ ! -f "$repo/.git/keyshift-built" ]; then
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
s=$(date +%s%N)
node "$root/bin/keyshift.js" scan --history --format json --fail-on none > /tmp/keyshift-bench-history.json
e=$(date +%s%N)
ms=$(( (e - s) / 1000000 ))
findings=$(node -e 'const j = require("/tmp/keyshift-bench-history.json"); console.log(j.findings.length)')
s2=$(date +%s%N); git log -p --all --reverse -U0 --no-color -M --format=%H > /dev/null; e2=$(date +%s%N)
echo "scan --history: ${ms} ms, ${findings} distinct secrets"
node -e "const ms=$ms, c=$count, b=$patch_bytes; console.log('throughput: ' + (c / (ms / 1000)).toFixed(0) + ' commits/s, ' + (b / 1048576 / (ms / 1000)).toFixed(2) + ' MB of patch/s')"
echo "git log -p alone: $(( (e2 - s2) / 1000000 )) ms"
