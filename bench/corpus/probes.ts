/**
 * Benchmark probes: for a corpus of n statements (generated with `corpusSizeFor(n)`), a search or
 * filter of each kind that matches tens to hundreds of statements, with the exact number of matches
 * where the seedless layout determines it. The counts come from the layout (no corpus is generated),
 * so a benchmark can check that the system under test found all of them.
 */
import type { SourceKind } from '../../src/ingest/annotation-schema';
import { CHAIN_SHARE, OUTLET_VOICE_SHARE } from './article-builder';
import { corpusSizeFor } from './generate-corpus';
import { hasMarker, markerOutletTier, probeTier, statementCount } from './layout';
import type { StatementMarkers } from './layout';
import { MARKER_TIERS } from './markers';
import { at } from './prng';
import { SPEAKER_KINDS } from './speakers';

/** The probes for one corpus size. */
export interface BenchmarkProbes {
  statements: number;
  articles: number;
  statementsPerArticle: number;
  /** The marker tier the probes use (about one statement in 10^tier carries each marker). */
  tier: number;
  /** Full-text search over statement quotes in Arabic: harakat and a bare alef, so only folding finds them. */
  arabicSearch: { query: string; expectedMatches: number };
  englishSearch: { query: string; expectedMatches: number };
  /** Statements tagged with this topic. */
  topic: { id: string; expectedMatches: number };
  /** Statements that mention this entity. */
  entity: { id: string; expectedMatches: number };
  /**
   * Statements whose source is of this kind in articles of this outlet. Kinds are drawn from the seed,
   * so only an estimate is known in advance.
   */
  sourceFilter: { sourceKind: SourceKind; outlet: string; estimatedMatches: number };
}

// Share of body statements whose source is a named person: attributed paragraphs (neither the
// outlet's voice nor chains) times the share of named people among their speakers.
const NAMED_PERSON_SHARE =
  (1 - OUTLET_VOICE_SHARE - CHAIN_SHARE) *
  (SPEAKER_KINDS.find(([kind]) => kind === 'NAMED_PERSON')?.[1] ?? 0);

const KINDS: readonly (keyof StatementMarkers)[] = ['arabicPlace', 'englishPlace', 'organization', 'topic'];

/**
 * The probes for a corpus of `statements` statements generated with `corpusSizeFor(statements)`.
 * Below about 300 statements the rarest markers cannot reach 10 matches.
 */
export function benchmarkProbes(statements: number): BenchmarkProbes {
  const { articles, statementsPerArticle } = corpusSizeFor(statements);
  const tier = probeTier(articles * statementsPerArticle);
  const markers = at(MARKER_TIERS, tier - 1);
  const counts = { arabicPlace: 0, englishPlace: 0, organization: 0, topic: 0 };
  let outletStatements = 0;
  for (let article = 0; article < articles; article++) {
    const count = statementCount(article, articles, statementsPerArticle);
    if (markerOutletTier(article) === tier) outletStatements += count - 1;
    for (let statement = 1; statement < count; statement++) {
      for (const kind of KINDS) if (hasMarker(kind, tier, article, statement)) counts[kind]++;
    }
  }
  return {
    statements: articles * statementsPerArticle,
    articles,
    statementsPerArticle,
    tier,
    arabicSearch: { query: markers.arabicQuery, expectedMatches: counts.arabicPlace },
    englishSearch: { query: markers.englishQuery, expectedMatches: counts.englishPlace },
    topic: { id: markers.topic.id, expectedMatches: counts.topic },
    entity: { id: markers.organization.id, expectedMatches: counts.organization },
    sourceFilter: {
      sourceKind: 'NAMED_PERSON',
      outlet: markers.outlet.id,
      estimatedMatches: Math.round(outletStatements * NAMED_PERSON_SHARE),
    },
  };
}
