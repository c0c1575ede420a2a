/**
 * Randomness for the synthetic corpus. Everything is derived from 32-bit integers so that a seed
 * reproduces the same corpus on every machine and Node version (Math.random is never used).
 */

/**
 * Mixes up to four integers into one well-spread unsigned 32-bit hash (murmur3's finaliser applied
 * per part; missing parts count as 0). Used for the seedless corpus layout, where a value must be
 * computable for one position without replaying a random stream. Fixed arity: the layout calls
 * this millions of times when `benchmarkProbes` counts a large corpus.
 */
export function hash32(a: number, b = 0, c = 0, d = 0): number {
  let h = 0x9e3779b9;
  h = mix(h, a);
  h = mix(h, b);
  h = mix(h, c);
  return mix(h, d) >>> 0;
}

function mix(h: number, part: number): number {
  h = Math.imul(h ^ (part | 0), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A seeded stream (mulberry32: tiny, fast, and good enough for test data, not for cryptography). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = hash32(seed) | 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A uniformly chosen item; `items` must not be empty. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/**
 * Draws items with Zipf-like frequencies (weight 1/rank^s), as names, topics and outlets recur in
 * real news: a few very often, most rarely. The cumulative table is built once per vocabulary.
 */
export class Zipf<T> {
  private readonly cumulative: number[] = [];

  constructor(
    readonly items: readonly T[],
    exponent = 1,
  ) {
    if (items.length === 0) throw new RangeError('Zipf needs at least one item');
    let total = 0;
    for (let rank = 1; rank <= items.length; rank++) {
      total += 1 / rank ** exponent;
      this.cumulative.push(total);
    }
  }

  draw(rng: Rng): T {
    const target = rng.next() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? Infinity) < target) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo] as T;
  }
}

/** `items[index]`, for indices the caller has already bounded; throws instead of yielding undefined. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} out of range (length ${items.length})`);
  return item;
}
