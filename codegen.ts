import type { CodegenConfig } from '@graphql-codegen/cli';

const views = '../../graph/views#';
const models = '../models#';

/**
 * Resolver types generated from the SDL, so a resolver that drifts from the schema does not
 * compile. Mappers say which plain objects (graph views, lazy connections) stand behind each type.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#ApiContext',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        mappers: {
          Statement: `${views}StatementView`,
          Article: `${views}ArticleView`,
          Source: `${views}SourceView`,
          Outlet: `${views}OutletView`,
          Owner: `${views}OwnerView`,
          Topic: `${views}TopicView`,
          Entity: `${views}EntityView`,
          Gloss: `${views}GlossView`,
          Agent: `${views}AgentView`,
          Activity: `${views}ActivityView`,
          Assessment: `${views}AssessmentView`,
          StatementConnection: `${models}StatementConnectionModel`,
          AssessmentConnection: `${models}ConnectionModel<AssessmentView>`,
          ArticleConnection: `${models}ConnectionModel<ArticleView>`,
          OutletConnection: `${models}ConnectionModel<OutletView>`,
          TopicConnection: `${models}ConnectionModel<TopicView>`,
          EntityConnection: `${models}ConnectionModel<EntityView>`,
          SourceConnection: `${models}SourceConnectionModel`,
          SearchConnection: `${models}ConnectionModel<SearchHitModel>`,
          SearchHit: `${models}SearchHitModel`,
          SearchMatch: `${models}SearchMatchModel`,
          SourcingStrength: `${models}SourcingStrengthModel`,
          ProvenanceTrail: `${models}ProvenanceTrailModel`,
          ProvenanceStep: `${models}ProvenanceStepModel`,
          IngestArticleResult: `${models}IngestArticleResultModel`,
          CorrectResult: `${models}CorrectResultModel`,
          ChainLink: `${models}ChainLinkModel`,
        },
      },
    },
    // The page's typed documents: every graphql() call in web/src is checked against the SDL.
    'web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.tsx', 'web/src/**/*.ts', '!web/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
