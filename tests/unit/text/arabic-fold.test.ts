import { foldArabic } from '../../../src/text/arabic-fold';

const SEED = 'لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق';

describe('foldArabic', () => {
  describe('removes marks readers ignore', () => {
    it.each([
      ['fatha, kasra, damma', 'كَتِبُ', 'كتب'],
      ['tanween', 'تغييراتٍ كتاباً كتابٌ', 'تغييرات كتابا كتاب'],
      ['shadda and sukun', 'أكّدْت', 'اكدت'],
      ['hamza above/below as combining marks (U+0654, U+0655)', 'ا\u0654 ا\u0655', 'ا ا'],
      ['superscript alef U+0670', 'هٰذا', 'هذا'],
      ['Quranic annotation marks U+06D6–U+06ED', 'قال\u06D6 ربك\u06DA الحق\u06ED', 'قال ربك الحق'],
      ['tatweel U+0640', 'العـــراق', 'العراق'],
    ])('%s', (_rule, input, expected) => {
      expect(foldArabic(input)).toBe(expected);
    });
  });

  describe('folds letter variants', () => {
    it.each([
      ['alef with hamza above أ → ا', 'أكدت', 'اكدت'],
      ['alef with hamza below إ → ا', 'إيران', 'ايران'],
      ['alef with madda آ → ا', 'آلاف', 'الاف'],
      ['alef wasla ٱ → ا', 'ٱلله', 'الله'],
      ['alef maqsura ى → ي', 'على', 'علي'],
      ['teh marbuta ة → ه', 'خطة', 'خطه'],
      ['waw with hamza ؤ → و', 'مسؤول', 'مسوول'],
      ['yeh with hamza ئ → ي', 'رئيس', 'رييس'],
      ['Persian keheh ک → ك', 'کتاب', 'كتاب'],
      ['Farsi yeh ی → ي', 'علی', 'علي'],
      ['Urdu yeh barree ے → ي', 'ے', 'ي'],
      ['Urdu heh goal ہ → ه', 'ہ', 'ه'],
      ['heh with yeh above ۀ → ه', 'خانۀ', 'خانه'],
    ])('%s', (_rule, input, expected) => {
      expect(foldArabic(input)).toBe(expected);
    });

    it('keeps a hamza on the line, which has no seat to fall back to', () => {
      expect(foldArabic('مساء')).toBe('مساء');
    });
  });

  describe('digits', () => {
    it('turns Arabic-Indic digits into ASCII', () => {
      expect(foldArabic('٢٠٢٥')).toBe('2025');
      expect(foldArabic('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    });

    it('turns Eastern Arabic-Indic (Persian) digits into ASCII', () => {
      expect(foldArabic('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    });

    it('turns Arabic decimal and thousands separators into ASCII', () => {
      expect(foldArabic('٢٠٬٥٠٠ و٣٫٥')).toBe('20,500 و3.5');
    });
  });

  describe('presentation forms', () => {
    it('maps Arabic presentation forms B back to letters (NFKC)', () => {
      // ﻻ (lam-alef ligature) and the contextual forms of العراق, as PDF extraction emits them.
      expect(foldArabic('\uFEFB \uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFED5')).toBe('لا العراق');
    });

    it('maps Arabic presentation forms A back to letters and drops their marks', () => {
      expect(foldArabic('\uFDF2')).toBe('الله');
      expect(foldArabic('\uFB8F')).toBe('ك'); // keheh final form → keheh → kaf
    });
  });

  describe('Latin text', () => {
    it('lower-cases', () => {
      expect(foldArabic('US Forces IRAQ')).toBe('us forces iraq');
    });

    it('strips Latin diacritics', () => {
      expect(foldArabic('Sudānī Café naïve İstanbul')).toBe('sudani cafe naive istanbul');
    });
  });

  describe('whitespace and invisible characters', () => {
    it('collapses whitespace runs, including no-break and ideographic spaces, and trims', () => {
      expect(foldArabic('  a\u00A0\u00A0b\t\nc\u3000d  ')).toBe('a b c d');
    });

    it('removes bidi marks, isolates and zero-width non-joiners', () => {
      expect(foldArabic('\u200Fقال\u200E \u2068العراق\u2069 می\u200Cخواهم')).toBe('قال العراق ميخواهم');
    });
  });

  describe('what it leaves alone', () => {
    it('passes a flag emoji through unchanged', () => {
      expect(foldArabic('🇮🇶')).toBe('🇮🇶');
      expect(foldArabic('العراق 🇮🇶 2025')).toBe('العراق 🇮🇶 2025');
    });

    it('keeps emoji ZWJ sequences, variation selectors and keycaps', () => {
      expect(foldArabic('👨‍👩‍👧 ❤️ 1️⃣')).toBe('👨‍👩‍👧 ❤️ 1️⃣');
    });

    it('keeps other scripts composed (Hangul survives NFD)', () => {
      expect(foldArabic('한국')).toBe('한국');
    });
  });

  describe('the seed sentence', () => {
    it('folds a fully vocalised copy to the plain text', () => {
      const vocalised = 'لَا تَغْيِيرَاتٍ لَدَيْنَا عَلَى خُطَطِ الاِنْتِشَارِ المُسْتَقْبَلِيَّةِ فِي العِرَاقِ';
      expect(foldArabic(vocalised)).toBe(foldArabic(SEED));
    });

    it('folds a copy with variant letters and tatweel to the plain text', () => {
      const variant = 'لا تغييرات لدينا علي خطط الإنتشار المستقبليه فى العـــراق';
      expect(foldArabic(variant)).toBe(foldArabic(SEED));
    });

    it('is idempotent', () => {
      const once = foldArabic(`${SEED} أكّدت ٢٠٢٥ Café 🇮🇶 \uFEFB`);
      expect(foldArabic(once)).toBe(once);
    });
  });

  it('treats أكّدت and اكدت as the same word', () => {
    expect(foldArabic('أكّدت')).toBe(foldArabic('اكدت'));
  });
});
