import { requirePart } from '../../../graph/views';
import type { ArticleView } from '../../../graph/views';
import type {
  ArticleResolvers,
  OutletResolvers,
  SourceResolvers,
  TopicResolvers,
  EntityResolvers,
} from '../../generated/resolvers-types';
import { directionOf } from './direction';

/** An article's text is long: lists fetch it only when asked, batched by the loader. */
export const Article: ArticleResolvers = {
  text: async (a, _args, { loaders }) =>
    a.text ?? ((await loaders.node('Article').load(a.id)) as ArticleView).text ?? '',
  direction: (a) => (a.language === 'ar' ? 'RTL' : 'LTR'),
  carriedBy: (a) => requirePart(a, 'carriedBy'),
  topics: (a) => requirePart(a, 'topics'),
  statementCount: (a, _args, { loaders }) => loaders.statementCount('Article').load(a.id),
  retrievals: (a, _args, { loaders }) => loaders.retrievals.load(a.id),
};

export const Outlet: OutletResolvers = {};

export const Source: SourceResolvers = {
  direction: (s) => directionOf(s.label),
  basis: (s) => ({
    spokeTo: requirePart(s, 'spokeTo'),
    audience: s.audience,
    role: s.role,
    affiliation: s.affiliation,
    conditions: s.conditions,
  }),
  article: async (s, _args, { loaders }) => (await loaders.node('Article').load(s.articleId)) as ArticleView,
  statementCount: (s, _args, { loaders }) => loaders.statementCount('Source').load(s.id),
};

export const Topic: TopicResolvers = {
  statementCount: (t, _args, { loaders }) => loaders.statementCount('Topic').load(t.id),
};

export const Entity: EntityResolvers = {
  statementCount: (e, _args, { loaders }) => loaders.statementCount('Entity').load(e.id),
};
