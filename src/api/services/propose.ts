import { loadExistingStatements } from '../../extract/existing-from-graph';
import { formatDraftYaml, PROPOSER_LANGUAGES, proposeAnnotations } from '../../extract';
import type { ProposerLanguage } from '../../extract';
import { idSchema } from '../../ingest/annotation-schema';
import { findQuote } from '../../text/spans';
import type { RequestContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import type { QueryProposeAnnotationsArgs } from '../generated/resolvers-types';

/** The code-point span the draft's quote (with its prefix/suffix) selects in the article. */
function spanOf(text: string, anchor: { quote: string; prefix?: string | null; suffix?: string | null }) {
  const found = findQuote(text, anchor.quote, {
    prefix: anchor.prefix ?? undefined,
    suffix: anchor.suffix ?? undefined,
  });
  if (found.kind !== 'found') throw new Error(`the proposer produced an unanchored quote: ${anchor.quote}`);
  return found.span;
}

/** Proposals for a new article, compared with the graph's statements; nothing is written. */
export async function proposeForApi(ctx: RequestContext, args: QueryProposeAnnotationsArgs) {
  if (!(PROPOSER_LANGUAGES as readonly string[]).includes(args.language)) {
    throw apiError(
      ErrorCode.BadUserInput,
      `language must be one of ${PROPOSER_LANGUAGES.join(', ')}`,
      'language',
    );
  }
  if (args.text.trim() === '') throw apiError(ErrorCode.BadUserInput, 'text must not be empty', 'text');
  if (args.slug && !idSchema.safeParse(args.slug).success) {
    throw apiError(ErrorCode.BadUserInput, 'slug must be lowercase kebab-case', 'slug');
  }
  const existing = await loadExistingStatements(ctx.executor);
  const proposal = proposeAnnotations({
    text: args.text,
    language: args.language as ProposerLanguage,
    slug: args.slug ?? undefined,
    existing,
  });
  const { annotation, notes } = proposal;
  const sources = new Map(annotation.sources.map((s) => [s.id, s]));
  return {
    draft: formatDraftYaml(proposal),
    statements: annotation.statements.map((s) => ({
      localId: s.id,
      quote: s.quote,
      ...spanOf(args.text, s),
      mode: s.mode,
      cue: s.cue,
      hedging: s.hedging,
      sourceLabel: sources.get(s.source)?.label ?? s.source,
      sourceKind: sources.get(s.source)?.kind ?? 'UNATTRIBUTED',
      rules: notes.statements[s.id]?.rules ?? [],
      confidence: notes.statements[s.id]?.confidence ?? 0,
    })),
    assessments: annotation.assessments.map((a) => ({
      localId: a.id,
      relation: a.relation,
      from: a.from,
      to: a.to,
      rule: a.rule ?? '',
      confidence: a.confidence,
      rationale: a.rationale,
    })),
  };
}
