/**
 * The IRI scheme of exports. Every graph node is `urn:isnad:<node id>`: ids are content-derived
 * and stable across machines, so the IRI of a statement is the same in every export, and a URN
 * promises no resolvable web page that we do not run. Our own terms live in the `isnad:`
 * vocabulary below; standard terms come from PROV-O, schema.org and the Web Annotation vocabulary.
 */

/** Prefix of every node IRI. */
export const NODE_IRI_PREFIX = 'urn:isnad:';

export const NS = {
  isnad: 'https://isnad.example/ns#',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'http://schema.org/',
  oa: 'http://www.w3.org/ns/oa#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
} as const;

export const RDF_TYPE = `${NS.rdf}type`;

/** The IRI of a graph node. */
export function nodeIri(id: string): string {
  return `${NODE_IRI_PREFIX}${id}`;
}

/**
 * The IRI of a role an agent plays in an activity (`prov:hadRole`), typed `prov:Role` in an item of
 * its own: `urn:isnad:role:annotator`.
 */
export function roleIri(name: string): string {
  return nodeIri(`role:${name}`);
}

/** The role a role IRI names, or null. */
export function roleFromIri(iri: string): string | null {
  const id = idFromIri(iri);
  return id !== null && id.startsWith('role:') ? id.slice('role:'.length) : null;
}

/** The node id an IRI names, or null when the IRI is not one of ours. */
export function idFromIri(iri: string): string | null {
  return iri.startsWith(NODE_IRI_PREFIX) ? iri.slice(NODE_IRI_PREFIX.length) : null;
}

/** What kind of item an id names, read from its prefix (`st_…` → statement, `outlet:…` → outlet). */
export function kindOfId(id: string): string {
  const match = /^([a-z-]+)[_:]/.exec(id);
  return KIND_BY_PREFIX[match?.[1] ?? ''] ?? 'node';
}

const KIND_BY_PREFIX: Record<string, string> = {
  act: 'activity',
  agent: 'agent',
  art: 'article',
  artifact: 'artifact',
  as: 'assessment',
  collection: 'collection',
  entity: 'entity',
  ex: 'exclusion',
  gl: 'gloss',
  outlet: 'outlet',
  owner: 'owner',
  page: 'page',
  role: 'role',
  src: 'source',
  st: 'statement',
  topic: 'topic',
  wd: 'withdrawal',
};
