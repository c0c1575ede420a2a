/**
 * The JSON-LD objects a page declares (`<script type="application/ld+json">`), flattened: arrays
 * and `@graph` lists are opened, so that a NewsArticle nested in either is found. A block that is
 * not valid JSON is ignored (and so gives no metadata), never repaired.
 */
export type JsonLdObject = Record<string, unknown>;

/** Schema.org types whose `datePublished`, `author`, `headline` and `publisher` describe an article. */
export const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'Report',
]);

export function jsonLdObjects(blocks: string[]): JsonLdObject[] {
  const out: JsonLdObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const object = value as JsonLdObject;
    out.push(object);
    if (Array.isArray(object['@graph'])) visit(object['@graph']);
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch {
      // Not JSON: the page gives nothing here.
    }
  }
  return out;
}

/** The object's `@type` values (a string or a list). */
export function typesOf(object: JsonLdObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** The first article-typed object, and the type that made it one. */
export function articleObject(objects: JsonLdObject[]): { object: JsonLdObject; type: string } | null {
  for (const object of objects) {
    const type = typesOf(object).find((t) => ARTICLE_TYPES.has(t));
    if (type !== undefined) return { object, type };
  }
  return null;
}

/** A non-empty string, or the `name` of an object (Person, Organization), or null. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return nameOf((value as JsonLdObject).name);
  }
  return null;
}

/** Names of one value or a list of them (authors), in order; empty when none has a name. */
export function namesOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map(nameOf).filter((n): n is string => n !== null);
}
