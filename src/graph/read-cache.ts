/** Bounds of the read cache; 0 entries turns it off. */
export interface ReadCacheLimits {
  maxEntries: number;
  /** Approximate bound on the cached rows, in bytes of their JSON. */
  maxBytes: number;
}

export const DEFAULT_READ_CACHE_LIMITS: ReadCacheLimits = { maxEntries: 256, maxBytes: 32 * 1024 * 1024 };

interface Entry {
  rows: readonly unknown[];
  bytes: number;
}

/** Objects and arrays all the way down are frozen, so no caller can change a cached answer. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Rows of read queries keyed by their Cypher and parameters, valid for one version of the graph
 * only: the version the database reports (GraphExecutor reads it as the bookmark of an empty read
 * transaction, which every commit advances, whoever made it). Seeing another version empties the
 * cache, so it never holds rows of two versions. Least recently used entries go first once either
 * bound is reached; rows larger than a quarter of the byte bound are not kept. See docs/decisions.md,
 * "A read cache checked against the graph's version".
 */
export class ReadCache {
  private version: string | null = null;
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly limits: ReadCacheLimits = DEFAULT_READ_CACHE_LIMITS) {}

  get enabled(): boolean {
    return this.limits.maxEntries > 0 && this.limits.maxBytes > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached rows of `key` at `version`, or undefined. The rows are frozen. */
  get(version: string, key: string): readonly unknown[] | undefined {
    this.useVersion(version);
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.misses += 1;
      return undefined;
    }
    // Re-inserting moves the entry to the young end of the Map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits += 1;
    return entry.rows;
  }

  /** Keeps `rows` (frozen from now on) as the answer to `key` at `version`. */
  set(version: string, key: string, rows: unknown[]): void {
    if (!this.enabled) return;
    this.useVersion(version);
    const bytes = 2 * (key.length + JSON.stringify(rows).length);
    if (bytes > this.limits.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    this.entries.set(key, { rows: deepFreeze(rows), bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** Forgets everything (after a write through this process). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.version = null;
  }

  private useVersion(version: string): void {
    if (version !== this.version) {
      this.clear();
      this.version = version;
    }
  }
}
