import fc from 'fast-check';

import { GraphemeBoundaries, graphemeBoundaryFlags, separatesAlways } from '../../../src/text/graphemes';
import { codePointLength, createOffsetIndex } from '../../../src/text/spans';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One pass of the segmenter over the whole text: the boundaries as anchoring first drew them. */
function onePass(text: string): number[] {
  const boundaries: number[] = [];
  let codePoints = 0;
  for (const { segment } of segmenter.segment(text)) {
    boundaries.push(codePoints);
    codePoints += codePointLength(segment);
  }
  boundaries.push(codePoints);
  return boundaries;
}

const flagged = (flags: Uint8Array): number[] => [...flags.keys()].filter((i) => flags[i] === 1);

// Characters that the rules of UAX #29 treat in every different way: letters, CR LF and controls,
// combining marks and harakat, spacing marks, prepended marks, ZWJ, emoji and their modifiers,
// regional indicators, Hangul jamo and syllables, Indic consonants and viramas (conjuncts), and
// lone surrogates.
const ALPHABET = [
  'a',
  ' ',
  '.',
  '\r',
  '\n',
  '\t',
  'ك',
  'َ',
  'ُ',
  'ّ',
  '\u0301',
  '\u0903',
  '\u0600',
  '\u06dd',
  '\u200d',
  '\u200c',
  '👍',
  '🏽',
  '👩',
  '❤',
  '\ufe0f',
  '🇮',
  '🇶',
  '\u1100',
  '\u1161',
  '\u11a8',
  '가',
  'क',
  '\u094d',
  'ष',
  '\ud83c',
  '\udffd',
];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((chars) => chars.join(''));

describe('grapheme boundaries in chunks (anchoring a 1,500-statement article was quadratic)', () => {
  it('draws the same boundaries as one pass of the segmenter, for any chunk size', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 9 }), (text, chunk) => {
        expect(flagged(graphemeBoundaryFlags(text, chunk))).toEqual(onePass(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('answers every offset as the flags do, with and without the shortcut', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const boundaries = new GraphemeBoundaries(text, createOffsetIndex(text));
        const expected = new Set(onePass(text));
        for (let at = -1; at <= codePointLength(text) + 1; at++) {
          expect(boundaries.has(at)).toBe(expected.has(at));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('takes the shortcut only between characters that the segmenter always separates', () => {
    const candidates = [...range(0x0000, 0x00ff), ...range(0x0600, 0x06ff), ...range(0x2000, 0x206f)];
    const joined: string[] = [];
    let shortcuts = 0;
    for (const b of candidates) {
      for (const a of candidates) {
        if (!separatesAlways(b, a)) continue;
        shortcuts++;
        // The pair alone, and after a joiner, a regional indicator and an Indic virama.
        for (const lead of ['', '\u200d', '🇮', 'क\u094d']) {
          const at = lead.length + 1;
          if (segmenter.segment(lead + String.fromCharCode(b, a)).containing(at)?.index !== at)
            joined.push(`${lead} U+${b.toString(16)} U+${a.toString(16)}`);
        }
      }
    }
    expect(joined).toEqual([]);
    expect(shortcuts).toBeGreaterThan(50_000);
  });

  it('keeps one cluster longer than a chunk whole (a run of combining marks)', () => {
    const text = `a${'\u0301'.repeat(2_000)}b`;
    expect(flagged(graphemeBoundaryFlags(text, 16))).toEqual([0, 2_001, 2_002]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
