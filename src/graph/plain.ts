import neo4j from 'neo4j-driver';

/**
 * Converts driver values to plain JavaScript at the boundary: Integers to numbers (or strings when
 * unsafe), temporals to ISO strings, nodes to their properties. Nothing past the graph layer sees
 * driver types.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values of a view are strings and numbers: return them before any driver-type check.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value)) return toPlain(value.properties);
  if (neo4j.isRelationship(value)) return toPlain(value.properties);
  const plain: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) plain[key] = toPlain(entry);
  return plain;
}
