/**
 * Anchoring an annotation in its article: every quote (headline, statements, source and entity
 * mentions, exclusions, corrections) becomes a code-point span, the article bytes are checked
 * against the recorded hash, and every reference is checked (check-references). A file with any
 * problem is refused as a whole, with every problem listed.
 */
import { AnchorResolver } from './anchor-resolver';
import { IssueList } from './annotation-error';
import type { AnnotationFile, Assessment, CorrectionFile, Statement } from './annotation-schema';
import { checkReferences } from './check-references';
import { loadAnnotationFile } from './load-annotation';
import type { AnnotationLimits, LoadedAnnotation } from './load-annotation';
import type {
  ProposalMarks,
  QualifiedRef,
  ResolvedAnnotation,
  ResolvedAssessment,
  ResolvedCorrection,
  ResolvedCorrectionFile,
  ResolvedStatement,
} from './resolved-annotation';
import { sha256Hex } from '../text/hash';
import { codePointLength } from '../text/spans';

type Path = readonly PropertyKey[];

/** Resolves a loaded file of either kind. @throws AnnotationError listing every problem. */
export function resolveLoadedAnnotation(
  loaded: LoadedAnnotation,
): ResolvedAnnotation | ResolvedCorrectionFile {
  const { annotation, file, articleBytes, articlePath, retrieval } = loaded;
  if (annotation.kind === 'correction')
    return resolveCorrectionFile(annotation, articleBytes, articlePath, file);
  const resolved = resolveAnnotation(annotation, articleBytes, articlePath, file);
  return retrieval ? { ...resolved, retrieval } : resolved;
}

/** Loads and resolves the annotation file at `path`. @throws AnnotationError */
export function loadResolvedAnnotation(
  path: string,
  limits?: AnnotationLimits,
): ResolvedAnnotation | ResolvedCorrectionFile {
  return resolveLoadedAnnotation(loadAnnotationFile(path, limits));
}

/**
 * Anchors a complete annotation in `articleBytes` (the exact bytes of its text file). With
 * `proposal` (the rules behind each item), the annotation is the proposer's, written for review in
 * the graph: it is checked as a person's file is, except that a statement may lack its gloss (the
 * proposer translates nothing; a missing gloss stays missing until a person writes one).
 * @throws AnnotationError naming the file and, per problem, the field path and the reason.
 */
export function resolveAnnotation(
  annotation: AnnotationFile,
  articleBytes: Uint8Array,
  articlePath: string,
  file: string,
  proposal?: ProposalMarks,
): ResolvedAnnotation {
  const issues = new IssueList(file);
  const text = decodeArticle(articleBytes, annotation.article.contentHash, issues);
  issues.throwIfAny(); // nothing else is meaningful against the wrong bytes
  const anchors = new AnchorResolver(text, issues);
  const { article } = annotation;
  const slug = article.slug;
  const headline = typeof article.headline === 'string' ? { quote: article.headline } : article.headline;
  const context: StatementContext = {
    anchors,
    slug,
    language: article.language,
    annotator: annotation.annotator,
  };

  const resolved: ResolvedAnnotation = {
    kind: 'annotation',
    file,
    schemaVersion: 1,
    annotator: annotation.annotator,
    annotatedAt: annotation.annotatedAt,
    article: {
      ...article,
      textPath: articlePath,
      text,
      codePointLength: codePointLength(text),
      headline: headline ? anchors.resolve(headline, ['article', 'headline']) : null,
    },
    outlets: annotation.outlets,
    topics: annotation.topics,
    sources: annotation.sources.map((source, i) => ({
      ...source,
      mentions: source.mentions.map((m, j) => anchors.resolve(m, ['sources', i, 'mentions', j])),
      sameAs: source.sameAs.map((same) => ({ ...same, ref: qualify(same.ref, slug) })),
    })),
    statements: annotation.statements.map((s, i) => resolveStatement(s, ['statements', i], context)),
    entities: annotation.entities.map((entity, i) => ({
      ...entity,
      mentions: entity.mentions.map((m, j) => anchors.resolve(m, ['entities', i, 'mentions', j])),
    })),
    assessments: annotation.assessments.map((a) => resolveAssessment(a, context)),
    excluded: annotation.excluded.map(({ reason, ...anchor }, i) => ({
      anchor: anchors.resolve(anchor, ['excluded', i]),
      reason,
    })),
    corrections: annotation.corrections.map((c, i) => resolveCorrection(c, ['corrections', i], context)),
    ...(proposal ? { proposal } : {}),
  };
  issues.throwIfAny();
  checkReferences(resolved, issues);
  issues.throwIfAny();
  return resolved;
}

/**
 * Anchors a correction-only file. Its local references point into the earlier annotation of the same
 * article, which this file does not contain; they are checked for syntax only.
 * @throws AnnotationError
 */
export function resolveCorrectionFile(
  annotation: CorrectionFile,
  articleBytes: Uint8Array,
  articlePath: string,
  file: string,
): ResolvedCorrectionFile {
  const issues = new IssueList(file);
  const text = decodeArticle(articleBytes, annotation.article.contentHash, issues);
  issues.throwIfAny();
  const anchors = new AnchorResolver(text, issues);
  const slug = annotation.article.slug;
  // A correction file has no language of its own: statements must state theirs or default to none.
  const context: StatementContext = { anchors, slug, language: 'und', annotator: annotation.annotator };
  const corrections = annotation.corrections.map((c, i) => resolveCorrection(c, ['corrections', i], context));
  issues.throwIfAny();
  return {
    kind: 'correction',
    file,
    schemaVersion: 1,
    annotator: annotation.annotator,
    annotatedAt: annotation.annotatedAt,
    article: { ...annotation.article, textPath: articlePath, text, codePointLength: codePointLength(text) },
    corrections,
  };
}

/** Qualifies `ref` (`id` or `slug#id`) against the slug of the file it appears in. */
export function qualify(ref: string, slug: string): QualifiedRef {
  const hash = ref.indexOf('#');
  if (hash === -1) return { article: slug, id: ref, local: true };
  const article = ref.slice(0, hash);
  return { article, id: ref.slice(hash + 1), local: article === slug };
}

interface StatementContext {
  anchors: AnchorResolver;
  slug: string;
  language: string;
  annotator: ResolvedAssessment['assertedBy'];
}

function resolveStatement(statement: Statement, path: Path, context: StatementContext): ResolvedStatement {
  const { id, quote, prefix, suffix, start, end, language, ...rest } = statement;
  const anchor = context.anchors.resolve({ quote, prefix, suffix, start, end }, path);
  return {
    id,
    anchor,
    paragraph: context.anchors.paragraphAt(anchor.start),
    ...rest,
    language: language ?? context.language,
  };
}

function resolveAssessment(assessment: Assessment, context: StatementContext): ResolvedAssessment {
  return {
    ...assessment,
    from: qualify(assessment.from, context.slug),
    to: qualify(assessment.to, context.slug),
    rule: assessment.rule ?? null,
    assertedBy: assessment.assertedBy ?? context.annotator,
  };
}

function resolveCorrection(
  correction: AnnotationFile['corrections'][number],
  path: Path,
  context: StatementContext,
): ResolvedCorrection {
  return {
    id: correction.id,
    supersedes: qualify(correction.supersedes, context.slug),
    reason: correction.reason,
    statement: correction.statement
      ? resolveStatement(correction.statement, [...path, 'statement'], context)
      : null,
    assessment: correction.assessment ? resolveAssessment(correction.assessment, context) : null,
    withdraw: correction.withdraw === true,
  };
}

function decodeArticle(bytes: Uint8Array, expectedHash: string, issues: IssueList): string {
  const actual = sha256Hex(bytes);
  if (actual !== expectedHash) {
    issues.add('article.contentHash', `does not match the article bytes: their sha256 is ${actual}`);
  }
  try {
    // ignoreBOM keeps a leading BOM in the text: the article is never altered, not even there.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    issues.add('article.textFile', 'the article is not valid UTF-8');
    return '';
  }
}
