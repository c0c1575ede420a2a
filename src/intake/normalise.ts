/**
 * The only change the intake makes to a page's text. HTML collapses runs of its ASCII whitespace
 * (tab, line feed, form feed, carriage return, space) into one space when it renders a paragraph,
 * and drops them at the paragraph's ends; the intake does exactly that and nothing else. Every
 * other character, U+00A0 NO-BREAK SPACE, zero-width joiners, bidi marks, tatweel and diacritics
 * included, is kept as the page has it, and no Unicode normalisation (NFC or other) is applied.
 */

/** The name recorded on every intake's provenance, so that an auditor knows what was applied. */
export const WHITESPACE_NORMALISATION = 'html-ascii-whitespace-collapse/1';

const ASCII_WHITESPACE_RUN = /[\t\n\f\r ]+/g;

/** One paragraph's text as rendered: ASCII whitespace runs become one space, trimmed at both ends. */
export function normaliseParagraph(raw: string): string {
  return raw.replace(ASCII_WHITESPACE_RUN, ' ').replace(/^ | $/g, '');
}
