/**
 * Cross-reference checks of a resolved annotation: unique ids, references that name something that
 * exists, and the consistency rules of docs/annotation-guide.md that make two annotators' graphs
 * comparable (mode versus source kind, entity lists versus entity mentions, glosses).
 * References into other articles (`slug#id`) are only syntax-checked here: that article may not be
 * ingested yet, and the writer checks them against the graph.
 */
import type { IssueList } from './annotation-error';
import type { QualifiedRef, ResolvedAnnotation, ResolvedStatement } from './resolved-annotation';
import { SpanIndex } from '../text/span-index';

// Modes that speak in the outlet's own voice, and the only ones an OUTLET_VOICE source may use.
const OWN_VOICE_MODES = new Set(['EDITORIAL_INFERENCE', 'UNATTRIBUTED']);

/** Records every reference problem of `annotation` in `issues`. */
export function checkReferences(annotation: ResolvedAnnotation, issues: IssueList): void {
  const ids = (section: string, items: readonly { id: string }[]): Set<string> =>
    uniqueIds(section, items, issues);
  const outlets = ids('outlets', annotation.outlets);
  const topics = ids('topics', annotation.topics);
  const sources = ids('sources', annotation.sources);
  const entities = ids('entities', annotation.entities);
  ids('corrections', annotation.corrections);
  // Statements and assessments share one namespace so that `supersedes: id` is never ambiguous.
  const statements = uniqueIds('statements', annotation.statements, issues);
  const claims = new Set([
    ...statements,
    ...uniqueIds('assessments', annotation.assessments, issues, statements),
  ]);

  const { article } = annotation;
  const expect = (set: Set<string>, id: string, what: string, path: string): void => {
    if (!set.has(id)) issues.add(path, `unknown ${what} "${id}" (not declared in this file)`);
  };
  expect(outlets, article.outlet, 'outlet', 'article.outlet');
  article.carriedBy.forEach((id, i) => expect(outlets, id, 'outlet', `article.carriedBy[${i}]`));
  article.topics.forEach((id, i) => expect(topics, id, 'topic', `article.topics[${i}]`));

  const kindOf = new Map(annotation.sources.map((s) => [s.id, s.kind]));
  const mentions = mentionIndex(annotation);
  const occurs = occursIn(article.text);
  annotation.sources.forEach((source, i) => {
    source.basis.spokeTo.forEach((id, j) =>
      expect(outlets, id, 'outlet', `sources[${i}].basis.spokeTo[${j}]`),
    );
    source.sameAs.forEach((same, j) => {
      if (!same.ref.local) return;
      const path = `sources[${i}].sameAs[${j}].ref`;
      if (same.ref.id === source.id) issues.add(path, 'a source cannot be the same as itself');
      else expect(sources, same.ref.id, 'source', path);
    });
  });

  const checkStatement = (statement: ResolvedStatement, path: string): void => {
    expect(sources, statement.source, 'source', `${path}.source`);
    statement.via.forEach((id, j) => {
      expect(sources, id, 'source', `${path}.via[${j}]`);
      if (id === statement.source)
        issues.add(`${path}.via[${j}]`, 'the source cannot be its own intermediary');
    });
    statement.topics.forEach((id, j) => expect(topics, id, 'topic', `${path}.topics[${j}]`));
    checkModeAndKind(statement, kindOf.get(statement.source), path, issues);
    checkWording(statement, occurs, path, issues);
    // A person's annotation glosses every statement not in English; the proposer's leaves that to a person.
    if (annotation.proposal === undefined) checkGloss(statement, path, issues);
    checkEntities(mentions, statement, entities, path, issues);
  };
  annotation.statements.forEach((statement, i) => checkStatement(statement, `statements[${i}]`));

  const pairs = new Map<string, number>();
  annotation.assessments.forEach((assessment, i) => {
    const path = `assessments[${i}]`;
    // Symmetric relations have no direction, so A–B and B–A are the same claim about the pair.
    const ends = [refKey(assessment.from), refKey(assessment.to)];
    if (assessment.relation !== 'REFINES') ends.sort();
    const pair = `${assessment.relation} ${ends.join(' ')}`;
    const earlier = pairs.get(pair);
    if (earlier !== undefined) issues.add(path, `relates the same statements as assessments[${earlier}]`);
    else pairs.set(pair, i);
    checkStatementRef(assessment.from, statements, `${path}.from`, issues);
    checkStatementRef(assessment.to, statements, `${path}.to`, issues);
    if (!assessment.from.local && !assessment.to.local) {
      issues.add(
        `${path}.to`,
        'an assessment must involve a statement of this article (put it in that file)',
      );
    }
  });

  const statementSpans = new SpanIndex(annotation.statements.map((s) => s.anchor));
  annotation.excluded.forEach((excluded, i) => {
    const [first] = statementSpans.overlapping(excluded.anchor);
    const overlapping = first === undefined ? undefined : annotation.statements[first];
    if (overlapping) issues.add(`excluded[${i}].quote`, `overlaps statement "${overlapping.id}"`);
  });

  annotation.corrections.forEach((correction, i) => {
    if (correction.supersedes.local && !claims.has(correction.supersedes.id)) {
      issues.add(
        `corrections[${i}].supersedes`,
        `unknown statement or assessment "${correction.supersedes.id}"`,
      );
    }
    if (correction.statement) checkStatement(correction.statement, `corrections[${i}].statement`);
  });
}

/** Records duplicates; `taken` holds ids already used by a section sharing the namespace. */
function uniqueIds(
  section: string,
  items: readonly { id: string }[],
  issues: IssueList,
  taken: ReadonlySet<string> = new Set(),
): Set<string> {
  const first = new Map<string, number>();
  items.forEach(({ id }, i) => {
    const earlier = first.get(id);
    if (earlier !== undefined)
      issues.add(`${section}[${i}].id`, `duplicate id "${id}" (first at ${section}[${earlier}])`);
    else if (taken.has(id))
      issues.add(`${section}[${i}].id`, `duplicate id "${id}" (already a statement id)`);
    else first.set(id, i);
  });
  return new Set(first.keys());
}

function refKey(ref: QualifiedRef): string {
  return `${ref.article}#${ref.id}`;
}

function checkStatementRef(
  ref: QualifiedRef,
  statements: Set<string>,
  path: string,
  issues: IssueList,
): void {
  if (ref.local && !statements.has(ref.id)) issues.add(path, `unknown statement "${ref.id}"`);
}

function checkModeAndKind(
  statement: ResolvedStatement,
  kind: string | undefined,
  path: string,
  issues: IssueList,
): void {
  if (kind === undefined) return;
  const ownVoice = kind === 'OUTLET_VOICE';
  if (ownVoice !== OWN_VOICE_MODES.has(statement.mode)) {
    issues.add(
      `${path}.mode`,
      ownVoice
        ? `${statement.mode} is not allowed for an OUTLET_VOICE source (use EDITORIAL_INFERENCE or UNATTRIBUTED)`
        : `${statement.mode} needs an OUTLET_VOICE source (the source is ${kind})`,
    );
  }
  if (statement.via.length > 0 && ownVoice) issues.add(`${path}.via`, 'the outlet’s own voice has no chain');
}

/** `text.includes`, remembered per string: many statements share a cue ("said") or a hedge. */
function occursIn(text: string): (words: string) => boolean {
  const known = new Map<string, boolean>();
  return (words) => {
    let found = known.get(words);
    if (found === undefined) known.set(words, (found = text.includes(words)));
    return found;
  };
}

function checkWording(
  statement: ResolvedStatement,
  occurs: (words: string) => boolean,
  path: string,
  issues: IssueList,
): void {
  if (statement.cue !== null && !occurs(statement.cue)) {
    issues.add(`${path}.cue`, `"${statement.cue}" does not occur in the article`);
  }
  if (statement.hedging !== null && !occurs(statement.hedging)) {
    issues.add(`${path}.hedging`, `"${statement.hedging}" does not occur in the article`);
  }
}

function checkGloss(statement: ResolvedStatement, path: string, issues: IssueList): void {
  if (statement.language !== 'en' && statement.gloss === null) {
    issues.add(`${path}.gloss`, `a statement in "${statement.language}" needs an English gloss`);
  }
}

/** Every entity mention of the annotation, indexed by span, with the position of its entity. */
interface MentionIndex {
  spans: SpanIndex;
  entityAt: readonly number[];
  ids: readonly string[];
}

function mentionIndex(annotation: ResolvedAnnotation): MentionIndex {
  const flat = annotation.entities.flatMap((entity, e) => entity.mentions.map((span) => ({ span, e })));
  return {
    spans: new SpanIndex(flat.map(({ span }) => span)),
    entityAt: flat.map(({ e }) => e),
    ids: annotation.entities.map((entity) => entity.id),
  };
}

/** The entity list of a statement is exactly the entities with a mention inside its span. */
function checkEntities(
  mentions: MentionIndex,
  statement: ResolvedStatement,
  declared: Set<string>,
  path: string,
  issues: IssueList,
): void {
  // The entities in the order they are declared, as the file lists them.
  const entityPositions = mentions.spans.within(statement.anchor).map((m) => mentions.entityAt[m] ?? -1);
  const inside = new Set(
    [...new Set(entityPositions)].sort((a, b) => a - b).map((e) => mentions.ids[e] ?? ''),
  );
  statement.entities.forEach((id, j) => {
    if (!declared.has(id))
      issues.add(`${path}.entities[${j}]`, `unknown entity "${id}" (not declared in this file)`);
    else if (!inside.has(id))
      issues.add(`${path}.entities[${j}]`, `entity "${id}" has no mention inside the quote`);
  });
  const missing = [...inside].filter((id) => !statement.entities.includes(id));
  if (missing.length > 0) {
    issues.add(
      `${path}.entities`,
      `misses ${missing.map((id) => `"${id}"`).join(', ')}, mentioned inside the quote`,
    );
  }
}
