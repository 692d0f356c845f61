// Containers of text: one container (zip family, tarball, gzip, image tarball) -> its entries, by magic
// number rather than extension; notebooks -> cell texts. The caller reads and detects each entry exactly
// as a file, under `outer!/inner`. Everything stays in memory: no entry is ever written to disk.
import { imageEntries } from './image.js';
import { isGzip, isTar, tarEntries } from './tar.js';
import { zipEntries } from './zip.js';
import type { Budget, EntryOrSkip } from './limits.js';

export { DEFAULT_CONTAINER_LIMITS, newBudget, isEntrySkip, type Budget, type ContainerLimits, type EntryOrSkip, type EntrySkip, type InnerEntry, type ContainerSkipReason } from './limits.js';
export { notebookParts, type NotebookPart } from './notebook.js';

/** The sniffer's names (src/read/sniff.ts) for the binary formats a container reader may open. */
export const CONTAINER_MAGIC_NAMES: ReadonlySet<string> = new Set(['ZIP archive', 'gzip data', 'tar archive']);

export type ContainerKind = 'zip' | 'tar' | 'gzip';

export function containerKind(bytes: Uint8Array): ContainerKind | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))) return 'zip';
  if (isGzip(bytes)) return 'gzip';
  if (isTar(bytes)) return 'tar';
  return undefined;
}

export function isNotebookPath(path: string): boolean {
  return /\.ipynb$/i.test(path);
}

/** The entries of one container; `path` is its own path (its last segment names a single gzip's content). */
export function containerEntries(path: string, bytes: Uint8Array, kind: ContainerKind, budget: Budget): Generator<EntryOrSkip> {
  if (kind === 'zip') return zipEntries(bytes, budget);
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (kind === 'tar') return imageEntries(bytes, budget) ?? tarEntries(bytes, budget, base);
  return tarEntries(bytes, budget, base);
}
