/**
 * The JSON-LD document loaders of every export and verify: they serve the contexts that ship in
 * `contexts/` (or, for verify, those a bundle carries) and refuse everything else, so expanding,
 * compacting or verifying a document never reaches the network (an auditor's result must not
 * depend on what a web server says today).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { projectRoot } from '../config/project-root';

/**
 * The name under which exports compact against our PROV-O context (PROV-O publishes no JSON-LD
 * context). Documents name it inline or by its URL under the deployment's base IRI (contexts.ts);
 * this name is also the one that bundles of version 1 wrote, so they still load.
 */
export const PROV_CONTEXT_URL = 'https://isnad.example/contexts/prov-v1.jsonld';
/** The W3C Web Annotation context; we ship the subset of its terms that our annotations use. */
export const ANNO_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';
/** schema.org's context; we ship the subset that ClaimReview documents use. */
export const SCHEMA_CONTEXT_URL = 'https://schema.org';

const FILES: Record<string, string> = {
  [PROV_CONTEXT_URL]: 'isnad-prov-v1.jsonld',
  [ANNO_CONTEXT_URL]: 'anno.jsonld',
  'https://www.w3.org/ns/anno.jsonld': 'anno.jsonld',
  [SCHEMA_CONTEXT_URL]: 'schema-org.jsonld',
  'https://schema.org/': 'schema-org.jsonld',
  'http://schema.org': 'schema-org.jsonld',
  'http://schema.org/': 'schema-org.jsonld',
};

const cache = new Map<string, unknown>();

/** The parsed context document shipped for `url`; throws for any URL we do not ship. */
export function shippedContext(url: string): unknown {
  const file = FILES[url];
  if (file === undefined) {
    throw Object.assign(new Error(`JSON-LD context ${url} is not shipped with Isnad; refusing to fetch it`), {
      userFacing: true,
    });
  }
  let document = cache.get(file);
  if (document === undefined) {
    document = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'contexts', file), 'utf8')) as unknown;
    cache.set(file, document);
  }
  return document;
}

/** A jsonld `documentLoader` that only serves shipped contexts. */
export async function localDocumentLoader(url: string): Promise<RemoteDocument> {
  return {
    contextUrl: undefined,
    documentUrl: url,
    document: shippedContext(url) as RemoteDocument['document'],
  };
}

/**
 * A `documentLoader` that serves the given documents by URL (the contexts a bundle carries), then
 * the shipped ones; nothing from the network.
 */
export function documentLoaderWith(
  documents: ReadonlyMap<string, unknown>,
): (url: string) => Promise<RemoteDocument> {
  return async (url) => {
    const document = documents.get(url);
    if (document === undefined) return localDocumentLoader(url);
    return { contextUrl: undefined, documentUrl: url, document: document as RemoteDocument['document'] };
  };
}
