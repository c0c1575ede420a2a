/**
 * Grapheme-cluster boundaries (user-perceived characters, UAX #29) at code-point offsets of one text,
 * as `Intl.Segmenter` draws them.
 *
 * Node 20's segmenter costs time in proportion to the length of the string at every step, so one
 * pass over a long article grows with the square of its length (a 140,000-character article took
 * over 40 s). The text is therefore segmented in chunks of bounded size, each starting on a known
 * boundary; and the usual case, an offset between two characters that no rule of UAX #29 can join,
 * is answered without the segmenter at all.
 */
import { codePointLength } from './spans';
import type { OffsetIndex } from './spans';

/** Code units per chunk handed to the segmenter; any size gives the same boundaries. */
const CHUNK_UNITS = 512;

/** Answers "is this code-point offset a grapheme-cluster boundary?" for one text. */
export class GraphemeBoundaries {
  private flags: Uint8Array | undefined;

  /** `index` must be the offset index of `text`. */
  constructor(
    private readonly text: string,
    private readonly index: OffsetIndex,
  ) {}

  /** True when `codePoint` (0 to the length, inclusive) starts a cluster or ends the text. */
  has(codePoint: number): boolean {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.index.length) return false;
    if (codePoint === 0 || codePoint === this.index.length) return true;
    const at = this.index.toUtf16(codePoint);
    if (separatesAlways(this.text.charCodeAt(at - 1), this.text.charCodeAt(at))) return true;
    this.flags ??= graphemeBoundaryFlags(this.text);
    return this.flags[codePoint] === 1;
  }
}

// Characters that stand on their own in UAX #29 (Grapheme_Cluster_Break Other, not emoji): ASCII
// (controls break on both sides), Latin-1 punctuation but © ® and the soft hyphen, Arabic letters,
// Arabic-Indic digits and Arabic punctuation, general punctuation (dashes, quotation marks).
const ALONE: readonly (readonly [number, number])[] = [
  [0x0000, 0x007f],
  [0x00a0, 0x00a8],
  [0x00aa, 0x00ac],
  [0x00af, 0x00bf],
  [0x060c, 0x060c],
  [0x061b, 0x061b],
  [0x061f, 0x064a],
  [0x0660, 0x066d],
  [0x2010, 0x2027],
];
// Arabic harakat and other combining marks of the Arabic block: they join the letter before them,
// but nothing after them joins them.
const HARAKAT: readonly [number, number] = [0x064b, 0x065f];

const within = (unit: number, [from, to]: readonly [number, number]): boolean => unit >= from && unit <= to;
const alone = (unit: number): boolean => ALONE.some((range) => within(unit, range));

/**
 * True when UAX #29 always breaks between a character `before` and a character `after` (UTF-16 code
 * units), whatever precedes them. `after` stands alone, so no rule that joins applies (it is no
 * mark, joiner or Hangul jamo) and no rule that looks further back (those need it to be an emoji, a
 * regional indicator or an Indic consonant); `before` stands alone or is a haraka, so it is no
 * prepended mark; and CR LF stays one character. Checked pair by pair against the segmenter in
 * tests/unit/text/graphemes.test.ts.
 */
export function separatesAlways(before: number, after: number): boolean {
  return alone(after) && (alone(before) || within(before, HARAKAT)) && !(before === 0x0d && after === 0x0a);
}

/**
 * One flag per code-point offset of `text` (its length plus one): 1 where a cluster starts and at
 * the end. Each chunk starts on a boundary found by the chunk before it; the last cluster of a chunk
 * is left to the next one, since more text could extend it, and a chunk holding a single cluster is
 * doubled until it holds two. A boundary depends only on the text before it and the character after
 * it, so the chunks agree with one pass over the whole text (tested with chunks of a few units).
 */
export function graphemeBoundaryFlags(text: string, chunkUnits = CHUNK_UNITS): Uint8Array {
  const flags = new Uint8Array(codePointLength(text) + 1);
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let from = 0; // UTF-16 offset of a boundary
  let codePoint = 0; // the same offset in code points
  let size = Math.max(1, chunkUnits);
  while (from < text.length) {
    let to = Math.min(text.length, from + size);
    if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to)))
      to++; // never hand the segmenter half of a character that the text has whole
    const last = to === text.length;
    const clusters = Array.from(segmenter.segment(text.slice(from, to)), ({ segment }) => segment);
    if (!last && clusters.length < 2) {
      size *= 2;
      continue;
    }
    const keep = last ? clusters.length : clusters.length - 1;
    for (let i = 0; i < keep; i++) {
      const cluster = clusters[i] ?? '';
      flags[codePoint] = 1;
      codePoint += codePointLength(cluster);
      from += cluster.length;
    }
    size = Math.max(1, chunkUnits);
  }
  flags[codePoint] = 1;
  return flags;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
