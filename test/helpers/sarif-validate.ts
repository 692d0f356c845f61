// Runs Microsoft's SARIF Multitool with GitHub's ingestion rules ("Gh;Sarif") over a SARIF text.
// Test-only; returns the validator's errors and warnings as 'RULEID: message' lines, never throws on findings.
import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool, found by walking up from this module. */
export function multitoolPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
    try {
      statSync(candidate);
      return candidate;
    } catch {
      const up = resolve(dir, '..');
      if (up === dir) throw new Error('Sarif.Multitool not found: install the devDependency @microsoft/sarif-multitool (Linux only)');
      dir = up;
    }
  }
}

function ensureExecutable(bin: string): void {
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    // npm 11 skips the package's postinstall chmod.
    chmodSync(bin, statSync(bin).mode | 0o100);
    accessSync(bin, constants.X_OK);
  }
}

interface OutRule {
  id: string;
  messageStrings?: Record<string, { text: string }>;
}
interface OutResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}
interface OutNotification {
  level?: string;
  message: { text?: string };
}

export async function validateSarif(sarifText: string): Promise<{ errors: string[]; warnings: string[] }> {
  const bin = multitoolPath();
  ensureExecutable(bin);
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-sarif-'));
  try {
    const input = join(dir, 'input.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarifText);
    try {
      // The multitool skips inputs above 10,000 KB by default, which would look like a clean pass.
      const maxKb = String(Math.ceil(Buffer.byteLength(sarifText) / 1024) + 1024);
      await run(bin, ['validate', '--rule-kind', 'Gh;Sarif', '--max-file-size-in-kb', maxKb, '-o', output, input], {
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (err) {
      // A non-zero exit with an output file still carries the findings; without one it is a tool failure.
      try {
        statSync(output);
      } catch {
        const e = err as { stdout?: string; stderr?: string; message: string };
        throw new Error(`Sarif.Multitool failed: ${e.message.split('\n')[0]} ${(e.stdout ?? '').slice(0, 2000)}`);
      }
    }
    const log = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: {
        tool: { driver: { rules?: OutRule[] } };
        results?: OutResult[];
        invocations?: { executionSuccessful?: boolean; toolExecutionNotifications?: OutNotification[]; toolConfigurationNotifications?: OutNotification[] }[];
      }[];
    };
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const r of log.runs) {
      const rules = r.tool.driver.rules ?? [];
      for (const res of r.results ?? []) {
        const rule = res.ruleIndex !== undefined ? rules[res.ruleIndex] : rules.find((x) => x.id === res.ruleId);
        const line = `${res.ruleId ?? rule?.id ?? '?'}: ${renderMessage(res.message, rule)}`;
        // SARIF's default level is 'warning'; 'note' and 'none' are informational.
        const level = res.level ?? 'warning';
        if (level === 'error') errors.push(line);
        else if (level === 'warning') warnings.push(line);
      }
      for (const inv of r.invocations ?? []) {
        for (const n of [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])]) {
          if ((n.level ?? 'warning') === 'error') errors.push(`TOOL: ${n.message.text ?? ''}`);
        }
        if (inv.executionSuccessful === false && !errors.length) errors.push('TOOL: the validator reported an unsuccessful run');
      }
    }
    return { errors, warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function renderMessage(msg: OutResult['message'], rule: OutRule | undefined): string {
  if (msg.text) return msg.text;
  const template = msg.id ? rule?.messageStrings?.[msg.id]?.text : undefined;
  if (!template) return `${msg.id ?? ''} ${(msg.arguments ?? []).join(' | ')}`.trim();
  return template.replace(/\{(\d+)\}/g, (_, i: string) => msg.arguments?.[Number(i)] ?? '');
}
