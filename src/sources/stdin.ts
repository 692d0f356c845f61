// Standard input as one file (`keyshift scan -`): reads the stream to its end and yields it as a SourceItem
// under a chosen name, or a too-large Skip without keeping more than the cap in memory. Never detects.
import { tooLargeSkip } from '../model/skip.js';
import type { Skip, SourceItem } from '../model/types.js';

/** The path stdin is reported under without --stdin-name: it cannot be mistaken for a real file, and matches no context rule. */
export const DEFAULT_STDIN_NAME = '<stdin>';

/**
 * Reads the whole stream: an empty or closed pipe (`</dev/null`) ends at once. Past `maxFileSize` bytes the
 * rest is only counted, so the writer is never blocked on a full pipe and the skip gives the real size.
 */
export async function readStdin(stream: AsyncIterable<Uint8Array | string>, name: string, maxFileSize: number): Promise<SourceItem | Skip> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buf.length;
    if (total <= maxFileSize) chunks.push(buf);
    else chunks.length = 0;
  }
  if (total > maxFileSize) return tooLargeSkip(name, total, maxFileSize);
  return { path: name, content: Buffer.concat(chunks, total) };
}

/** A --stdin-name as a report path: POSIX separators, no leading './'. */
export function stdinPath(name: string): string {
  return name.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

export async function* stdinItems(stream: AsyncIterable<Uint8Array | string>, name: string, maxFileSize: number): AsyncGenerator<SourceItem | Skip> {
  yield await readStdin(stream, name, maxFileSize);
}
