/**
 * Direction isolation for human-facing output (terminal lines, plain-text reports).
 *
 * An Arabic quote inside an English line, or an English name inside an Arabic one, is reordered by
 * the Unicode Bidirectional Algorithm together with its neighbours: punctuation and numbers next to
 * it jump to the wrong side ("said: «…» (2025)" comes out scrambled). Wrapping the embedded text
 * in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE makes it one neutral unit laid out in its own
 * direction, which is what UAX #9 recommends for text of unknown direction.
 */

/** U+2068 FIRST STRONG ISOLATE: direction taken from the first strong character inside. */
export const FSI = '\u2068';
/** U+2069 POP DIRECTIONAL ISOLATE: closes the isolate. */
export const PDI = '\u2069';

/**
 * Letters of the right-to-left scripts (bidi class R or AL): Hebrew, Arabic, Syriac, Thaana, N'Ko,
 * Samaritan, Mandaic, Adlam, Hanifi Rohingya, and older RTL scripts in the supplementary planes,
 * plus the RLM and ALM marks. Arabic-Indic digits (class AN) and tashkeel (NSM) are not strong and
 * do not count: they take the surrounding direction.
 */
const STRONG_RTL = new RegExp(
  '(?=\\p{L})[\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}' +
    '\\p{Script=Samaritan}\\p{Script=Mandaic}\\p{Script=Adlam}\\p{Script=Hanifi_Rohingya}' +
    '\\p{Script=Imperial_Aramaic}\\p{Script=Phoenician}\\p{Script=Kharoshthi}\\p{Script=Avestan}' +
    '\\p{Script=Old_South_Arabian}\\p{Script=Nabataean}\\p{Script=Palmyrene}\\p{Script=Mende_Kikakui}]' +
    '|[\\u200F\\u061C]',
  'u',
);

/** Whether `text` contains a strong right-to-left character (an Arabic or Hebrew letter, etc.). */
export function hasRtl(text: string): boolean {
  return STRONG_RTL.test(text);
}

/**
 * Wraps `text` in FSI … PDI if it contains right-to-left letters, and returns it unchanged
 * otherwise (plain English stays free of invisible characters that would end up in copies and
 * greps). Use for any value interpolated into a line of human-facing output.
 *
 * The text itself is not altered: an unbalanced PDI inside it can still close the isolate early,
 * so sanitise untrusted text before display if that matters.
 */
export function isolate(text: string): string {
  return hasRtl(text) ? isolateAlways(text) : text;
}

/**
 * Wraps `text` in FSI … PDI whatever it contains: for values whose direction is unknown until
 * run time and whose neighbours must not be disturbed either way (e.g. table cells).
 */
export function isolateAlways(text: string): string {
  return `${FSI}${text}${PDI}`;
}
