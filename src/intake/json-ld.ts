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

/**
 * A non-empty string, or the `name` of an object (Person, Organization), or null. An object that
 * only points at another by `@id` (`"author": {"@id": "#jane"}`, as @graph pages write it) is
 * looked up among the page's own `objects`; nothing outside the page is fetched.
 */
export function nameOf(value: unknown, objects: readonly JsonLdObject[] = []): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const object = value as JsonLdObject;
  const own = nameOf(object.name);
  if (own !== null || typeof object['@id'] !== 'string') return own;
  const target = objects.find((o) => o !== object && o['@id'] === object['@id'] && o.name !== undefined);
  return target === undefined ? null : nameOf(target.name);
}

/** Names of one value or a list of them (authors), in order; empty when none has a name. */
export function namesOf(value: unknown, objects: readonly JsonLdObject[] = []): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => nameOf(v, objects)).filter((n): n is string => n !== null);
}
