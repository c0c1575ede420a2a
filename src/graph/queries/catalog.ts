/** Lists of the graph's vocabulary: articles, outlets, topics, entities, sources. */
import type { CypherQuery } from '../executor';
import { ARTICLE, CURRENT, ENTITY, OUTLET, SOURCE, TOPIC } from '../projections';
import type { PageArgs } from './statements';

/** Keyset page arguments (an alias kept for the catalog's callers). */
export type PageArgsLike = PageArgs;

const page = (p: PageArgs) => ({ after: p.after, limit: p.limit });

export interface ArticleFilterInput {
  outlet?: string | null;
  topic?: string | null;
  language?: string | null;
}

const ARTICLE_WHERE = /* cypher */ `
  ($outlet IS NULL OR EXISTS { (a)-[:PUBLISHED_BY|CARRIED_BY]->(:Outlet {id: $outlet}) })
  AND ($topic IS NULL OR EXISTS { (a)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($language IS NULL OR a.language = $language)`;

const articleParams = (f: ArticleFilterInput) => ({
  outlet: f.outlet ?? null,
  topic: f.topic ?? null,
  language: f.language ?? null,
});

export function articlesPage(filter: ArticleFilterInput, p: PageArgs): CypherQuery {
  return {
    cypher: `MATCH (a:Article) WHERE ($after IS NULL OR a.id > $after) AND ${ARTICLE_WHERE}
      WITH a ORDER BY a.id LIMIT toInteger($limit)
      RETURN ${ARTICLE('a', true)} AS node`,
    params: { ...articleParams(filter), ...page(p) },
  };
}

export function articlesCount(filter: ArticleFilterInput): CypherQuery {
  return {
    cypher: `MATCH (a:Article) WHERE ${ARTICLE_WHERE} RETURN count(a) AS count`,
    params: articleParams(filter),
  };
}

export function outletsPage(p: PageArgs): CypherQuery {
  return {
    cypher: `MATCH (o:Outlet) WHERE $after IS NULL OR o.id > $after
      WITH o ORDER BY o.id LIMIT toInteger($limit) RETURN ${OUTLET('o')} AS node`,
    params: page(p),
  };
}

export const OUTLETS_COUNT: CypherQuery = { cypher: 'MATCH (o:Outlet) RETURN count(o) AS count' };

export function topicsPage(p: PageArgs): CypherQuery {
  return {
    cypher: `MATCH (t:Topic) WHERE $after IS NULL OR t.id > $after
      WITH t ORDER BY t.id LIMIT toInteger($limit) RETURN ${TOPIC('t')} AS node`,
    params: page(p),
  };
}

export const TOPICS_COUNT: CypherQuery = { cypher: 'MATCH (t:Topic) RETURN count(t) AS count' };

export interface EntityFilterInput {
  kind?: string | null;
  /** Folded search key of the name filter. */
  textKey?: string | null;
}

const ENTITY_WHERE = /* cypher */ `
  ($kind IS NULL OR e.kind = $kind) AND ($textKey IS NULL OR e.searchText CONTAINS $textKey)`;

export function entitiesPage(filter: EntityFilterInput, p: PageArgs): CypherQuery {
  return {
    cypher: `MATCH (e:Entity) WHERE ($after IS NULL OR e.id > $after) AND ${ENTITY_WHERE}
      WITH e ORDER BY e.id LIMIT toInteger($limit) RETURN ${ENTITY('e')} AS node`,
    params: { kind: filter.kind ?? null, textKey: filter.textKey ?? null, ...page(p) },
  };
}

export function entitiesCount(filter: EntityFilterInput): CypherQuery {
  return {
    cypher: `MATCH (e:Entity) WHERE ${ENTITY_WHERE} RETURN count(e) AS count`,
    params: { kind: filter.kind ?? null, textKey: filter.textKey ?? null },
  };
}

export interface SourceFilterInput {
  kind?: string | null;
  article?: string | null;
  outlet?: string | null;
}

const SOURCE_WHERE = /* cypher */ `
  ($kind IS NULL OR src.kind = $kind)
  AND ($article IS NULL OR src.articleId = $article)
  AND ($outlet IS NULL OR EXISTS { (src)-[:IN_ARTICLE]->(:Article)-[:PUBLISHED_BY|CARRIED_BY]->(:Outlet {id: $outlet}) })
  AND ${CURRENT('src')}`;

const sourceParams = (f: SourceFilterInput) => ({
  kind: f.kind ?? null,
  article: f.article ?? null,
  outlet: f.outlet ?? null,
});

export function sourcesPage(filter: SourceFilterInput, p: PageArgs): CypherQuery {
  return {
    cypher: `MATCH (src:Source) WHERE ($after IS NULL OR src.id > $after) AND ${SOURCE_WHERE}
      WITH src ORDER BY src.id LIMIT toInteger($limit) RETURN ${SOURCE('src')} AS node`,
    params: { ...sourceParams(filter), ...page(p) },
  };
}

export function sourcesCount(filter: SourceFilterInput): CypherQuery {
  return {
    cypher: `MATCH (src:Source) WHERE ${SOURCE_WHERE} RETURN count(src) AS count`,
    params: sourceParams(filter),
  };
}

export function sourceFacets(filter: SourceFilterInput): CypherQuery {
  return {
    cypher: `MATCH (src:Source) WHERE ${SOURCE_WHERE}
      RETURN 'kind' AS facet, src.kind AS value, count(*) AS count ORDER BY count DESC, value`,
    params: sourceParams(filter),
  };
}
