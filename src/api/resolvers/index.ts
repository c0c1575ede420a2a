import type { Resolvers } from '../generated/resolvers-types';
import { agreements } from './Query/agreements';
import { articles, entities, outlets, sources, topics } from './Query/catalog';
import { contradictions } from './Query/contradictions';
import { exportStatement } from './Query/export-statement';
import { health } from './Query/health';
import { node } from './Query/node';
import { proposeAnnotations } from './Query/propose-annotations';
import { provenance } from './Query/provenance';
import { search } from './Query/search';
import { statements } from './Query/statements';
import { mutations } from './Mutation';
import { Article, Entity, Outlet, Source, Topic } from './types/article';
import { Assessment } from './types/assessment';
import { connectionResolvers } from './types/connections';
import { Node } from './types/node';
import { AssessmentReviewFields, SourceReviewFields, StatementReviewFields } from './types/review';
import { Statement } from './types/statement';

export const resolvers: Resolvers = {
  Query: {
    health,
    node,
    statements,
    contradictions,
    agreements,
    articles,
    outlets,
    topics,
    entities,
    sources,
    search,
    provenance,
    proposeAnnotations,
    exportStatement,
  },
  Mutation: mutations,
  Node,
  Statement: { ...Statement, ...StatementReviewFields },
  Article,
  Outlet,
  Source: { ...Source, ...SourceReviewFields },
  Topic,
  Entity,
  Assessment: { ...Assessment, ...AssessmentReviewFields },
  ...connectionResolvers,
};
