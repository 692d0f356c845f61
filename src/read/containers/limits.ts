// What every container reader shares: the caps (one home for their defaults), the per-archive budget,
// the entry and skip shapes, and the one check of an entry's name. Reads and writes no file.
import { posix } from 'node:path';
import { formatSize } from '../../model/size.js';

export { DEFAULT_CONTAINER_LIMITS, type ContainerLimits } from '../../model/archive-limits.js';
import type { ContainerLimits } from '../../model/archive-limits.js';

/**
 * A compressed entry that expands more than this many times over and past BOMB_MIN_BYTES is skipped as a
 * bomb before it is inflated. Source code and text compress about 3-10:1; deflate's own ceiling is 1032:1.
 */
export const BOMB_RATIO = 100;
export const BOMB_MIN_BYTES = 1024 * 1024;

/** A file inside a container: its name there (POSIX, relative) and its bytes, in memory only. */
export interface InnerEntry {
  name: string;
  data: Uint8Array;
  /** An image layer: its files are named `image.tar!/layer 3/etc/x`, the layer read as a folder of the image. */
  layer?: boolean;
}

export type ContainerSkipReason = 'archive-bomb' | 'archive-unsafe-path' | 'archive-limit' | 'archive-unsupported';

/** Why an entry (or, with name '', the rest of the container) was not read. */
export interface EntrySkip {
  name: string;
  reason: ContainerSkipReason;
  detail: string;
}

export type EntryOrSkip = InnerEntry | EntrySkip;

export function isEntrySkip(e: EntryOrSkip): e is EntrySkip {
  return 'reason' in e;
}

/** What is left to expand of one top-level container; shared by every level nested in it. */
export interface Budget {
  limits: ContainerLimits;
  bytesLeft: number;
  entriesLeft: number;
}

export function newBudget(limits: ContainerLimits): Budget {
  return { limits, bytesLeft: limits.maxBytes, entriesLeft: limits.maxEntries };
}

/**
 * Entry names are hostile input: an absolute path, a drive letter, a `..` segment, a backslash path or a
 * control character is skipped with this reason (never resolved, never written anywhere). Returns undefined for a safe name.
 */
export function unsafeName(name: string): string | undefined {
  if (name.length === 0) return 'empty name';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'control character in the name';
  if (name.startsWith('/') || name.startsWith('\\')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  const parts = name.split(/[\\/]/);
  if (parts.includes('..')) return "'..' segment";
  return undefined;
}

/** The name as shown after `!/`: POSIX, without a leading `./`. */
export function cleanName(name: string): string {
  const n = posix.normalize(name.replace(/\\/g, '/'));
  return n.startsWith('./') ? n.slice(2) : n;
}

/** An entry name quoted for a skip detail: bounded and on one line. */
export function quoteName(name: string): string {
  const s = JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}...` : name);
  return s;
}

/** Checks the entry count and byte budget for one entry of `size` bytes; a skip ends the container. */
export function takeEntry(budget: Budget, size: number): EntrySkip | undefined {
  if (budget.entriesLeft <= 0) {
    return { name: '', reason: 'archive-limit', detail: `more than ${budget.limits.maxEntries} entries (--archive-max-entries); the rest were not read` };
  }
  if (size > budget.bytesLeft) {
    return { name: '', reason: 'archive-limit', detail: `more than ${formatSize(budget.limits.maxBytes)} expanded (--archive-max-bytes); the rest were not read` };
  }
  budget.entriesLeft--;
  budget.bytesLeft -= size;
  return undefined;
}

export function ratioSkip(name: string, compressed: number, expanded: number): EntrySkip | undefined {
  if (expanded < BOMB_MIN_BYTES || expanded <= compressed * BOMB_RATIO) return undefined;
  const ratio = Math.round(expanded / Math.max(compressed, 1));
  return { name, reason: 'archive-bomb', detail: `expands ${ratio}:1 to ${formatSize(expanded)} (over ${BOMB_RATIO}:1); not inflated` };
}
