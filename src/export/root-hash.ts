/**
 * The root hash of a bundle: SHA-256 over the item hashes, sorted, as raw 32-byte values. Sorted so
 * that the root does not depend on the order items were written; raw bytes so that it equals
 * `cut -f1 items.tsv | sort | xxd -r -p | sha256sum`. Only the hashes are held — 32 bytes an item,
 * 32 MB for a million — never the items.
 */
import { createHash } from 'node:crypto';

const HASH_BYTES = 32;
/** Buckets on the first two bytes: hashes are uniform, so each bucket stays tiny to sort. */
const BUCKETS = 65536;

export class RootHasher {
  private hashes = Buffer.alloc(HASH_BYTES * 1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds one item hash (64 hex digits). */
  add(hex: string): void {
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new TypeError(`not a SHA-256 hex digest: ${hex}`);
    if ((this.count + 1) * HASH_BYTES > this.hashes.length) {
      const grown = Buffer.alloc(this.hashes.length * 2);
      this.hashes.copy(grown);
      this.hashes = grown;
    }
    this.hashes.write(hex, this.count * HASH_BYTES, 'hex');
    this.count += 1;
  }

  /** The root hash (hex) of every hash added so far. */
  digest(): string {
    const digest = createHash('sha256');
    for (const index of this.sortedOrder()) {
      digest.update(this.hashes.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES));
    }
    return digest.digest('hex');
  }

  /** Indexes of the hashes in byte order: a counting sort on two bytes, then tiny sorts. */
  private sortedOrder(): Uint32Array {
    const { hashes, count } = this;
    const bucketOf = (i: number): number => hashes.readUInt16BE(i * HASH_BYTES);
    const starts = new Uint32Array(BUCKETS + 1);
    for (let i = 0; i < count; i++) starts[bucketOf(i) + 1]! += 1;
    for (let b = 0; b < BUCKETS; b++) starts[b + 1]! += starts[b]!;
    const next = starts.slice(0, BUCKETS);
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++) order[next[bucketOf(i)]!++] = i;
    // buf.compare(target, tStart, tEnd, sStart, sEnd) orders the source range (a) against the target (b)
    const compare = (a: number, b: number): number =>
      hashes.compare(hashes, b * HASH_BYTES, (b + 1) * HASH_BYTES, a * HASH_BYTES, (a + 1) * HASH_BYTES);
    for (let b = 0; b < BUCKETS; b++) {
      const from = starts[b]!;
      const to = starts[b + 1]!;
      if (to - from > 1) order.subarray(from, to).sort(compare);
    }
    return order;
  }
}
