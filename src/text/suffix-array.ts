/**
 * A suffix array over the UTF-16 code units of a text: every occurrence of any string, in a time that
 * grows with the string and the logarithm of the text rather than with the text. Anchoring builds one
 * per article once it has many quotes to look up (quote-finder.ts).
 */

/**
 * The starts of all suffixes of `text`, in the order of those suffixes (by UTF-16 code units, a
 * suffix before any longer one it begins). Prefix doubling with counting sorts over the cyclic
 * shifts of `text` plus a sentinel smaller than any unit: O(n log n) time, four arrays of n + 1.
 */
export function buildSuffixArray(text: string): Int32Array {
  const n = text.length + 1; // with the sentinel, unit 0; the text's units become 1..65536
  const order = new Int32Array(n);
  const nextOrder = new Int32Array(n);
  let classes = new Int32Array(n);
  let nextClasses = new Int32Array(n);
  const units = new Int32Array(n);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i) + 1;

  let count = new Int32Array(65_537);
  for (let i = 0; i < n; i++) count[units[i]!]!++;
  for (let u = 1; u < count.length; u++) count[u]! += count[u - 1]!;
  for (let i = n - 1; i >= 0; i--) order[--count[units[i]!]!] = i;
  let distinct = 1;
  classes[order[0]!] = 0;
  for (let k = 1; k < n; k++) {
    if (units[order[k]!] !== units[order[k - 1]!]) distinct++;
    classes[order[k]!] = distinct - 1;
  }

  for (let length = 1; distinct < n && length < n; length <<= 1) {
    // Shifts sorted by their second half are the first halves moved back by `length`; a stable
    // counting sort by the first half's class then sorts them by both halves.
    for (let k = 0; k < n; k++) {
      const shifted = order[k]! - length;
      nextOrder[k] = shifted < 0 ? shifted + n : shifted;
    }
    count = new Int32Array(distinct);
    for (let k = 0; k < n; k++) count[classes[nextOrder[k]!]!]!++;
    for (let c = 1; c < distinct; c++) count[c]! += count[c - 1]!;
    for (let k = n - 1; k >= 0; k--) order[--count[classes[nextOrder[k]!]!]!] = nextOrder[k]!;
    distinct = 1;
    nextClasses[order[0]!] = 0;
    for (let k = 1; k < n; k++) {
      const now = order[k]!;
      const before = order[k - 1]!;
      const nowSecond = now + length < n ? now + length : now + length - n;
      const beforeSecond = before + length < n ? before + length : before + length - n;
      if (classes[now] !== classes[before] || classes[nowSecond] !== classes[beforeSecond]) distinct++;
      nextClasses[now] = distinct - 1;
    }
    [classes, nextClasses] = [nextClasses, classes];
  }
  return order.subarray(1); // the sentinel's own suffix sorts first
}

/**
 * Every UTF-16 offset where `needle` occurs in `text` (overlapping occurrences included), ascending.
 * `suffixes` must be `buildSuffixArray(text)`. An empty needle occurs nowhere.
 */
export function occurrencesIn(text: string, suffixes: Int32Array, needle: string): number[] {
  if (needle.length === 0) return [];
  const compare = (k: number): number => compareHead(text, suffixes[k] ?? 0, needle);
  // The suffixes that begin with `needle` stand together: after every suffix whose head (its first
  // needle.length units) is smaller, before every suffix whose head is larger.
  const first = bound(0, suffixes.length, (k) => compare(k) < 0);
  const end = bound(first, suffixes.length, (k) => compare(k) === 0);
  return Array.from(suffixes.subarray(first, end)).sort((a, b) => a - b);
}

/** The order of the suffix at `start` against `needle`, on needle.length units at most. */
function compareHead(text: string, start: number, needle: string): number {
  const length = Math.min(needle.length, text.length - start);
  for (let i = 0; i < length; i++) {
    const difference = text.charCodeAt(start + i) - needle.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length < needle.length ? -1 : 0; // a suffix that the needle runs past is the smaller
}

/** The first k in [from, to) for which `before(k)` is false; `before` must be true, then false. */
function bound(from: number, to: number, before: (k: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
