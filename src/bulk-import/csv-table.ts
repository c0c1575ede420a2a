/**
 * One CSV file in neo4j-admin's import format: a typed header, then rows appended in chunks.
 * Null is written as an empty unquoted field (no property), a string always quoted (so an empty
 * string stays an empty string), booleans as true/false.
 */
import fs from 'node:fs';
import { stringify } from 'csv-stringify/sync';

/** The property types the graph stores (the driver sends every JavaScript number as a float). */
export type ColumnType = 'string' | 'double' | 'boolean' | 'datetime';

export type CellValue = string | number | boolean | null;

const STRINGIFY_OPTIONS = {
  quoted_string: true,
  cast: { boolean: (value: boolean) => String(value) },
} as const;

export class CsvTable {
  private pending: CellValue[][] = [];
  private fd: number;
  rows = 0;
  /** Whether some value holds a line break: neo4j-admin parses only such files as multi-line. */
  multiline = false;

  /** `keyColumns` are neo4j-admin's own (`id:ID`, `:START_ID`, `:END_ID`), written as given. */
  constructor(
    readonly file: string,
    keyColumns: readonly string[],
    readonly columns: readonly (readonly [string, ColumnType])[],
  ) {
    this.fd = fs.openSync(file, 'w');
    const header = [
      ...keyColumns,
      ...columns.map(([name, type]) => (type === 'string' ? name : `${name}:${type}`)),
    ];
    fs.writeSync(this.fd, stringify([header]));
  }

  add(row: CellValue[]): void {
    if (!this.multiline) {
      this.multiline = row.some((v) => typeof v === 'string' && (v.includes('\n') || v.includes('\r')));
    }
    this.pending.push(row);
    this.rows++;
    if (this.pending.length >= 5_000) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    fs.writeSync(this.fd, stringify(this.pending, STRINGIFY_OPTIONS));
    this.pending = [];
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
