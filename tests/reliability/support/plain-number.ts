import neo4j from 'neo4j-driver';

/** A count from a raw driver record (an Integer) or from the executor (already a number). */
export function plainNumber(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);
}
