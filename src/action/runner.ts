// The Actions runner protocol, written out instead of depending on @actions/core: inputs from INPUT_*,
// outputs to $GITHUB_OUTPUT, the step summary, masks and annotations. Knows nothing about scanning.
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

export interface RunnerIO {
  env: NodeJS.ProcessEnv;
  /** One line (or a workflow command) to the log; stdout on the runner. */
  log: (line: string) => void;
}

/** An input as the runner passes it: INPUT_<NAME upper-cased, spaces to _>, trimmed; '' when unset. */
export function getInput(io: RunnerIO, name: string): string {
  return (io.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** YAML 1.2 booleans only, as the runner's own toolkit accepts; anything else is an error. */
export function getBooleanInput(io: RunnerIO, name: string, fallback: boolean): boolean {
  const v = getInput(io, name);
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new TypeError(`input ${name}: expected true or false, got "${v}"`);
}

/** Whitespace- or newline-separated list input. */
export function getListInput(io: RunnerIO, name: string): string[] {
  return getInput(io, name)
    .split(/[\s,]+/)
    .filter((s) => s !== '');
}

/** Escaping for a workflow command's message part. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a workflow command's property values. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function mask(io: RunnerIO, value: string): void {
  if (value) io.log(`::add-mask::${escapeData(value)}`);
}

export interface AnnotationProps {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export function annotate(io: RunnerIO, level: 'error' | 'warning' | 'notice', message: string, props: AnnotationProps = {}): void {
  const parts: string[] = [];
  if (props.title) parts.push(`title=${escapeProperty(props.title)}`);
  if (props.file) parts.push(`file=${escapeProperty(props.file)}`);
  if (props.line) parts.push(`line=${props.line}`);
  if (props.endLine) parts.push(`endLine=${props.endLine}`);
  // Columns are only allowed when the annotation covers one line.
  if (props.col && (!props.endLine || props.endLine === props.line)) {
    parts.push(`col=${props.col}`);
    if (props.endColumn) parts.push(`endColumn=${props.endColumn}`);
  }
  io.log(`::${level}${parts.length ? ` ${parts.join(',')}` : ''}::${escapeData(message)}`);
}

/** Appends name=value to $GITHUB_OUTPUT (heredoc form, safe for any value); logs it when the file is unset. */
export function setOutput(io: RunnerIO, name: string, value: string): void {
  const file = io.env.GITHUB_OUTPUT;
  if (!file) {
    io.log(`output ${name}=${value}`);
    return;
  }
  const delim = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delim}\n${value}\n${delim}\n`);
}

/** GitHub drops a step summary above 1 MiB. */
export const STEP_SUMMARY_MAX = 1024 * 1024;

export function appendSummary(io: RunnerIO, markdown: string): boolean {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return true;
}

