import path from 'node:path';
import type { GraphExecutor } from '../graph/executor';
import { LOOKUP_ARTICLE, LOOKUP_REFS } from '../graph/ingest-cypher';
import { recordRetrieval } from '../graph/intake-writer';
import { writeRecords } from '../graph/ingest-writer';
import type { WriteCounts } from '../graph/ingest-writer';
import { canonicalJson, sha256Hex } from '../text/hash';
import { IssueList } from './annotation-error';
import { buildCorrectionRows, correctionRefs } from './build-correction-records';
import { agentRow, buildAnnotationRecords, refKey, toolAgent } from './build-records';
import type { BuildContext, FoundRef, ToolInfo } from './build-records';
import { ids } from './ids';
import { checkOutletNames } from './outlet-names';
import { recordsFor } from './records';
import type { IngestRecords } from './records';
import type { QualifiedRef, ResolvedAnnotation, ResolvedCorrectionFile } from './resolved-annotation';

export type AnyResolved = ResolvedAnnotation | ResolvedCorrectionFile;

export interface IngestResult extends WriteCounts {
  file: string;
  slug: string;
  articleId: string;
  /** The activity that recorded this ingest; null when the same input had been ingested before. */
  activityId: string | null;
  statements: number;
}

interface ArticleLookup {
  slugArticleId: string | null;
  slugContentHash: string | null;
  hashSlug: string | null;
  annotationInputHashes: string[];
  alreadyIngested: boolean;
}

/**
 * The hash an activity records for its input: the resolved annotation in canonical JSON, so the
 * same annotation written in YAML or JSON, or re-indented, is the same input.
 */
export function inputHashOf(file: AnyResolved): string {
  const { file: _name, article, ...rest } = file;
  const { textPath: _path, text: _text, ...articleIdentity } = article;
  return sha256Hex(canonicalJson(JSON.parse(JSON.stringify({ ...rest, article: articleIdentity }))));
}

/**
 * Writes one resolved file in one transaction: checks it against the graph (same slug and text,
 * no different annotation of the same article, references present), then writes every row.
 * Anything wrong throws AnnotationError and nothing is written.
 */
export async function ingestResolved(
  executor: GraphExecutor,
  file: AnyResolved,
  tool: ToolInfo,
): Promise<IngestResult> {
  const name = path.basename(file.file);
  const inputHash = inputHashOf(file);
  return executor.writeTransaction(async (run) => {
    const issues = new IssueList(file.file);
    const [lookupRecord] = (
      await run({
        cypher: LOOKUP_ARTICLE,
        params: { slug: file.article.slug, contentHash: file.article.contentHash, inputHash },
      })
    ).records;
    const found = lookupRecord?.toObject() as ArticleLookup;
    const articleId = ids.article(file.article.contentHash);
    // The same input was ingested before (perhaps by another tool version): nothing to do.
    if (found.alreadyIngested) {
      return {
        nodesCreated: 0,
        relationshipsCreated: 0,
        file: file.file,
        slug: file.article.slug,
        articleId,
        activityId: null,
        statements: 0,
      };
    }
    checkArticle(found, file, inputHash, issues);
    if ('outlets' in file) await checkOutletNames(run, file.outlets, issues);
    issues.throwIfAny();

    const refRows = await run({
      cypher: LOOKUP_REFS,
      params: { refs: refsToLookUp(file).map(({ article, id }) => ({ article, id })) },
    });
    const refs = new Map<string, FoundRef>(
      refRows.records.map((r) => [
        r.get('key') as string,
        { id: r.get('id'), label: r.get('label'), supersededBy: r.get('supersededBy') },
      ]),
    );
    const ctx: BuildContext = { issues, refs, tool, inputHash };
    const records = buildRecords(file, ctx, name);
    issues.throwIfAny();
    const counts = await writeRecords(run, records);
    // The page the text was taken from, when the file names its intake record: in the same transaction.
    if (file.kind === 'annotation' && file.retrieval) await recordRetrieval(run, articleId, file.retrieval);
    // An article always adds nodes; none means a concurrent ingest of the same input committed
    // first (these writes merged into its nodes), so this one reports what it found, not "created".
    if (counts.nodesCreated === 0) {
      return {
        ...counts,
        file: file.file,
        slug: file.article.slug,
        articleId,
        activityId: null,
        statements: 0,
      };
    }
    return {
      ...counts,
      file: file.file,
      slug: file.article.slug,
      articleId: ids.article(file.article.contentHash),
      activityId: records.activity.id,
      statements: records.statements.length,
    };
  });
}

function checkArticle(found: ArticleLookup, file: AnyResolved, inputHash: string, issues: IssueList): void {
  const { slug, contentHash } = file.article;
  if (found.slugArticleId !== null && found.slugContentHash !== contentHash) {
    issues.add('article.slug', `'${slug}' already names a different article text in the graph`);
  }
  if (found.hashSlug !== null && found.hashSlug !== slug) {
    issues.add('article.slug', `this article text is already in the graph as '${found.hashSlug}'`);
  }
  if (file.kind === 'correction' && found.slugArticleId === null) {
    issues.add(
      'article.slug',
      `article '${slug}' is not in the graph; ingest its annotation before correcting it`,
    );
  }
  if (
    file.kind === 'annotation' &&
    found.annotationInputHashes.length > 0 &&
    !found.annotationInputHashes.includes(inputHash)
  ) {
    issues.add(
      '(root)',
      `article '${slug}' was already ingested from a different annotation; nothing is overwritten: send a correction file (kind: correction)`,
    );
  }
}

function refsToLookUp(file: AnyResolved): QualifiedRef[] {
  const slug = file.article.slug;
  const refs =
    file.kind === 'annotation'
      ? [
          ...file.assessments.flatMap((a) => [a.from, a.to]),
          ...file.sources.flatMap((s) => s.sameAs.map((x) => x.ref)),
          ...correctionRefs(file.corrections, slug),
        ].filter((r) => !r.local)
      : correctionRefs(file.corrections, slug);
  return [...new Map(refs.map((r) => [refKey(r), r])).values()];
}

function buildRecords(file: AnyResolved, ctx: BuildContext, name: string): IngestRecords {
  const articleId = ids.article(file.article.contentHash);
  if (file.kind === 'annotation') {
    const records = buildAnnotationRecords({ ...file, file: name }, ctx);
    const inFile = new Map(records.statements.map((s) => [s.props.localId, s.id]));
    const corrections = buildCorrectionRows(
      file.corrections,
      { articleId, slug: file.article.slug, inFileStatements: inFile },
      ctx,
    );
    return merge(records, corrections);
  }
  const annotator = agentRow(file.annotator);
  const tool = toolAgent(ctx.tool);
  const corrections = buildCorrectionRows(
    file.corrections,
    { articleId, slug: file.article.slug, inFileStatements: new Map() },
    ctx,
  );
  const empty = recordsFor(
    {
      id: ids.activity(ctx.inputHash, ctx.tool.version, file.annotator.id),
      type: 'CORRECTION',
      tool: ctx.tool.name,
      toolVersion: ctx.tool.version,
      inputHash: ctx.inputHash,
      file: name,
      annotatedAt: file.annotatedAt,
      annotatorId: annotator.id,
      toolAgentId: tool.id,
      articleId,
    },
    [annotator, tool],
  );
  return merge(empty, corrections);
}

function merge(records: IngestRecords, more: ReturnType<typeof buildCorrectionRows>): IngestRecords {
  return {
    ...records,
    agents: [...new Map([...records.agents, ...more.agents].map((a) => [a.id, a])).values()],
    statements: [...records.statements, ...more.statements],
    glosses: [...records.glosses, ...more.glosses],
    assessments: [...records.assessments, ...more.assessments],
    withdrawals: [...records.withdrawals, ...more.withdrawals],
  };
}
