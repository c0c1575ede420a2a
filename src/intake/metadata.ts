import { articleObject, jsonLdObjects, nameOf, namesOf, typesOf } from './json-ld';
import type { JsonLdObject } from './json-ld';
import { normaliseParagraph } from './normalise';

/** A value the page gives, and where it gives it (`json-ld:NewsArticle.datePublished`, `meta:og:site_name`...). */
export interface Sourced<T> {
  value: T;
  origin: string;
}

/** What the page says about itself. A field the page does not give is null: nothing is inferred. */
export interface PageMetadata {
  headline: Sourced<string> | null;
  outlet: Sourced<string> | null;
  canonicalUrl: Sourced<string> | null;
  datePublished: Sourced<string> | null;
  dateModified: Sourced<string> | null;
  authors: Sourced<string[]> | null;
  language: Sourced<string> | null;
}

/** The slice of a DOM document the metadata needs (linkedom's and jsdom's both fit). */
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  documentElement: MetaElement | null;
}
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  querySelector(selector: string): MetaElement | null;
}

// YYYY-MM-DD, optionally with a time and an offset: what JSON-LD and Open Graph specify.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const first = <T>(...candidates: (Sourced<T> | null)[]): Sourced<T> | null =>
  candidates.find((c) => c !== null) ?? null;

const sourced = <T>(value: T | null | undefined, origin: string): Sourced<T> | null =>
  value === null || value === undefined ? null : { value, origin };

/** A date exactly as the page writes it, when it is ISO 8601; anything else is not taken. */
const isoDate = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return ISO_DATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
};

const absoluteUrl = (href: string | null | undefined, base: string | null): string | null => {
  if (!href || href.trim() === '') return null;
  try {
    const url = base === null ? new URL(href.trim()) : new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
};

/**
 * Reads the page's own metadata, in a fixed order of preference per field (docs/intake.md):
 * JSON-LD article first, then Open Graph and `<meta>`, then HTML. `baseUrl` (the URL the page was
 * fetched from) resolves a relative canonical link; `contentLanguage` is the HTTP header, last resort.
 */
export function readMetadata(
  document: MetaDocument,
  baseUrl: string | null,
  contentLanguage: string | null = null,
): PageMetadata {
  // Every tag of a key (Open Graph repeats article:author for each author), `property` before `name`.
  const metas = (key: string): string[] =>
    [
      ...Array.from(document.querySelectorAll(`meta[property="${key}"]`)),
      ...Array.from(document.querySelectorAll(`meta[name="${key}"]`)),
    ]
      .map((element) => element.getAttribute('content')?.trim() ?? '')
      .filter((content) => content !== '');
  const meta = (key: string): string | null => metas(key)[0] ?? null;
  const blocks = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map(
    (s) => s.textContent ?? '',
  );
  const objects = jsonLdObjects(blocks);
  const found = articleObject(objects);
  const ld = (field: string) => (found ? found.object[field] : undefined);
  const ldOrigin = (field: string) => `json-ld:${found?.type}.${field}`;
  const text = (selector: string) => {
    const content = document.querySelector(selector)?.textContent;
    return content ? normaliseParagraph(content) || null : null;
  };
  const scope = document.querySelector('article') ?? document;
  const timeOf = (prop: string) =>
    document.querySelector(`time[itemprop="${prop}"][datetime]`)?.getAttribute('datetime') ?? null;

  return {
    headline: first(
      sourced(nameOf(ld('headline')), ldOrigin('headline')),
      sourced(meta('og:title'), 'meta:og:title'),
      sourced(text('h1'), 'html:h1'),
      sourced(text('title'), 'html:title'),
    ),
    outlet: first(
      sourced(meta('og:site_name'), 'meta:og:site_name'),
      sourced(nameOf(ld('publisher'), objects), ldOrigin('publisher')),
      sourced(organisationName(objects), 'json-ld:Organization.name'),
    ),
    canonicalUrl: first(
      sourced(
        absoluteUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), baseUrl),
        'html:link[rel=canonical]',
      ),
      sourced(absoluteUrl(meta('og:url'), baseUrl), 'meta:og:url'),
      sourced(
        absoluteUrl(typeof ld('url') === 'string' ? (ld('url') as string) : null, baseUrl),
        ldOrigin('url'),
      ),
    ),
    datePublished: first(
      sourced(isoDate(ld('datePublished')), ldOrigin('datePublished')),
      sourced(isoDate(meta('article:published_time')), 'meta:article:published_time'),
      sourced(isoDate(timeOf('datePublished')), 'html:time[itemprop=datePublished]'),
      sourced(
        // the article's first <time> that does not say it is the modification date
        isoDate(
          scope.querySelector('time[datetime]:not([itemprop="dateModified"])')?.getAttribute('datetime'),
        ),
        'html:article time[datetime]',
      ),
    ),
    dateModified: first(
      sourced(isoDate(ld('dateModified')), ldOrigin('dateModified')),
      sourced(isoDate(meta('article:modified_time')), 'meta:article:modified_time'),
      sourced(isoDate(timeOf('dateModified')), 'html:time[itemprop=dateModified]'),
    ),
    authors: first(
      sourced(nonEmpty(namesOf(ld('author'), objects)), ldOrigin('author')),
      sourced(nonEmpty(metas('author')), 'meta:author'),
      sourced(nonEmpty(metas('article:author')), 'meta:article:author'),
    ),
    language: first(
      sourced(document.documentElement?.getAttribute('lang')?.trim() || null, 'html:lang'),
      sourced(
        typeof ld('inLanguage') === 'string' ? (ld('inLanguage') as string) : null,
        ldOrigin('inLanguage'),
      ),
      sourced(meta('og:locale'), 'meta:og:locale'),
      sourced(contentLanguage?.trim() || null, 'http:content-language'),
    ),
  };
}

const nonEmpty = (names: string[]): string[] | null => (names.length > 0 ? names : null);

/** A page-level Organization or NewsMediaOrganization (some outlets declare only that). */
function organisationName(objects: JsonLdObject[]): string | null {
  const org = objects.find((o) =>
    typesOf(o).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'),
  );
  return org ? nameOf(org.name) : null;
}
