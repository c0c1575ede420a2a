/**
 * The seedless layout of a corpus: which language each article is in, how many statements it has,
 * which statements carry marker terms and which articles a marker outlet publishes. It depends only
 * on positions (article j, statement k), never on the seed, so `benchmarkProbes` can count the
 * statements a probe matches without generating the corpus; the seed drives everything else
 * (sources, wording, entities, stories, assessments).
 */
import { MARKER_TIERS } from './markers';
import { hash32 } from './prng';

const SALT = { language: 1, count: 2, arabicPlace: 3, englishPlace: 4, organization: 5, topic: 6, outlet: 7 };

/** About 60% of articles are Arabic, the rest English. */
export function articleLanguage(article: number): 'ar' | 'en' {
  return hash32(SALT.language, article) % 10 < 6 ? 'ar' : 'en';
}

/**
 * Statements in article `article`: the mean varies by up to ±3 between consecutive pairs of
 * articles, which sum to twice the mean, so the corpus has exactly `articles × perArticle`.
 */
export function statementCount(article: number, articles: number, perArticle: number): number {
  const spread = Math.max(0, Math.min(3, perArticle - 3));
  const pair = article >> 1;
  if (spread === 0 || (article % 2 === 0 && article + 1 >= articles)) return perArticle;
  const delta = (hash32(SALT.count, pair) % (2 * spread + 1)) - spread;
  return article % 2 === 0 ? perArticle + delta : perArticle - delta;
}

/** The tiers (1-based) whose markers a statement carries, by kind. */
export interface StatementMarkers {
  arabicPlace: number[];
  englishPlace: number[];
  organization: number[];
  topic: number[];
}

const period = (tier: number): number => 10 ** tier;

function tiersFor(salt: number, article: number, statement: number): number[] {
  const tiers: number[] = [];
  for (let t = 1; t <= MARKER_TIERS.length; t++) {
    if (hash32(salt, t, article, statement) % period(t) === 0) tiers.push(t);
  }
  return tiers;
}

/**
 * Whether statement `statement` of article `article` carries the `kind` marker of `tier`: the same
 * answer as `statementMarkers(...)[kind].includes(tier)`, for counting without building lists.
 */
export function hasMarker(
  kind: keyof StatementMarkers,
  tier: number,
  article: number,
  statement: number,
): boolean {
  if (statement === 0 || hash32(SALT[kind], tier, article, statement) % period(tier) !== 0) return false;
  if (kind === 'arabicPlace') return articleLanguage(article) === 'ar';
  return kind !== 'englishPlace' || articleLanguage(article) === 'en';
}

/**
 * The markers of statement `statement` of article `article`. The headline (statement 0) has none:
 * it repeats the lede's claim and would count twice.
 */
export function statementMarkers(article: number, statement: number): StatementMarkers {
  if (statement === 0) return { arabicPlace: [], englishPlace: [], organization: [], topic: [] };
  const arabic = articleLanguage(article) === 'ar';
  return {
    arabicPlace: arabic ? tiersFor(SALT.arabicPlace, article, statement) : [],
    englishPlace: arabic ? [] : tiersFor(SALT.englishPlace, article, statement),
    organization: tiersFor(SALT.organization, article, statement),
    topic: tiersFor(SALT.topic, article, statement),
  };
}

/** The marker outlet tier that publishes article `article`, or null for an ordinary outlet. */
export function markerOutletTier(article: number): number | null {
  for (let t = 1; t <= MARKER_TIERS.length; t++) {
    if (hash32(SALT.outlet, t, article) % (4 * period(t - 1)) === 0) return t;
  }
  return null;
}

/** The marker tier whose probes match about 200 statements in a corpus of `statements`. */
export function probeTier(statements: number): number {
  const tier = Math.round(Math.log10(Math.max(1, statements) / 200));
  return Math.min(MARKER_TIERS.length, Math.max(1, tier));
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2025, 0, 1);

/** Publication dates spread evenly over 2025–2026 in article order (ingest order is time order). */
export function publishedAt(article: number, articles: number): string {
  const day = Math.floor((article * 730) / Math.max(1, articles));
  return new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
}
