// The caps on opening containers (archives, image tarballs, notebooks): their one definition and defaults,
// shared by the config key `archives`, the --archive-* flags and the container readers in src/read/containers/.

export interface ContainerLimits {
  /** Containers opened inside one another, the outermost counting 1; 0 opens none (--archive-depth). */
  depth: number;
  /** Bytes expanded per top-level container, every level counted (--archive-max-bytes). */
  maxBytes: number;
  /** Entries read per top-level container, every level counted (--archive-max-entries). */
  maxEntries: number;
}

export const DEFAULT_CONTAINER_LIMITS: Readonly<ContainerLimits> = Object.freeze({ depth: 3, maxBytes: 256 * 1024 * 1024, maxEntries: 10_000 });

/** Deepest --archive-depth accepted: each level holds its parent's entry in memory while it is read. */
export const MAX_ARCHIVE_DEPTH = 16;
