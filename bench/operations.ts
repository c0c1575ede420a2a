/**
 * The GraphQL operations the benchmark sends, and for each the Cypher the API runs for it, so the
 * same read can be timed through the API and straight through the driver.
 */
import { Kind, parse } from 'graphql';
import type { FieldNode, OperationDefinitionNode } from 'graphql';
import { statementPartsFor } from '../src/api/requested-parts';
import type { CypherQuery } from '../src/graph/executor';
import type { StatementParts } from '../src/graph/projections';
import { assessmentsPage } from '../src/graph/queries/assessments';
import { PROVENANCE_SUBJECT, PROVENANCE_TRAIL } from '../src/graph/queries/provenance';
import { searchPage } from '../src/graph/queries/search';
import { SERVER_COMPONENTS } from '../src/graph/server-info';
import { ApiLimits } from '../src/api/limits';
import { luceneQueryFor } from '../src/api/services/text-matches';

/** The smallest round trip to Neo4j: what every other latency is a multiple of. */
export const RETURN_ONE: CypherQuery = { cypher: 'RETURN 1 AS one' };

/** The API's cheapest field that reaches Neo4j: one `dbms.components()` call. */
export const HEALTH = /* GraphQL */ `
  query Health {
    health {
      neo4j {
        version
      }
    }
  }
`;
export const HEALTH_CYPHER = SERVER_COMPONENTS;

const STATEMENT_FIELDS = /* GraphQL */ `
  id
  text
  language
  mode
  source {
    label
    kind
  }
  article {
    slug
    outlet {
      name
    }
  }
`;

/** A page of contradictions as a reading UI asks for it (`$count` adds the total, a second query). */
export const CONTRADICTIONS = /* GraphQL */ `
  query Contradictions($first: Int!, $filter: AssessmentFilter, $count: Boolean!) {
    contradictions(first: $first, filter: $filter) {
      totalCount @include(if: $count)
      edges {
        node {
          id
          relation
          confidence
          from { ${STATEMENT_FIELDS} }
          to { ${STATEMENT_FIELDS} }
          fromStrength { score }
          toStrength { score }
        }
      }
    }
  }
`;

/**
 * The statement parts the API fetches for `field` of `operation`, found as the API finds them, so
 * the Cypher timed through the driver is the Cypher the API runs.
 */
function partsOf(operation: string, field: string): StatementParts {
  const definition = parse(operation).definitions[0] as OperationDefinitionNode;
  const fieldNodes = definition.selectionSet.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === field,
  );
  return statementPartsFor({ fieldNodes, fragments: {} });
}

/** The Cypher of CONTRADICTIONS without a filter or count: one page plus one row. */
export const contradictionsCypher = (first: number): CypherQuery =>
  assessmentsPage(
    { relations: ['CONTRADICTS'], textMatches: null },
    false,
    { after: null, limit: first + 1 },
    partsOf(CONTRADICTIONS, 'contradictions'),
  );

export const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int!, $count: Boolean!) {
    search(query: $query, first: $first) {
      totalCount @include(if: $count)
      edges {
        node {
          score
          matched
          matchedText
          statement { ${STATEMENT_FIELDS} }
        }
      }
    }
  }
`;

/** The Cypher of SEARCH without a count (folding and stemming happen in Node, as in the API). */
export const searchCypher = (query: string, first: number): CypherQuery =>
  searchPage(
    { lucene: luceneQueryFor(query, 'query'), language: null, maxHits: ApiLimits.maxSearchHits },
    0,
    first + 1,
    partsOf(SEARCH, 'search'),
  );

export const PROVENANCE = /* GraphQL */ `
  query Provenance($id: ID!) {
    provenance(id: $id) {
      subjectType
      statements {
        id
        text
      }
      assessments {
        id
        relation
      }
      steps {
        role
        nodeId
        label
      }
    }
  }
`;

/** The two queries the API runs for PROVENANCE of a statement. */
export const provenanceCypher = (id: string): CypherQuery[] => [
  { cypher: PROVENANCE_SUBJECT, params: { id } },
  { cypher: PROVENANCE_TRAIL, params: { statementIds: [id] } },
];

const FACT_CHECKER_SIDE = /* GraphQL */ `
  text
  gloss { text }
  source { kind label basis { spokeTo { name } } }
  article { slug outlet { name } }
`;

/**
 * The contradictions page as the fact-checker reads it (tests/integration/api/fact-checker.test.ts):
 * each pair with both statements, their sources and the outlets those spoke to, the rationale, and
 * the sourcing strength of both sides with its explanation; and the total.
 */
export const CONTRADICTIONS_PAGE = /* GraphQL */ `
  query ContradictionsPage($filter: AssessmentFilter, $first: Int) {
    contradictions(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          rationale
          confidence
          method
          assertedBy { name }
          from { ${FACT_CHECKER_SIDE} }
          to { ${FACT_CHECKER_SIDE} }
          fromStrength { score who { rank } explanation }
          toStrength { score who { rank } explanation }
        }
      }
    }
  }
`;

/** One page of 20 pairs, the default page size. */
export const CONTRADICTIONS_PAGE_VARIABLES = { first: 20 };
