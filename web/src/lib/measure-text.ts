/**
 * The drawn width of a label, so that a node of the chain fits its words: measured on a canvas in
 * the page's own font (SVG text does not wrap or size its box). A rough estimate where there is
 * no canvas.
 */
let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, px: number): number {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return [...text].length * px * 0.6;
  context.font = `${px}px ${getComputedStyle(document.documentElement).fontFamily}`;
  return context.measureText(text).width;
}

/**
 * The label in at most `lines` lines of `max` pixels, broken between words; what still does not
 * fit is cut (by code point) with an ellipsis.
 */
export function wrapText(text: string, px: number, max: number, lines: number): string[] {
  const out: string[] = [];
  let words = text.split(/\s+/).filter(Boolean);
  while (words.length && out.length < lines - 1) {
    let take = 1;
    while (take < words.length && textWidth(words.slice(0, take + 1).join(' '), px) <= max) take += 1;
    if (textWidth(words.slice(0, take).join(' '), px) > max) break; // one long word: cut it below
    out.push(words.slice(0, take).join(' '));
    words = words.slice(take);
  }
  if (words.length) out.push(fitText(words.join(' '), px, max));
  return out;
}

/** The label cut (by code point, with an ellipsis) to fit `max` pixels. */
export function fitText(text: string, px: number, max: number): string {
  if (textWidth(text, px) <= max) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${chars.slice(0, mid).join('')}…`, px) <= max) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}
