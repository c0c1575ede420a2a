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
 */
import { NS } from './iri';

export type Datatype = 'string' | 'integer' | 'decimal' | 'boolean' | 'dateTime' | 'term';

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

const GENERATED = link('WAS_GENERATED_BY', prov('wasGeneratedBy'));

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
    links: [GENERATED],
  },
  {
    label: 'Outlet',
    cls: isnad('Outlet'),
    classes: [prov('Agent'), prov('Organization')],
    props: strings('name', 'nameOriginal'),
    links: [link('OWNED_BY', prov('actedOnBehalfOf')), GENERATED],
  },
  {
    label: 'Topic',
    cls: isnad('Topic'),
    classes: [prov('Entity')],
    props: strings('label', 'labelAr'),
    links: [GENERATED],
  },
  {
    label: 'Entity',
    cls: isnad('NamedEntity'),
    classes: [prov('Entity')],
    props: strings('kind', 'name', 'nameEn'),
    links: [GENERATED],
  },
  {
    label: 'Agent',
    cls: isnad('Agent'),
    classes: [prov('Agent')],
    kindClasses: { TEAM: prov('Organization'), PERSON: prov('Person'), TOOL: prov('SoftwareAgent') },
    props: strings('name', 'kind', 'version'),
    links: [GENERATED],
  },
  {
    label: 'Article',
    cls: isnad('Article'),
    classes: [prov('Entity')],
    props: [
      ...strings(
        'slug',
        'contentHash',
        'text',
        'language',
        'headline',
        'url',
        'retrievedFrom',
        'publishedAt',
      ),
      ...integers('codePointLength', 'schemaVersion'),
    ],
    links: [
      link('PUBLISHED_BY', prov('wasAttributedTo')),
      link('CARRIED_BY', isnad('carriedBy')),
      link('ABOUT', isnad('about')),
      spanLink('MENTIONS', 'mention', 'entity'),
      GENERATED,
    ],
  },
  {
    label: 'Source',
    cls: isnad('Source'),
    classes: [prov('Agent'), prov('Entity')],
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
      link('IN_ARTICLE', prov('wasDerivedFrom')),
      link('SPOKE_TO', isnad('spokeTo')),
      spanLink('MENTIONED_AT', 'mentionedAt', 'article'),
      GENERATED,
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
      ...strings('tool', 'toolVersion', 'inputHash', 'file', 'annotatedAt'),
      { prop: 'startedAt', predicate: prov('startedAtTime'), datatype: 'dateTime' },
    ],
    links: [
      {
        type: 'WAS_ASSOCIATED_WITH',
        qualified: {
          predicate: prov('qualifiedAssociation'),
          cls: prov('Association'),
          targetPredicate: prov('agent'),
          props: [{ prop: 'role', predicate: prov('hadRole'), datatype: 'term' }],
        },
        derived: [prov('wasAssociatedWith')],
      },
      link('USED', prov('used')),
    ],
  },
];

/** The labels an export reads, in the order `--all` writes them. */
export const EXPORT_LABELS = LABEL_SPECS.map((spec) => spec.label);

export const specByLabel = new Map(LABEL_SPECS.map((spec) => [spec.label, spec]));
export const specByClass = new Map(LABEL_SPECS.map((spec) => [spec.cls, spec]));

/** Time the generating activity started, restated on every generated node (never imported). */
export const GENERATED_AT_TIME = prov('generatedAtTime');
