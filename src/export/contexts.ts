/**
 * The JSON-LD contexts of the three JSON-LD formats, and how a document names its context: inline
 * (the definitions themselves, so that the file loads anywhere, offline, in any JSON-LD processor)
 * or by URL. Ours, the PROV-O context, is published under the deployment's base IRI
 * (`<ISNAD_BASE_IRI>contexts/prov-v1.jsonld`, served by the API); the Web Annotation and schema.org
 * contexts keep their own publishers' URLs.
 */
import { ANNO_CONTEXT_URL, PROV_CONTEXT_URL, SCHEMA_CONTEXT_URL, shippedContext } from './document-loader';
import { ID_PARTS_CONTEXT } from './formats/id-parts';

export type JsonLdFormat = 'prov-jsonld' | 'web-annotation' | 'claimreview';

/** Where a deployment publishes its documents; node IRIs never depend on it (they are URNs). */
export interface ContextOptions {
  /** The base IRI, ending in '/': `https://isnad.example.org/`. */
  baseIri: string;
  /** Write the context's definitions into the document instead of its URL. */
  inlineContext: boolean;
}

/** The path, under the base IRI, at which the API serves our PROV-O context. */
export const PROV_CONTEXT_PATH = 'contexts/prov-v1.jsonld';

/** The URL each format's documents name when the context is not inline. */
export function contextUrl(format: JsonLdFormat, baseIri: string): string {
  switch (format) {
    case 'prov-jsonld':
      return `${baseIri}${PROV_CONTEXT_PATH}`;
    case 'web-annotation':
      return ANNO_CONTEXT_URL;
    case 'claimreview':
      return SCHEMA_CONTEXT_URL;
  }
}

/** The URL of the shipped file that holds each format's context definitions. */
export function shippedContextUrl(format: JsonLdFormat): string {
  switch (format) {
    case 'prov-jsonld':
      return PROV_CONTEXT_URL;
    case 'web-annotation':
      return ANNO_CONTEXT_URL;
    case 'claimreview':
      return SCHEMA_CONTEXT_URL;
  }
}

/**
 * The value of a document's `@context`: the definitions (inline) or the URL; Web Annotation and
 * ClaimReview add, after the standard context, the prefixes of the terms verify re-derives ids from.
 */
export function contextValue(format: JsonLdFormat, options: ContextOptions): string | object {
  const base = options.inlineContext
    ? (shippedContext(shippedContextUrl(format)) as { '@context': object })['@context']
    : contextUrl(format, options.baseIri);
  return format === 'prov-jsonld' ? base : [base, ID_PARTS_CONTEXT];
}

/** The context the exporter hashes a format's node objects through (the same RDF either way). */
export function hashingContext(format: JsonLdFormat): string | object {
  const url = shippedContextUrl(format);
  return format === 'prov-jsonld' ? url : [url, ID_PARTS_CONTEXT];
}
