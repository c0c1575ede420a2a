import type { Principal } from '../../auth/roles';
import { FIND_CORRECTION } from '../../graph/ingest-cypher';
import type { ActivityView } from '../../graph/views';
import { correctionFileSchema } from '../../ingest/annotation-schema';
import { ingestResolved } from '../../ingest/ingest-service';
import { resolveCorrectionFile } from '../../ingest/resolve-anchors';
import { isnadTool } from '../../ingest/tool-info';
import { sha256Hex } from '../../text/hash';
import type { RequestContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import type { CorrectInput } from '../generated/resolvers-types';
import type { CorrectResultModel } from '../models';
import { agentForPrincipal } from './api-agent';
import { lookupForWrite } from './lookup-for-write';
import { toApiError } from './map-annotation-error';

/** GraphQL sends absent optional fields as null; the file format leaves them out. */
const withoutNulls = (o: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

/** A correction path inside the file format, renamed to the API input's field names. */
const renameField = (path: string): string =>
  path
    .replace(/^corrections\[0\]\./, '')
    .replace(/^statement\.(quote|prefix|suffix|start|end)$/, 'statement.anchor.$1')
    .replace(/^statement\.id$/, 'statement.localId')
    .replace(/^assessment\.id$/, 'assessment.localId');

/**
 * Supersedes a statement or assessment through the same path as a correction file, so the API
 * and the CLI validate and record corrections identically.
 */
export async function correctFromApi(
  ctx: RequestContext,
  principal: Principal,
  input: CorrectInput,
): Promise<CorrectResultModel> {
  const given = [input.statement, input.assessment, input.withdraw ? true : null].filter((x) => x);
  if (given.length !== 1) {
    throw apiError(
      ErrorCode.BadUserInput,
      'give exactly one of statement, assessment, withdraw: true',
      'input',
    );
  }
  const wanted = [
    { id: input.supersedes, field: 'input.supersedes', labels: ['Statement', 'Assessment'] as const },
  ];
  if (input.assessment) {
    wanted.push({
      id: input.assessment.from,
      field: 'input.assessment.from',
      labels: ['Statement'] as never,
    });
    wanted.push({ id: input.assessment.to, field: 'input.assessment.to', labels: ['Statement'] as never });
  }
  const nodes = await lookupForWrite(
    ctx.executor,
    wanted.map((w) => ({ ...w, labels: [...w.labels] })),
  );
  const old = nodes.get(input.supersedes)!;
  const ref = (id: string) => `${nodes.get(id)!.articleSlug}#${nodes.get(id)!.localId}`;
  const s = input.statement;
  const a = input.assessment;
  const correctionId = `api-${sha256Hex(JSON.stringify(input)).slice(0, 16)}`;
  // Built loosely and checked by the file format's own schema below, exactly as a file would be.
  const correction = {
    schemaVersion: 1,
    kind: 'correction',
    article: { slug: old.articleSlug, textFile: 'graph', contentHash: old.contentHash },
    annotator: agentForPrincipal(principal),
    annotatedAt: new Date().toISOString().slice(0, 10),
    corrections: [
      {
        id: correctionId,
        supersedes: `${old.articleSlug}#${old.localId}`,
        reason: input.reason,
        ...(s && {
          statement: {
            id: s.localId,
            ...withoutNulls(s.anchor),
            source: s.source,
            via: s.via ?? [],
            mode: s.mode,
            cue: s.cue ?? null,
            hedging: s.hedging ?? null,
            language: s.language ?? undefined,
            topics: s.topics ?? [],
            entities: s.entities ?? [],
            gloss: s.glossText
              ? {
                  text: s.glossText,
                  language: s.glossLanguage ?? 'en',
                  translator: agentForPrincipal(principal),
                }
              : null,
          },
        }),
        ...(a && {
          assessment: {
            id: a.localId,
            relation: a.relation,
            from: ref(a.from),
            to: ref(a.to),
            rationale: a.rationale,
            confidence: a.confidence,
            method: 'HUMAN' as const,
          },
        }),
        ...(input.withdraw && { withdraw: true as const }),
      },
    ],
  };
  try {
    const parsed = correctionFileSchema.safeParse(JSON.parse(JSON.stringify(correction)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
      throw apiError(ErrorCode.BadUserInput, `${path}: ${issue.message}`, `input.${renameField(path)}`);
    }
    const resolved = resolveCorrectionFile(
      parsed.data,
      Buffer.from(old.articleText, 'utf8'),
      'graph',
      'correct',
    );
    const result = await ingestResolved(ctx.executor, resolved, isnadTool());
    const [row] = await ctx.executor.read<{ id: string }>({
      cypher: FIND_CORRECTION,
      params: { old: old.id, correction: correctionId },
    });
    const activity =
      result.activityId === null
        ? null
        : ((await ctx.loaders.node('Activity').load(result.activityId)) as ActivityView);
    return { newId: row?.id ?? '', supersededId: old.id, activity };
  } catch (error) {
    throw toApiError(error, 'input.', renameField);
  }
}
