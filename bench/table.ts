/** Markdown tables, the format the benchmark prints and bench/RESULTS.md keeps. */

export type Cell = string | number | null;

export interface Table {
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Printed under the table: what a reader must know to read the numbers right. */
  notes?: string[];
}

/** A number for a table: thousands grouped, `digits` decimals below 100, none above. */
export function fmt(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  const decimals = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : digits;
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** `value` as a multiple of `floor` (`3.2×`). */
export const times = (value: number, floor: number): string => `${fmt(value / floor, 1)}×`;

/** Renders `table` as GitHub Markdown with a `### title` line, right-aligning numeric columns. */
export function renderTable(table: Table): string {
  const text = table.rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? fmt(cell) : (cell ?? 'n/a'))),
  );
  const numeric = table.headers.map((_, col) =>
    table.rows.every((row) => typeof row[col] === 'number' || row[col] === null),
  );
  const widths = table.headers.map((header, col) =>
    Math.max(3, header.length, ...text.map((row) => (row[col] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, col) => (numeric[col] ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, col) => (numeric[col] && col > 0 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [
    `### ${table.title}`,
    '',
    line(table.headers),
    rule,
    ...text.map(line),
    ...(table.notes?.length ? ['', ...table.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
}
