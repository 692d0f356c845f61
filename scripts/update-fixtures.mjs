#!/usr/bin/env node
// Rewrites fixtures/<scenario>/expected.json from a scan. Run by hand after `npm run build`, then read the
// diff (git diff fixtures/) before committing: the expected files are the test's truth.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listScenarios, scanScenario, REPO_ROOT } from '../build/test/helpers/fixtures.js';

const only = process.argv.slice(2);
for (const name of listScenarios().filter((n) => only.length === 0 || only.includes(n))) {
  const { findings, status, stderr } = scanScenario(name);
  if (status !== 0) {
    console.error(`${name}: scan failed (${status}): ${stderr}`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(join(REPO_ROOT, 'fixtures', name, 'expected.json'), `${JSON.stringify(findings, null, 2)}\n`);
  console.log(`${name}: ${findings.length} finding(s)`);
}
