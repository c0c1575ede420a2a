/**
 * Spans in the API count Unicode code points; DOM ranges count UTF-16 code units. This maps one
 * to the other for a text, so that a span over Arabic with astral characters before it (emoji,
 * rare CJK) still lands on the right letters.
 */
export function codePointToUtf16(text: string): (codePoint: number) => number {
  const offsets: number[] = [0];
  let units = 0;
  for (const char of text) {
    units += char.length;
    offsets.push(units);
  }
  return (codePoint) => offsets[Math.max(0, Math.min(codePoint, offsets.length - 1))]!;
}

/** The reverse: the code point index of a UTF-16 offset (a click position in a text node). */
export function utf16ToCodePoint(text: string, unit: number): number {
  let points = 0;
  let units = 0;
  for (const char of text) {
    if (units >= unit) break;
    units += char.length;
    points += 1;
  }
  return points;
}
