/**
 * Porter's stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980) in the form of his
 * reference implementation, which is what Lucene's `PorterStemFilter` runs inside the `english`
 * analyzer of the `statement_search_english` full-text index.
 *
 * The index decides what matches; this copy only lets the API say *where* a hit matched
 * (highlights) without asking the database. It follows the reference implementation's departures
 * from the paper ('bli' → 'ble' instead of 'abli' → 'able', 'logi' → 'log', the two bug fixes in
 * step 4), and words of one or two letters are left alone. tests/integration/search checks it
 * against the analyzer on every English word of the seed and a list of hard cases.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** The suffix rules of step 3 (the paper's step 2), grouped by the penultimate letter. */
const STEP3: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  a: [
    ['ational', 'ate'],
    ['tional', 'tion'],
  ],
  c: [
    ['enci', 'ence'],
    ['anci', 'ance'],
  ],
  e: [['izer', 'ize']],
  l: [
    ['bli', 'ble'],
    ['alli', 'al'],
    ['entli', 'ent'],
    ['eli', 'e'],
    ['ousli', 'ous'],
  ],
  o: [
    ['ization', 'ize'],
    ['ation', 'ate'],
    ['ator', 'ate'],
  ],
  s: [
    ['alism', 'al'],
    ['iveness', 'ive'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
  ],
  t: [
    ['aliti', 'al'],
    ['iviti', 'ive'],
    ['biliti', 'ble'],
  ],
  g: [['logi', 'log']],
};

/** Step 4 (the paper's step 3), grouped by the last letter. */
const STEP4: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  e: [
    ['icate', 'ic'],
    ['ative', ''],
    ['alize', 'al'],
  ],
  i: [['iciti', 'ic']],
  l: [
    ['ical', 'ic'],
    ['ful', ''],
  ],
  s: [['ness', '']],
};

/** Step 5 (the paper's step 4): suffixes removed when the measure of the rest is above 1. */
const STEP5: Readonly<Record<string, readonly string[]>> = {
  a: ['al'],
  c: ['ance', 'ence'],
  e: ['er'],
  i: ['ic'],
  l: ['able', 'ible'],
  n: ['ant', 'ement', 'ment', 'ent'],
  o: ['ion', 'ou'],
  s: ['ism'],
  t: ['ate', 'iti'],
  u: ['ous'],
  v: ['ive'],
  z: ['ize'],
};

/** One word being stemmed: `b` holds its letters, `k` the index of the last one, `j` a cut point. */
class Stemmer {
  private readonly b: string[];
  private k: number;
  private j = 0;

  constructor(word: string) {
    this.b = [...word];
    this.k = this.b.length - 1;
  }

  result(): string {
    return this.b.slice(0, this.k + 1).join('');
  }

  /** A consonant is any letter but a e i o u, and y when it follows a vowel or starts the word. */
  private cons(i: number): boolean {
    const ch = this.b[i]!;
    if (VOWELS.has(ch)) return false;
    if (ch === 'y') return i === 0 ? true : !this.cons(i - 1);
    return true;
  }

  /** The measure m of b[0..j]: the number of vowel-consonant sequences, [C](VC)^m[V]. */
  private m(): number {
    let n = 0;
    let i = 0;
    for (;;) {
      if (i > this.j) return n;
      if (!this.cons(i)) break;
      i++;
    }
    i++;
    for (;;) {
      for (;;) {
        if (i > this.j) return n;
        if (this.cons(i)) break;
        i++;
      }
      i++;
      n++;
      for (;;) {
        if (i > this.j) return n;
        if (!this.cons(i)) break;
        i++;
      }
      i++;
    }
  }

  private vowelInStem(): boolean {
    for (let i = 0; i <= this.j; i++) if (!this.cons(i)) return true;
    return false;
  }

  private doubleC(i: number): boolean {
    return i >= 1 && this.b[i] === this.b[i - 1] && this.cons(i);
  }

  /** Consonant-vowel-consonant ending at i, the last not w, x or y ('hop', not 'snow'). */
  private cvc(i: number): boolean {
    if (i < 2 || !this.cons(i) || this.cons(i - 1) || !this.cons(i - 2)) return false;
    const ch = this.b[i];
    return ch !== 'w' && ch !== 'x' && ch !== 'y';
  }

  /** Whether b[0..k] ends with s; if so, j is set to the index before the suffix. */
  private ends(s: string): boolean {
    const start = this.k - s.length + 1;
    if (start < 0) return false;
    for (let i = 0; i < s.length; i++) if (this.b[start + i] !== s[i]) return false;
    this.j = this.k - s.length;
    return true;
  }

  /** Replaces b[j+1..k] by s. */
  private setTo(s: string): void {
    this.b.splice(this.j + 1, this.b.length - this.j - 1, ...s);
    this.k = this.j + s.length;
  }

  private replaceIfMeasured(s: string): void {
    if (this.m() > 0) this.setTo(s);
  }

  /** Plurals and -ed or -ing: caresses → caress, ponies → poni, meeting → meet, hopping → hop. */
  step1(): void {
    if (this.b[this.k] === 's') {
      if (this.ends('sses')) this.k -= 2;
      else if (this.ends('ies')) this.setTo('i');
      else if (this.b[this.k - 1] !== 's') this.k--;
    }
    if (this.ends('eed')) {
      if (this.m() > 0) this.k--;
    } else if ((this.ends('ed') || this.ends('ing')) && this.vowelInStem()) {
      this.k = this.j;
      if (this.ends('at')) this.setTo('ate');
      else if (this.ends('bl')) this.setTo('ble');
      else if (this.ends('iz')) this.setTo('ize');
      else if (this.doubleC(this.k)) {
        const ch = this.b[this.k];
        this.k--;
        if (ch === 'l' || ch === 's' || ch === 'z') this.k++;
      } else if (this.m() === 1 && this.cvc(this.k)) {
        this.j = this.k;
        this.setTo('e');
      }
    }
  }

  /** A final y becomes i when the stem has a vowel: happy → happi, but sky stays. */
  step2(): void {
    if (this.ends('y') && this.vowelInStem()) this.b[this.k] = 'i';
  }

  /** Double suffixes to single ones: relational → relate, generalization → generalize. */
  step3(): void {
    if (this.k === 0) return;
    for (const [suffix, replacement] of STEP3[this.b[this.k - 1]!] ?? []) {
      if (this.ends(suffix)) {
        this.replaceIfMeasured(replacement);
        return;
      }
    }
  }

  /** -ic-, -full, -ness and the like: electrical → electric, hopeful → hope. */
  step4(): void {
    for (const [suffix, replacement] of STEP4[this.b[this.k]!] ?? []) {
      if (this.ends(suffix)) {
        this.replaceIfMeasured(replacement);
        return;
      }
    }
  }

  /** -ant, -ence, -ment and the like, when the rest has a measure above 1: adjustment → adjust. */
  step5(): void {
    if (this.k === 0) return;
    const suffix = (STEP5[this.b[this.k - 1]!] ?? []).find(
      (s) => this.ends(s) && (s !== 'ion' || (this.j >= 0 && ['s', 't'].includes(this.b[this.j]!))),
    );
    if (suffix !== undefined && this.m() > 1) this.k = this.j;
  }

  /** A final -e, and -ll to -l, when the measure allows: probate → probat, controll → control. */
  step6(): void {
    this.j = this.k;
    if (this.b[this.k] === 'e') {
      const a = this.m();
      if (a > 1 || (a === 1 && !this.cvc(this.k - 1))) this.k--;
    }
    if (this.b[this.k] === 'l' && this.doubleC(this.k) && this.m() > 1) this.k--;
  }
}

/**
 * The Porter stem of one lower-case word, as Lucene's `PorterStemFilter` computes it. Letters
 * other than a–z count as consonants and match no suffix, so Arabic words and numbers come back
 * unchanged.
 */
export function stemPorter(word: string): string {
  const stemmer = new Stemmer(word);
  if ([...word].length <= 2) return word;
  stemmer.step1();
  stemmer.step2();
  stemmer.step3();
  stemmer.step4();
  stemmer.step5();
  stemmer.step6();
  return stemmer.result();
}
