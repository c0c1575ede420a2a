/**
 * How each node label maps to RDF, in one table that both directions read: the exporter turns a
 * node into triples with it, the importer turns triples back into the same node. Keeping one table
 * is what makes `export → import → export` give the same item hashes.
 *
 * A node is typed with its `isnad:` class (which names the label on import) plus PROV-O classes.
 * Properties become literals; relationships become triples to the target's IRI, or, when the
 * relationship carries properties, a blank node (PROV-O's "qualified" pattern). `derived`
 * predicates restate a link in plain PROV-O terms for readers that only know PROV; the importer
 * skips them.
 *
 * What PROV says is kept to what the graph means: an annotation activity `used` the article and
 * generated the statements, glosses, assessments, exclusions and withdrawals (`wasGeneratedBy`);
 * the article, its outlet and owner, the sources, agents, topics and entities are things the
 * activity recorded, never generated, so that link is written from the activity's side as
 * `isnad:recorded`. No item carries the time of an ingest except the activity's own
 * (`isnad:recordedAt`): the same annotation gives the same statement items in every deployment.
 *
 * A retrieval (intake of a web page) is an activity that `used` the raw page, an `isnad:Artifact`
 * entity named by its bytes' sha256; the article is `wasDerivedFrom` that artifact, qualified by a
 * `prov:Derivation` whose `hadActivity` is the retrieval. The article is not `wasGeneratedBy` the
 * retrieval: its text may be in the graph before its page was taken, and the same text taken from
 * two pages would be two generations of one entity, which PROV allows only at one instant.
 */
import { NS } from './iri';

/**
 * `temporal` is a date or a date-time as the annotation wrote it (`xsd:date` or `xsd:dateTime`, by
 * its form); `role` is the name of a role, written as the role's IRI (`urn:isnad:role:<name>`);
 * `node` is the id of another node, written as its IRI (a derivation's artifact).
 */
export type Datatype =
  'string' | 'integer' | 'decimal' | 'boolean' | 'dateTime' | 'temporal' | 'role' | 'node';

export interface PropertySpec {
  prop: string;
  predicate: string;
  datatype: Datatype;
}

export interface QualifiedSpec {
  /** Node → blank node. */
  predicate: string;
  cls: string;
  /** Blank node → the relationship's target. */
  targetPredicate: string;
  props: PropertySpec[];
}

export interface LinkSpec {
  type: string;
  /** Node → target, for relationships without properties. */
  predicate?: string;
  qualified?: QualifiedSpec;
  derived?: string[];
  /**
   * The relationship points at this node and is written from here: `(other)-[type]->(node)` as
   * `node predicate other` (an activity's `isnad:recorded`).
   */
  incoming?: true;
}

export interface LabelSpec {
  label: string;
  cls: string;
  classes: string[];
  /** Extra classes chosen by the node's `kind` (agents: person, team, tool). */
  kindClasses?: Record<string, string>;
  props: PropertySpec[];
  links: LinkSpec[];
}

const isnad = (name: string): string => `${NS.isnad}${name}`;
const prov = (name: string): string => `${NS.prov}${name}`;

/** Plain string properties, each as `isnad:<name>`. */
const strings = (...names: string[]): PropertySpec[] =>
  names.map((prop) => ({ prop, predicate: isnad(prop), datatype: 'string' }));
const integers = (...names: string[]): PropertySpec[] =>
  names.map((prop) => ({ prop, predicate: isnad(prop), datatype: 'integer' }));

const link = (type: string, predicate: string, derived?: string[]): LinkSpec => ({
  type,
  predicate,
  derived,
});

/** Only what an activity generated (statements, glosses, assessments…) is `prov:wasGeneratedBy` it. */
const GENERATED = link('WAS_GENERATED_BY', prov('wasGeneratedBy'));

/** Labels recorded, not generated, by the activity that first wrote them (see RECORDED_LABELS). */
const RECORDED: LinkSpec = { type: 'WAS_GENERATED_BY', predicate: isnad('recorded'), incoming: true };

const dateTimes = (...names: string[]): PropertySpec[] =>
  names.map((prop) => ({ prop, predicate: isnad(prop), datatype: 'dateTime' }));

const temporal = (...names: string[]): PropertySpec[] =>
  names.map((prop) => ({ prop, predicate: isnad(prop), datatype: 'temporal' }));

const spanLink = (type: string, predicate: string, targetPredicate: string): LinkSpec => ({
  type,
  qualified: {
    predicate: isnad(predicate),
    cls: isnad('Mention'),
    targetPredicate: isnad(targetPredicate),
    props: [...integers('start', 'end'), ...strings('quote')],
  },
});

const SUPERSEDES: LinkSpec = {
  type: 'SUPERSEDES',
  qualified: {
    predicate: prov('qualifiedRevision'),
    cls: prov('Revision'),
    targetPredicate: prov('entity'),
    props: strings('reason', 'correctionId'),
  },
  derived: [prov('wasRevisionOf')],
};

export const LABEL_SPECS: readonly LabelSpec[] = [
  {
    label: 'Owner',
    cls: isnad('Owner'),
    classes: [prov('Agent'), prov('Organization')],
    props: strings('name', 'nameOriginal'),
    links: [],
  },
  {
    label: 'Outlet',
    cls: isnad('Outlet'),
    classes: [prov('Agent'), prov('Organization')],
    props: strings('name', 'nameOriginal'),
    links: [link('OWNED_BY', prov('actedOnBehalfOf'))],
  },
  {
    label: 'Topic',
    cls: isnad('Topic'),
    classes: [prov('Entity')],
    props: strings('label', 'labelAr'),
    links: [],
  },
  {
    label: 'Entity',
    cls: isnad('NamedEntity'),
    classes: [prov('Entity')],
    props: strings('kind', 'name', 'nameEn'),
    links: [],
  },
  {
    label: 'Agent',
    cls: isnad('Agent'),
    classes: [prov('Agent')],
    kindClasses: { TEAM: prov('Organization'), PERSON: prov('Person'), TOOL: prov('SoftwareAgent') },
    props: strings('name', 'kind', 'version'),
    links: [],
  },
  {
    label: 'Article',
    cls: isnad('Article'),
    classes: [prov('Entity')],
    props: [
      ...strings('slug', 'contentHash', 'text', 'language', 'headline', 'url', 'retrievedFrom'),
      ...temporal('publishedAt'),
      ...integers('codePointLength', 'schemaVersion'),
    ],
    links: [
      // the article is its outlet's: attributed to it, as its publisher
      link('PUBLISHED_BY', isnad('publishedBy'), [prov('wasAttributedTo')]),
      link('CARRIED_BY', isnad('carriedBy')),
      link('ABOUT', isnad('about')),
      spanLink('MENTIONS', 'mention', 'entity'),
      // an intake: the text was extracted from the raw page, by the retrieval (see above)
      link('DERIVED_FROM', prov('wasDerivedFrom')),
      {
        type: 'RETRIEVED_BY',
        qualified: {
          predicate: prov('qualifiedDerivation'),
          cls: prov('Derivation'),
          targetPredicate: prov('hadActivity'),
          props: [{ prop: 'artifact', predicate: prov('entity'), datatype: 'node' }],
        },
      },
      // a changed page at the same URL: a new article, a revision of the one taken before
      link('WAS_REVISION_OF', prov('wasRevisionOf')),
    ],
  },
  {
    label: 'Artifact',
    cls: isnad('Artifact'),
    // the raw page as received: bytes the outlet made, which a retrieval used
    classes: [prov('Entity')],
    props: [...strings('sha256'), ...integers('byteLength')],
    links: [],
  },
  {
    label: 'Source',
    cls: isnad('Source'),
    // whoever the article quotes: an agent, never generated nor derived
    classes: [prov('Agent')],
    kindClasses: {
      NAMED_PERSON: prov('Person'),
      ANONYMOUS_INDIVIDUAL: prov('Person'),
      INSTITUTION: prov('Organization'),
    },
    props: strings(
      'localId',
      'articleSlug',
      'kind',
      'label',
      'labelEn',
      'role',
      'affiliation',
      'audience',
      'conditions',
    ),
    links: [
      link('IN_ARTICLE', isnad('inArticle')),
      link('SPOKE_TO', isnad('spokeTo')),
      spanLink('MENTIONED_AT', 'mentionedAt', 'article'),
    ],
  },
  {
    label: 'Statement',
    cls: isnad('Statement'),
    classes: [prov('Entity')],
    props: [
      ...strings('localId', 'articleSlug', 'quote', 'prefix', 'suffix'),
      ...integers('start', 'end', 'paragraph'),
      ...strings('mode', 'cue', 'hedging', 'language'),
    ],
    links: [
      link('IN_ARTICLE', prov('wasQuotedFrom')),
      link('ATTRIBUTED_TO', prov('wasAttributedTo')),
      {
        type: 'VIA',
        qualified: {
          predicate: isnad('transmission'),
          cls: isnad('Transmission'),
          targetPredicate: isnad('source'),
          props: integers('position'),
        },
      },
      link('ABOUT', isnad('about')),
      spanLink('MENTIONS', 'mention', 'entity'),
      SUPERSEDES,
      GENERATED,
    ],
  },
  {
    label: 'Gloss',
    cls: isnad('Gloss'),
    classes: [prov('Entity')],
    props: [
      ...strings('text', 'language'),
      { prop: 'isTranslation', predicate: isnad('isTranslation'), datatype: 'boolean' },
    ],
    links: [
      link('GLOSS_OF', prov('wasDerivedFrom')),
      link('TRANSLATED_BY', prov('wasAttributedTo')),
      GENERATED,
    ],
  },
  {
    label: 'Assessment',
    cls: isnad('Assessment'),
    classes: [prov('Entity')],
    props: [
      ...strings('localId', 'articleSlug', 'relation', 'rationale'),
      { prop: 'confidence', predicate: isnad('confidence'), datatype: 'decimal' },
      ...strings('method', 'rule'),
    ],
    links: [
      link('FROM', isnad('from'), [prov('wasDerivedFrom')]),
      link('TO', isnad('to'), [prov('wasDerivedFrom')]),
      link('ASSERTED_BY', prov('wasAttributedTo')),
      SUPERSEDES,
      GENERATED,
    ],
  },
  {
    label: 'Exclusion',
    cls: isnad('Exclusion'),
    classes: [prov('Entity')],
    props: [...integers('start', 'end'), ...strings('quote', 'reason')],
    links: [link('IN_ARTICLE', prov('wasDerivedFrom')), GENERATED],
  },
  {
    label: 'Withdrawal',
    cls: isnad('Withdrawal'),
    classes: [prov('Entity')],
    props: strings('localId', 'articleSlug', 'reason'),
    links: [SUPERSEDES, GENERATED],
  },
  {
    label: 'Activity',
    cls: isnad('Activity'),
    classes: [prov('Activity')],
    props: [
      { prop: 'type', predicate: isnad('activityType'), datatype: 'string' },
      ...strings('tool', 'toolVersion', 'inputHash', 'file'),
      // the annotator's own date, as written in the file
      ...temporal('annotatedAt'),
      // when this deployment ingested the file: the one time in an export that depends on where
      { prop: 'startedAt', predicate: isnad('recordedAt'), datatype: 'dateTime' },
      // a retrieval's record (src/intake/provenance.ts); it alone knows when it began and ended
      { prop: 'requestedAt', predicate: prov('startedAtTime'), datatype: 'dateTime' },
      { prop: 'extractedAt', predicate: prov('endedAtTime'), datatype: 'dateTime' },
      ...dateTimes('retrievedAt'),
      { prop: 'source', predicate: isnad('retrievalSource'), datatype: 'string' },
      ...strings('requestedUrl', 'finalUrl', 'redirects'),
      ...integers('httpStatus'),
      ...strings('contentType', 'rawSha256'),
      ...integers('rawBytes'),
      ...strings('artifact', 'charset', 'charsetOrigin', 'textSha256'),
      ...strings('extractor', 'extractorVersion', 'dom', 'domVersion', 'normalisation'),
      { prop: 'metadata', predicate: isnad('pageMetadata'), datatype: 'string' },
    ],
    links: [
      {
        type: 'WAS_ASSOCIATED_WITH',
        qualified: {
          predicate: prov('qualifiedAssociation'),
          cls: prov('Association'),
          targetPredicate: prov('agent'),
          props: [{ prop: 'role', predicate: prov('hadRole'), datatype: 'role' }],
        },
        derived: [prov('wasAssociatedWith')],
      },
      link('USED', prov('used')),
      RECORDED,
    ],
  },
];

/** The labels an export reads, in the order `--all` writes them. */
export const EXPORT_LABELS = LABEL_SPECS.map((spec) => spec.label);

export const specByLabel = new Map(LABEL_SPECS.map((spec) => [spec.label, spec]));
export const specByClass = new Map(LABEL_SPECS.map((spec) => [spec.cls, spec]));
